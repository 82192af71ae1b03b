/**
 * The one interface every payment provider implements. The session's Durable Object calls it to
 * start, read and cancel payment attempts; the callback endpoint calls it to verify notifications.
 * Provider answers are normalised here so the state machine never sees a provider's own words.
 */
import type { AttemptStatus } from "../domain/session-machine";
import type { Handoff, PaymentMethod } from "../schemas/session";

export interface AttemptOrder {
  /** Our attempt reference, `<code>-<n>`: unique per attempt. */
  reference: string;
  handoff: Handoff;
  amount: number;
  currency: string;
  description: string;
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

export interface AttemptState {
  status: AttemptStatus;
  transactionId: string | null;
}

export interface Provider {
  start(order: AttemptOrder): Promise<StartedAttempt>;
  read(providerRef: string): Promise<AttemptState>;
  /** Ends an unpaid payment, or voids an authorization. Safe to repeat. */
  cancel(providerRef: string): Promise<void>;
  /** The attempt reference a genuine notification is about; null for a forged or stale one. */
  verifyCallback(request: Request): Promise<string | null>;
}
