/**
 * What the session's Durable Object answers the Worker: one result type per RPC method, each either
 * `ok` with what was asked for or a `reason` from a closed set, which the endpoint turns into its
 * answer (a page, a redirect, a problem).
 */
import type { ProviderName } from "../config/merchants";
import type { ReturnState } from "../domain/merchant-return";
import type { AttemptStatus } from "../domain/session-machine";
import type { Locale } from "../i18n/locales";
import { ProviderError } from "../providers/http";
import type { HandoffPolicy, PaymentMethod, PayStatusName, SessionDetail, SessionStatus } from "../schemas/session";
import type { SessionRow } from "../storage/session-store";

/** What a page of the session shows around its message: whose it is, whether its money is real, in which language. */
export interface PageFacts {
  merchant_id: string;
  mode: SessionRow["mode"];
  /** The merchant's choice of language for the session's pages, if it made one. */
  locale: Locale | null;
  currency: string;
}

export function pageFactsOf(row: PageFacts): PageFacts {
  return { merchant_id: row.merchant_id, mode: row.mode, locale: row.locale, currency: row.currency };
}

/** What the pay page shows: nothing personal. */
export interface PayView extends PageFacts {
  /** The session id (`ps_…`), whose key makes the page's way back to the shop (`/r/<key>`). */
  id: string;
  code: string;
  /** Where the payment stands for the person paying. */
  status: PayStatusName;
  attempt: AttemptStatus | null;
  handoff_policy: HandoffPolicy;
  amount: number;
  description: string | null;
  payment_method: PaymentMethod;
  has_return_url: boolean;
  provider: ProviderName;
  updated_at: number;
}

/** What a provider said when it failed, for the merchant API to pass on. */
export interface ProviderFault {
  provider: string;
  status: number | null;
  detail: string;
}

export function providerFault(provider: string, error: unknown): ProviderFault {
  if (error instanceof ProviderError) {
    const body = typeof error.body === "string" ? error.body : JSON.stringify(error.body);
    return { provider, status: error.status, detail: body && body !== "null" ? `${error.message}: ${body}` : error.message };
  }
  return { provider, status: null, detail: error instanceof Error ? error.message : String(error) };
}

/** How a tap went at the session's attempts (`attempts.ts`). */
export type AttemptStart =
  | { ok: true; url: string; provider: ProviderName }
  | { ok: false; reason: "closed"; status: SessionStatus }
  | { ok: false; reason: "too_many"; attempts: number }
  | { ok: false; reason: "provider_error"; fault: ProviderFault };

/** How a tap went, with what a page about it shows; or no such session. */
export type StartResult = { ok: false; reason: "not_found" } | (AttemptStart & { page: PageFacts });

/** What the gateway's own result page tells the customer beyond the return state: whose payment, how much, and when. */
export interface Receipt extends PageFacts {
  /** Minor units of `currency`. */
  amount: number;
  /** When the payment was authorized, in ms since the epoch; null while it is not. */
  paid_at: number | null;
}

export type SettleResult =
  | { ok: true; state: ReturnState; receipt: Receipt; return_url: string | null; code: string; checked: boolean }
  | { ok: false; reason: "not_found" };

export type RedeliverResult = { ok: true; event: SessionDetail["events"][number] } | { ok: false; reason: "not_found" | "not_a_webhook" };

/**
 * A change the merchant asked for (cancel, capture, refund): the session after it; or why not: no
 * such session (`not_found`), not possible now (`refused`, with why), the same idempotency key used
 * for another change (`key_reused`), or the provider failed (`provider_error`, with its words).
 */
export type MerchantChangeResult =
  | { ok: true; session: SessionDetail }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "refused"; status: SessionStatus; why: string }
  | { ok: false; reason: "key_reused" }
  | { ok: false; reason: "provider_error"; fault: ProviderFault };
