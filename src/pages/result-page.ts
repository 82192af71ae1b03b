/**
 * The gateway's own result page, after a return without a merchant return URL: a receipt when
 * paid (merchant, amount, order reference, time, transaction id); otherwise what happened, told
 * apart by who ended it (the shop cancelled the session, or the customer cancelled at the
 * provider), with the way on where there is one.
 */
import type { ReturnState } from "../domain/merchant-return";
import { html } from "./html";
import { messagePage } from "./message-page";
import { formatAmount } from "./money";

export type Outcome = "paid" | "cancelled_by_shop" | "cancelled_by_you" | "not_completed" | "expired";

/** What the page says for `state` (a session still waiting for its attempt is sent back to the pay page before this). */
export function outcomeOf(state: ReturnState): Outcome {
  if (state.status === "paid") return "paid";
  if (state.status === "cancelled") return "cancelled_by_shop";
  if (state.status === "expired") return "expired";
  return state.attempt === "cancelled" ? "cancelled_by_you" : "not_completed";
}

const CLOSED = "This payment link can no longer be used. Nothing was charged.";

const WORDS: Record<Outcome, { title: string; text: string; again: boolean }> = {
  paid: { title: "Payment complete", text: "Thank you. You can close this page.", again: false },
  cancelled_by_shop: { title: "Cancelled by the shop", text: CLOSED, again: false },
  cancelled_by_you: { title: "You cancelled the payment", text: "Nothing was charged.", again: true },
  not_completed: { title: "Payment not completed", text: "Nothing was charged.", again: true },
  expired: { title: "Payment expired", text: CLOSED, again: false },
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `at` (ms since the epoch) the same in every locale: "30 Nov 2026, 14:05 UTC". */
export function formatTime(at: number): string {
  const date = new Date(at);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}

export interface ResultModel {
  code: string;
  state: ReturnState;
  merchantName: string;
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
  mode: "test" | "live";
  /** When the payment was authorized, in ms since the epoch; null while it is not. */
  paidAt: number | null;
}

export function resultPage(model: ResultModel): Promise<Response> {
  const outcome = outcomeOf(model.state);
  const words = WORDS[outcome];
  const facts: [string, string | null][] = [
    ["Order reference", model.state.merchant_reference],
    ["Time", model.paidAt === null ? null : formatTime(model.paidAt)],
    ["Transaction ID", model.state.transaction_id],
  ];
  const lines = facts.flatMap(([label, value], i) => (value === null ? [] : [html`${i ? html`<br>` : ""}${label}: ${value}`]));
  const details =
    outcome === "paid"
      ? html`<p class="who">${model.merchantName}</p><p class="amount">${formatAmount(model.amount, model.currency)}</p><p class="note">${lines}</p>`
      : undefined;
  return messagePage({
    title: words.title,
    text: words.text,
    details,
    action: words.again ? { href: `/p/${model.code}`, label: "Try again" } : undefined,
    session: { merchantName: model.merchantName, testMode: model.mode === "test" },
  });
}
