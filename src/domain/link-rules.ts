/**
 * The decisions of a payment link, as pure functions: whether its terms are acceptable, whether it
 * takes payments now, what a payer is charged, and what a change of one of its sessions tells it.
 */
import type { Merchant } from "../config/merchants";
import { type FieldError, fieldError } from "../http/problem";
import type { CreateLinkInput } from "../schemas/link";
import type { SessionStatus } from "../schemas/names";
import { offerErrors, type ProviderOffer, urlErrors } from "./session-rules";

/** Why a link takes no payment now. */
export type LinkClosedReason = "sold_out" | "inactive" | "expired";

/** What is wrong with the amount a payer typed. */
export type AmountProblem = "amount_missing" | "amount_malformed" | "amount_below" | "amount_above";

/** What of a link decides whether it is closed. */
export interface LinkGate {
  active: number;
  expires_at: number | null;
  max_payments: number | null;
  paid: number;
}

/**
 * Why the link takes no payment at `now`, or null when it does. Sold out means as many paid as
 * `max_payments`: sessions started before then may still be paid (README, "Payment links").
 */
export function closedReason(link: LinkGate, now: number): LinkClosedReason | null {
  if (!link.active) return "inactive";
  if (link.expires_at !== null && now >= link.expires_at) return "expired";
  if (link.max_payments !== null && link.paid >= link.max_payments) return "sold_out";
  return null;
}

export interface AmountTerms {
  amount: number | null;
  min_amount: number | null;
  max_amount: number | null;
}

/**
 * The amount a payer is charged, in minor units: the fixed one, or the one typed (`typed`: minor
 * units, `null` when nothing was typed, `NaN` when what was typed is not an amount) within the
 * link's bounds, or within 1 and `providerMax` where it sets none.
 */
export function chargeOf(link: AmountTerms, typed: number | null, providerMax: number): { amount: number } | { problem: AmountProblem } {
  if (link.amount !== null) return { amount: link.amount };
  if (typed === null) return { problem: "amount_missing" };
  if (!Number.isSafeInteger(typed)) return { problem: "amount_malformed" };
  if (typed < (link.min_amount ?? 1)) return { problem: "amount_below" };
  if (typed > Math.min(link.max_amount ?? providerMax, providerMax)) return { problem: "amount_above" };
  return { amount: typed };
}

/**
 * What a session's change of status tells its link: paid once it leaves `open` authorized (or
 * further), ended when it leaves `open` unpaid; nothing for any other change.
 */
export function linkOutcome(before: SessionStatus, after: SessionStatus): "paid" | "ended" | null {
  if (before !== "open" || after === "open") return null;
  return after === "cancelled" || after === "expired" ? "ended" : "paid";
}

/** Shortest time from now to a link's `expires_at`: 1 minute, in ms. */
export const MIN_LINK_OPEN_MS = 60_000;

/**
 * The rules a new link must meet beyond its schema, as a session's (`session-rules.ts`) where they
 * apply: its URLs under the merchant's policy, the merchant's provider for its currency and
 * amounts, and an expiry to come.
 */
export function linkTermErrors(input: CreateLinkInput, merchant: Merchant, now: number, offer: ProviderOffer): FieldError[] {
  const provider = merchant.default_provider;
  const amounts = (["amount", "min_amount", "max_amount"] as const).flatMap((field) => {
    const value = input[field];
    return typeof value === "number" ? [{ value, path: [field] }] : [];
  });
  const errors = [
    ...urlErrors(input.url, merchant),
    ...offerErrors(provider, offer, { value: input.currency, path: ["currency"] }, amounts),
  ];
  if (input.expires_at !== undefined && Date.parse(input.expires_at) - now < MIN_LINK_OPEN_MS) {
    errors.push(fieldError(["expires_at"], "must be at least a minute from now"));
  }
  return errors;
}
