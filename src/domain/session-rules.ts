/**
 * The rules a new session must meet beyond its schema, which depend on the merchant and on the
 * time: its URLs, its provider, its payment method and currency, and its lifetime.
 */
import type { Merchant, ProviderName } from "../config/merchants";
import { type FieldError, fieldError } from "../http/problem";
import type { CreateSessionInput, PaymentMethod } from "../schemas/session";
import { urlProblem } from "./url-policy";

/** Lifetime of a pay link when the merchant gives none: 24 hours, in ms. */
export const DEFAULT_LINK_LIFETIME_MS = 24 * 60 * 60_000;
/** Longest lifetime of a pay link: 30 days, in ms. */
export const MAX_LINK_LIFETIME_MS = 30 * 24 * 60 * 60_000;
/** Shortest lifetime of a pay link: 1 minute, in ms. */
export const MIN_LINK_LIFETIME_MS = 60_000;

/** The app each currency is paid with: Vipps in Norway, MobilePay in Denmark and Finland. */
const METHOD_OF_CURRENCY: Record<string, PaymentMethod> = { NOK: "vipps", DKK: "mobilepay", EUR: "mobilepay" };

export interface SessionTerms {
  provider: ProviderName;
  paymentMethod: PaymentMethod;
  expiresAt: number;
}

export function sessionTerms(
  input: CreateSessionInput,
  merchant: Merchant,
  now: number,
  providerAvailable: (name: ProviderName) => boolean,
): { terms: SessionTerms; errors: FieldError[] } {
  const errors: FieldError[] = [];
  for (const field of ["return_url", "callback_url"] as const) {
    const value = input.url[field];
    const problem = value === undefined ? null : urlProblem(value, merchant);
    if (problem) errors.push(fieldError(["url", field], problem));
  }
  const provider = input.provider ?? merchant.default_provider;
  if (!providerAvailable(provider)) errors.push(fieldError(["provider"], `${provider} is not configured for this gateway`));
  const expected = METHOD_OF_CURRENCY[input.order.currency] ?? "vipps";
  const paymentMethod = input.payment_method ?? expected;
  if (paymentMethod !== expected) {
    errors.push(fieldError(["payment_method"], `${paymentMethod} does not take ${input.order.currency}; ${expected} does`));
  }
  const expiresAt = input.expires_at === undefined ? now + DEFAULT_LINK_LIFETIME_MS : Date.parse(input.expires_at);
  if (expiresAt - now < MIN_LINK_LIFETIME_MS) errors.push(fieldError(["expires_at"], "must be at least a minute from now"));
  if (expiresAt - now > MAX_LINK_LIFETIME_MS) errors.push(fieldError(["expires_at"], "must be at most 30 days from now"));
  return { terms: { provider, paymentMethod, expiresAt }, errors };
}
