/**
 * The session state machine, as pure functions: given where a session and one of its payment
 * attempts stand and what just happened, what they become and which events to record.
 *
 *   session:  open ──paid──▶ paid
 *               ├──cancel──▶ cancelled
 *               └──expire──▶ expired
 *   attempt:  pending ──▶ authorized | failed | cancelled | expired   (any ──▶ authorized)
 *
 * A session is paid once. An authorization that arrives when the session is no longer open (paid by
 * another attempt, cancelled, expired) is voided at the provider. A failed or cancelled attempt
 * leaves the session open, so the customer can try again.
 */
import type { ATTEMPT_STATUSES, SessionStatus } from "../schemas/session";

export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

export type EventType =
  | "session.created"
  | "attempt.started"
  | "attempt.not_started"
  | "attempt.ended"
  | "session.paid"
  | "session.payment_failed"
  | "session.cancelled"
  | "session.expired"
  | "attempt.voided";

export interface NewEvent {
  type: EventType;
  detail: Record<string, string | number | null>;
}

export interface SessionChange {
  status: SessionStatus;
  events: NewEvent[];
}

export type Rejection = { rejected: string };

/** The merchant cancels the session: only an open one can be. */
export function cancelSession(status: SessionStatus): SessionChange | Rejection {
  if (status !== "open") return { rejected: `the session is ${status}` };
  return { status: "cancelled", events: [{ type: "session.cancelled", detail: { reason: "merchant" } }] };
}

/** The link's lifetime ran out: an open session expires; any other stays as it is. */
export function expireSession(status: SessionStatus): SessionChange {
  if (status !== "open") return { status, events: [] };
  return { status: "expired", events: [{ type: "session.expired", detail: {} }] };
}

/**
 * A pending attempt is ended at the provider: a newer one replaces it, or the session closed.
 */
export function endAttempt(attempt: { n: number; status: AttemptStatus }, reason: "superseded" | "session_closed"): NewEvent[] {
  if (attempt.status !== "pending") return [];
  return [{ type: "attempt.ended", detail: { attempt: attempt.n, reason } }];
}

export interface OutcomeChange extends SessionChange {
  attempt: AttemptStatus;
  /** The provider holds an authorization the session must not keep: void it. */
  voidAtProvider: boolean;
  /** Set when this change paid the session. */
  transactionId: string | null;
}

/**
 * The provider reports `outcome` for attempt `n`. Repeating a report changes nothing, so callbacks
 * and returns can arrive in any order and any number of times.
 */
export function applyOutcome(
  session: SessionStatus,
  attempt: { n: number; status: AttemptStatus },
  outcome: AttemptStatus,
  transactionId: string | null,
): OutcomeChange {
  const unchanged: OutcomeChange = {
    status: session,
    events: [],
    attempt: attempt.status,
    voidAtProvider: false,
    transactionId: null,
  };
  if (outcome === attempt.status || outcome === "pending") return unchanged;
  if (outcome === "authorized") {
    if (session === "open") {
      return {
        status: "paid",
        events: [{ type: "session.paid", detail: { attempt: attempt.n, transaction_id: transactionId } }],
        attempt: "authorized",
        voidAtProvider: false,
        transactionId,
      };
    }
    return {
      status: session,
      events: [{ type: "attempt.voided", detail: { attempt: attempt.n, reason: `session already ${session}` } }],
      attempt: "cancelled",
      voidAtProvider: true,
      transactionId: null,
    };
  }
  if (attempt.status !== "pending") return unchanged;
  const events: NewEvent[] =
    session === "open" && outcome !== "expired"
      ? [{ type: "session.payment_failed", detail: { attempt: attempt.n, reason: outcome } }]
      : [];
  return { status: session, events, attempt: outcome, voidAtProvider: false, transactionId: null };
}
