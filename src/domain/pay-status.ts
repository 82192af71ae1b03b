/**
 * What the tab left behind is told of its session, in one shape for both ways it can hear it: the
 * status endpoint's answer and each message on the live socket. Nothing personal: where the payment
 * stands for the person paying (complete once authorized, whatever the merchant does with the money
 * after), how its latest attempt stands, and when the session last changed.
 */
import type { PayStatus, PayStatusName, SessionStatus } from "../schemas/session";
import type { AttemptStatus } from "./session-machine";

/** Where a session stands, as its Durable Object keeps it (`updated_at` in ms since the epoch). */
export interface StoredStatus {
  status: SessionStatus;
  attempt: AttemptStatus | null;
  updated_at: number;
}

/** The person's view of a session's status: an authorized, captured or refunded payment was paid. */
export const PAY_STATUS_OF: Record<SessionStatus, PayStatusName> = {
  open: "open",
  authorized: "paid",
  paid: "paid",
  refunded: "paid",
  cancelled: "cancelled",
  expired: "expired",
};

export function payStatusOf(stored: StoredStatus): PayStatus {
  return { status: PAY_STATUS_OF[stored.status], attempt: stored.attempt, updated_at: new Date(stored.updated_at).toISOString() };
}
