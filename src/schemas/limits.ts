/**
 * Every limit on what a merchant sends in a session body, one named constant each with its unit.
 * The schemas and the session rules use them; README's "Session body" paragraph says the same
 * numbers (a test reads it). Where a provider allows less than the gateway, its own limit is here
 * too, so the merchant hears it when creating the session, not when the customer taps.
 */
import type { ProviderName } from "../config/merchants";

/** Largest amount the gateway takes, in minor units: 1 000 000.00 in the currency. */
export const MAX_AMOUNT = 100_000_000;
/** Largest amount Vipps MobilePay ePayment takes (`amount.value` maximum), in minor units. */
export const VIPPS_MAX_AMOUNT = 65_000_000;
/** Largest amount per provider, in minor units (Dintero documents no maximum of its own). */
export const PROVIDER_MAX_AMOUNT: Record<ProviderName, number> = {
  sandbox: MAX_AMOUNT,
  dintero: MAX_AMOUNT,
  vipps: VIPPS_MAX_AMOUNT,
};

/** Bounds of `order.merchant_reference` after trimming, in characters. */
export const REFERENCE_MIN_CHARS = 1;
export const REFERENCE_MAX_CHARS = 100;
/** Bounds of `order.description` after trimming, in characters (Vipps' `paymentDescription` bounds). */
export const DESCRIPTION_MIN_CHARS = 3;
export const DESCRIPTION_MAX_CHARS = 100;

/** Longest return or callback URL, in characters. */
export const URL_MAX_CHARS = 2048;
/** Longest refund reason, in characters. */
export const REFUND_REASON_MAX_CHARS = 200;
/** Longest e-mail address, in characters (RFC 5321's path limit). */
export const EMAIL_MAX_CHARS = 254;
/** Longest phone number as typed, spaces and all, in characters. */
export const PHONE_MAX_CHARS = 32;

/** Most keys in `metadata`, in keys. */
export const METADATA_MAX_KEYS = 20;
/** Bounds of a metadata key, in characters. */
export const METADATA_KEY_MIN_CHARS = 1;
export const METADATA_KEY_MAX_CHARS = 40;
/** Longest metadata string value, in characters. */
export const METADATA_VALUE_MAX_CHARS = 500;

/**
 * Longest `merchant_reference` prefix of a payment link, in characters: each session it starts gets
 * `<prefix>-<n>`, and `n` (up to 9 digits) with its hyphen must fit `REFERENCE_MAX_CHARS`.
 */
export const LINK_REFERENCE_PREFIX_MAX_CHARS = 90;
/** Most payments a link's `max_payments` may ask for, in payments. */
export const LINK_MAX_PAYMENTS = 1_000_000;
/** Most links on one page of `GET /v1/links`, and the default, in links. */
export const LINK_PAGE_MAX = 100;
export const LINK_PAGE_DEFAULT = 20;
