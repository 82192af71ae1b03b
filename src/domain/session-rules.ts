/**
 * The rules a new session must meet beyond its schema, which depend on the merchant, on the time
 * or on other fields: its URLs, its provider and that provider's largest amount, its payment method
 * and currency (a Vipps MobilePay sales unit takes only its own country's: refused here, not at
 * the tap), its lifetime, and the customer's phone number (a national one is in the currency's
 * country) made into E.164.
 */
import type { Merchant, ProviderName } from "../config/merchants";
import { type FieldError, fieldError } from "../http/problem";
import { PROVIDER_MAX_AMOUNT } from "../schemas/limits";
import type { CreateSessionInput, PaymentMethod } from "../schemas/session";
import { normalisePhone, type PhoneCountry } from "./phone";
import { urlProblem } from "./url-policy";

/** Lifetime of a pay link when the merchant gives none: 24 hours, in ms. */
export const DEFAULT_LINK_LIFETIME_MS = 24 * 60 * 60_000;
/** Longest lifetime of a pay link: 30 days, in ms. */
export const MAX_LINK_LIFETIME_MS = 30 * 24 * 60 * 60_000;
/** Shortest lifetime of a pay link: 1 minute, in ms. */
export const MIN_LINK_LIFETIME_MS = 60_000;

/** The app each currency is paid with: Vipps in Norway, MobilePay in Denmark and Finland. */
const METHOD_OF_CURRENCY: Record<string, PaymentMethod> = { NOK: "vipps", DKK: "mobilepay", EUR: "mobilepay" };
/** The country of a phone number written without its country code: the currency's (EUR: Finland). */
const PHONE_COUNTRY_OF_CURRENCY: Record<string, PhoneCountry> = { NOK: "NO", DKK: "DK", EUR: "FI" };

/** What a configured provider offers this merchant: the one currency its account takes, or null for any. */
/** What a provider offers a merchant: why not, or the currency it alone takes (null: any the gateway takes). */
export type ProviderOffer = { refused: string } | { currency: string | null };

export interface SessionTerms {
  provider: ProviderName;
  paymentMethod: PaymentMethod;
  expiresAt: number;
  /** The customer as stored: the phone number in E.164. */
  customer: { phone_number?: string; email?: string };
}

/** The merchant's return and callback URLs at fault under its URL policy, at `path` in the body. */
export function urlErrors(url: { return_url?: string; callback_url?: string }, merchant: Merchant, path: string[] = ["url"]): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ["return_url", "callback_url"] as const) {
    const value = url[field];
    const problem = value === undefined ? null : urlProblem(value, merchant);
    if (problem) errors.push(fieldError([...path, field], problem));
  }
  return errors;
}

/**
 * What the provider refuses of a payment: the provider itself, a currency its account does not
 * take, an amount over its largest (each amount with the path it has in the body).
 */
export function offerErrors(
  provider: ProviderName,
  offer: ProviderOffer,
  currency: { value: string; path: string[] },
  amounts: { value: number; path: string[] }[],
): FieldError[] {
  const errors: FieldError[] = [];
  if ("refused" in offer) errors.push(fieldError(["provider"], offer.refused));
  else if (offer.currency && offer.currency !== currency.value) {
    errors.push(fieldError(currency.path, `${provider} takes only ${offer.currency} for this merchant (its sales unit's currency)`));
  }
  const maxAmount = PROVIDER_MAX_AMOUNT[provider];
  for (const amount of amounts) {
    if (amount.value > maxAmount) errors.push(fieldError(amount.path, `${provider} takes at most ${maxAmount} (minor units)`));
  }
  return errors;
}

/** The payment method the currency is paid with: Vipps in NOK, MobilePay in DKK and EUR. */
export function methodOfCurrency(currency: string): PaymentMethod {
  return METHOD_OF_CURRENCY[currency] ?? "vipps";
}

export function sessionTerms(
  input: CreateSessionInput,
  merchant: Merchant,
  now: number,
  /** What a provider offers the merchant (`providers/index.ts`): why not, or on which terms. */
  offerOf: (name: ProviderName) => ProviderOffer,
): { terms: SessionTerms; errors: FieldError[] } {
  const errors = urlErrors(input.url, merchant);
  const provider = input.provider ?? merchant.default_provider;
  errors.push(
    ...offerErrors(provider, offerOf(provider), { value: input.order.currency, path: ["order", "currency"] }, [
      { value: input.order.amount, path: ["order", "amount"] },
    ]),
  );
  const expected = methodOfCurrency(input.order.currency);
  const paymentMethod = input.payment_method ?? expected;
  if (paymentMethod !== expected) {
    errors.push(fieldError(["payment_method"], `${paymentMethod} does not take ${input.order.currency}; ${expected} does`));
  }
  const expiresAt = input.expires_at === undefined ? now + DEFAULT_LINK_LIFETIME_MS : Date.parse(input.expires_at);
  if (expiresAt - now < MIN_LINK_LIFETIME_MS) errors.push(fieldError(["expires_at"], "must be at least a minute from now"));
  if (expiresAt - now > MAX_LINK_LIFETIME_MS) errors.push(fieldError(["expires_at"], "must be at most 30 days from now"));
  const customer = { ...input.customer };
  if (customer.phone_number !== undefined) {
    const phone = normalisePhone(customer.phone_number, { country: PHONE_COUNTRY_OF_CURRENCY[input.order.currency] ?? null });
    if ("e164" in phone) customer.phone_number = phone.e164;
    else errors.push(fieldError(["customer", "phone_number"], `not a phone number: ${phone.problem}`));
  }
  return { terms: { provider, paymentMethod, expiresAt, customer }, errors };
}
