/**
 * What the tab left behind is told of its session, in one shape for both ways it can hear it: the
 * status endpoint's answer and each message on the live socket. Nothing personal: the session's
 * status, how its latest attempt stands, and when the session last changed.
 */
import type { PayStatus, SessionStatus } from "../schemas/session";
import type { AttemptStatus } from "./session-machine";

/** Where a session stands, as its Durable Object keeps it (`updated_at` in ms since the epoch). */
export interface StoredStatus {
  status: SessionStatus;
  attempt: AttemptStatus | null;
  updated_at: number;
}

export function payStatusOf(stored: StoredStatus): PayStatus {
  return { status: stored.status, attempt: stored.attempt, updated_at: new Date(stored.updated_at).toISOString() };
}
