/**
 * The one interface every payment provider implements. The session's Durable Object calls it to
 * start, read and cancel payment attempts, and to move the money of an authorized one (capture,
 * refund, void); the callback endpoint calls it to verify notifications. Provider answers are
 * normalised here so the state machine never sees a provider's own words.
 *
 * Money after the authorization (see shared reference, "Money after the authorization"): an
 * authorization only reserves the amount; a capture takes (part of) it, a refund gives (part of)
 * what was captured back, and a void (`cancel`) releases what is not captured. Several partial
 * captures and refunds are allowed, never more than is left. Every provider reports the amounts
 * it holds, so the gateway never has to count them itself.
 */
import type { AttemptStatus } from "../domain/session-machine";
import type { Handoff, PaymentMethod } from "../schemas/session";

/** When the money of an authorization is taken: at once by the gateway, or when the merchant says. */
export type CaptureMode = "automatic" | "manual";

export interface AttemptOrder {
  /** Our attempt reference, `<code>-<n>`: unique per attempt. */
  reference: string;
  handoff: Handoff;
  /**
   * A provider that can capture at authorization by itself (Dintero's `auto_capture`) does so for
   * `automatic`; for the others the gateway captures right after it has read the authorization.
   */
  capture: CaptureMode;
  amount: number;
  currency: string;
  /**
   * The merchant's description, or null: the merchant's reference never stands in (it is the
   * merchant's own, and providers show the description to the customer); the merchant's name does.
   */
  description: string | null;
  merchantName: string;
  paymentMethod: PaymentMethod;
  phoneNumber: string | null;
  /** The gateway's origin, e.g. `https://pay.example.com`. */
  origin: string;
  /** Where the provider sends the customer's browser back to: the gateway's return endpoint. */
  returnUrl: string;
  /** Where the provider notifies the gateway: its callback endpoint for this provider. */
  callbackUrl: string;
}

export interface StartedAttempt {
  /** The provider's own id for the payment (a session id, a payment id). */
  providerRef: string;
  /** Where to send the customer: a hosted page (https) or an app deeplink. */
  url: string;
  /** Until when `url` can be opened, in ms since the epoch. */
  urlExpiresAt: number;
}

/** The money of one payment as its provider holds it, in minor units; all 0 until it is authorized. */
export interface Money {
  /** Reserved by the authorization (what a void releases is no longer counted). */
  authorized: number;
  captured: number;
  refunded: number;
}

export const NO_MONEY: Money = { authorized: 0, captured: 0, refunded: 0 };

export interface AttemptState {
  status: AttemptStatus;
  transactionId: string | null;
  money: Money;
}

/** An authorized payment at its provider: what capture, refund and void need to name it. */
export interface AuthorizedPayment {
  /** The provider's id of the payment, as `start` answered it. */
  providerRef: string;
  /** The provider's transaction id, as `read` answered it once authorized. */
  transactionId: string;
  currency: string;
}

/** One movement of money: how much, and the key that makes sending it twice do it once. */
export interface MoneyMovement {
  /** In minor units, more than 0. */
  amount: number;
  /** Derived from the merchant's Idempotency-Key: the same movement always carries the same key. */
  idempotencyKey: string;
  /** A refund's reason, for the provider's records. */
  reason?: string;
}

export interface Provider {
  start(order: AttemptOrder): Promise<StartedAttempt>;
  read(providerRef: string): Promise<AttemptState>;
  /** Ends an unpaid payment, or voids an authorization (releases what is not captured). Safe to repeat. */
  cancel(providerRef: string): Promise<void>;
  /**
   * Takes `movement.amount` of the reservation; answers the payment as it stands after. A
   * provider's refusal (more than is left, a payment not authorized) is a `ProviderError` with its
   * words; sent again with the same key it is done once.
   */
  capture(payment: AuthorizedPayment, movement: MoneyMovement): Promise<AttemptState>;
  /** Gives `movement.amount` of what was captured back; as `capture` otherwise. */
  refund(payment: AuthorizedPayment, movement: MoneyMovement): Promise<AttemptState>;
  /** The attempt reference a genuine notification is about; null for a forged or stale one. */
  verifyCallback(request: Request): Promise<string | null>;
}
