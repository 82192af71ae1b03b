/** Placeholder of the payment link's pages (helper `linkpage` writes the real ones; this file is replaced at merge). */
import type { Words } from "../i18n/words";
import type { SessionFrame } from "./frame";

export interface LinkPageModel {
  words: Words;
  session: SessionFrame;
  code: string;
  amount: number | null;
  minAmount: number | null;
  maxAmount: number | null;
  currency: string;
  description: string | null;
  problem?: "amount_missing" | "amount_malformed" | "amount_below" | "amount_above";
  typed?: string;
}

export type LinkClosedReason = "sold_out" | "inactive" | "expired";

const page = (body: string, status: number) =>
  Promise.resolve(
    new Response(`<!doctype html><title>paylink</title>${body}`, { status, headers: { "content-type": "text/html; charset=utf-8" } }),
  );

export function linkPage(model: LinkPageModel): Promise<Response> {
  const field =
    model.amount === null ? `<input name="amount" value="${(model.typed ?? "").replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}">` : "";
  return page(
    `<form method="post" action="/l/${model.code}">${field}<button>Continue</button></form>${model.problem ?? ""}`,
    model.problem ? 422 : 200,
  );
}

export function linkClosedPage(_words: Words, _session: SessionFrame, reason: LinkClosedReason): Promise<Response> {
  return page(`<p>${reason}</p>`, 410);
}

export function parseTypedAmount(typed: string, _currency: string): number | null {
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(typed.replace(/[\s\u00a0\u202f]/g, ""));
  return match?.[1] ? Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0")) : null;
}
