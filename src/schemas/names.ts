/**
 * The closed sets of names the API speaks (currencies, statuses, handoffs, webhook types), apart
 * from the zod schemas that use them (`session.ts`), so that modules every request loads (the tap,
 * the webhook outbox) can name them without building the merchant API's schemas at startup.
 */

export const CURRENCIES = ["NOK", "DKK", "EUR"] as const;
export const PAYMENT_METHODS = ["vipps", "mobilepay"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
/** Where a session stands, money included (`domain/session-machine.ts` has the table). */
export const SESSION_STATUSES = ["open", "authorized", "paid", "refunded", "cancelled", "expired"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
/** Where a payment stands for the person paying: complete once authorized, whatever the merchant does after. */
export const PAY_STATUSES = ["open", "paid", "cancelled", "expired"] as const;
export type PayStatusName = (typeof PAY_STATUSES)[number];
/** When an authorization's money is taken: by the gateway at once, or when the merchant captures. */
export const CAPTURE_MODES = ["automatic", "manual"] as const;
/** How a person is handed over to the provider: its https page (a universal link) or its app (a deeplink). */
export const HANDOFFS = ["hosted", "app"] as const;
export type Handoff = (typeof HANDOFFS)[number];
/** The merchant's say in the handoff: `auto` lets the device decide (`device/page-plan.ts`). */
export const HANDOFF_POLICIES = ["auto", ...HANDOFFS] as const;
export type HandoffPolicy = (typeof HANDOFF_POLICIES)[number];
export const ATTEMPT_STATUSES = ["pending", "authorized", "failed", "cancelled", "expired"] as const;

export const WEBHOOK_TYPES = [
  "session.authorized",
  "session.captured",
  "session.paid",
  "session.refunded",
  "session.payment_failed",
  "session.cancelled",
  "session.expired",
] as const;
export type WebhookType = (typeof WEBHOOK_TYPES)[number];
