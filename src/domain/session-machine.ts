/**
 * The session state machine, as pure functions: given where a session and one of its payment
 * attempts stand and what just happened, what they become and which events to record.
 *
 * Where the money stands decides the status once a payment is authorized (`statusOfMoney`):
 *
 * | from                   | what happens                                   | to            | events                                   |
 * |------------------------|------------------------------------------------|---------------|------------------------------------------|
 * | open                   | an attempt is authorized                        | authorized    | session.authorized                       |
 * | open                   | … and the provider captured it all (auto)       | paid          | session.authorized, session.paid         |
 * | authorized             | a capture of part of what is left               | authorized    | session.captured                         |
 * | authorized             | a capture of all that is left                   | paid          | session.captured, session.paid           |
 * | authorized, paid       | a refund of part of what is captured            | (as it was)   | session.refunded                         |
 * | paid                   | a refund of all that is left                    | refunded      | session.refunded                         |
 * | open                   | the merchant cancels                            | cancelled     | session.cancelled (released 0)           |
 * | authorized             | the merchant cancels: the reservation is voided | cancelled     | session.cancelled (released: all of it)  |
 * | authorized (captured)  | … with part already captured: the rest released | paid          | session.paid (released: the rest)        |
 * | open                   | the link's lifetime runs out                    | expired       | session.expired                          |
 *
 *   attempt:  pending ──▶ authorized | failed | cancelled | expired   (any ──▶ authorized)
 *
 * A session is authorized once. An authorization that arrives when the session is no longer open
 * (authorized by another attempt, cancelled, expired) is voided at the provider. A failed or
 * cancelled attempt leaves the session open, so the customer can try again. Captures and refunds
 * never take more than is left: what is left to capture is the reservation less what was captured,
 * what is left to refund is what was captured less what was refunded.
 */
import type { Money } from "../providers/provider";
import type { ATTEMPT_STATUSES, SessionStatus } from "../schemas/session";

export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

export type EventType =
  | "session.created"
  | "attempt.started"
  | "attempt.not_started"
  | "attempt.ended"
  | "session.authorized"
  | "session.captured"
  | "session.paid"
  | "session.refunded"
  | "session.payment_failed"
  | "session.cancelled"
  | "session.expired"
  | "attempt.voided"
  | "money.failed";

export interface NewEvent {
  type: EventType;
  detail: Record<string, string | number | boolean | null>;
}

export interface SessionChange {
  status: SessionStatus;
  events: NewEvent[];
}

export type Rejection = { rejected: string };

/** The statuses in which a session holds an authorized payment. */
const HOLDS_MONEY: ReadonlySet<SessionStatus> = new Set(["authorized", "paid", "refunded"]);

export function holdsMoney(status: SessionStatus): boolean {
  return HOLDS_MONEY.has(status);
}

/** What is left to capture, and to refund, in minor units. */
export function leftOf(money: Money): { toCapture: number; toRefund: number } {
  return { toCapture: Math.max(money.authorized - money.captured, 0), toRefund: Math.max(money.captured - money.refunded, 0) };
}

/** The status of a session whose payment was authorized, from where its money stands. */
export function statusOfMoney(money: Money): SessionStatus {
  if (money.authorized <= 0 && money.captured <= 0) return "cancelled";
  if (money.captured < money.authorized) return "authorized";
  return money.refunded >= money.captured ? "refunded" : "paid";
}

/**
 * The provider reports the money of the session's authorized payment: the status that follows, and
 * an event for each thing that happened since `before` (a capture, a refund, a release).
 */
export function moneyChange(status: SessionStatus, before: Money, after: Money): SessionChange {
  if (!holdsMoney(status)) return { status, events: [] };
  const events: NewEvent[] = [];
  const next = statusOfMoney(after);
  const captured = after.captured - before.captured;
  const refunded = after.refunded - before.refunded;
  const released = before.authorized - after.authorized;
  if (captured > 0) events.push({ type: "session.captured", detail: { amount: captured } });
  if (next === "cancelled" && status !== "cancelled") events.push({ type: "session.cancelled", detail: { reason: "merchant", released } });
  if ((next === "paid" || next === "refunded") && status === "authorized") {
    events.push({ type: "session.paid", detail: { amount: after.captured, released: Math.max(released, 0) } });
  }
  if (refunded > 0) events.push({ type: "session.refunded", detail: { amount: refunded } });
  return { status: next, events };
}

/** A capture the merchant asks for: the amount to take (all that is left when none is given), or why not. */
export function planCapture(status: SessionStatus, money: Money, amount?: number): { amount: number } | Rejection {
  if (status !== "authorized") return { rejected: `the session is ${status}; only an authorized one can be captured` };
  const { toCapture } = leftOf(money);
  const wanted = amount ?? toCapture;
  if (wanted > toCapture) return { rejected: `at most ${toCapture} is left to capture` };
  return { amount: wanted };
}

/** A refund the merchant asks for: the amount to give back (all that is left when none is given), or why not. */
export function planRefund(status: SessionStatus, money: Money, amount?: number): { amount: number } | Rejection {
  const { toRefund } = leftOf(money);
  if (!holdsMoney(status) || toRefund === 0) return { rejected: `the session is ${status} with nothing captured left to refund` };
  const wanted = amount ?? toRefund;
  if (wanted > toRefund) return { rejected: `at most ${toRefund} is left to refund` };
  return { amount: wanted };
}

/**
 * The merchant cancels the session: an open one ends (its live attempt is ended at the provider),
 * an authorized one has its reservation voided (what is not captured is released); any other is
 * refused.
 */
export function planCancel(status: SessionStatus): { end: "attempt" | "reservation" } | Rejection {
  if (status === "open") return { end: "attempt" };
  if (status === "authorized") return { end: "reservation" };
  return { rejected: `the session is ${status}` };
}

/** An open session is cancelled by the merchant. */
export function cancelSession(status: SessionStatus): SessionChange | Rejection {
  if (status !== "open") return { rejected: `the session is ${status}` };
  return { status: "cancelled", events: [{ type: "session.cancelled", detail: { reason: "merchant", released: 0 } }] };
}

/** Whether an open session's link has run out of time at `now` (ms since the epoch); a closed one never does. */
export function pastExpiry(session: { status: SessionStatus; expires_at: number }, now: number): boolean {
  return session.status === "open" && now >= session.expires_at;
}

/** The link's lifetime ran out: an open session expires; any other stays as it is. */
export function expireSession(status: SessionStatus): SessionChange {
  if (status !== "open") return { status, events: [] };
  return { status: "expired", events: [{ type: "session.expired", detail: {} }] };
}

/**
 * A pending attempt is ended at the provider: the session closed, or the time in which the provider
 * could still approve it is over (a newer attempt never ends one: the person may be approving it).
 */
export function endAttempt(attempt: { n: number; status: AttemptStatus }, reason: "session_closed" | "timed_out"): NewEvent[] {
  if (attempt.status !== "pending") return [];
  return [{ type: "attempt.ended", detail: { attempt: attempt.n, reason } }];
}

export interface OutcomeChange extends SessionChange {
  attempt: AttemptStatus;
  /** The provider holds an authorization the session must not keep: void it. */
  voidAtProvider: boolean;
  /** Set when this change authorized the session. */
  transactionId: string | null;
  /** Set when this change authorized the session: the money as the provider holds it. */
  money: Money | null;
}

/**
 * The provider reports `outcome` for attempt `n`, with the money it holds. Repeating a report
 * changes nothing, so callbacks and returns can arrive in any order and any number of times.
 */
export function applyOutcome(
  session: SessionStatus,
  attempt: { n: number; status: AttemptStatus },
  outcome: AttemptStatus,
  transactionId: string | null,
  money: Money,
): OutcomeChange {
  const unchanged: OutcomeChange = {
    status: session,
    events: [],
    attempt: attempt.status,
    voidAtProvider: false,
    transactionId: null,
    money: null,
  };
  if (outcome === attempt.status || outcome === "pending") return unchanged;
  if (outcome === "authorized") {
    if (session === "open") {
      const authorized: NewEvent = {
        type: "session.authorized",
        detail: { attempt: attempt.n, transaction_id: transactionId, amount: money.authorized },
      };
      const taken = moneyChange("authorized", { authorized: money.authorized, captured: 0, refunded: 0 }, money);
      return {
        status: taken.status,
        events: [authorized, ...taken.events],
        attempt: "authorized",
        voidAtProvider: false,
        transactionId,
        money,
      };
    }
    return {
      status: session,
      events: [{ type: "attempt.voided", detail: { attempt: attempt.n, reason: `session already ${session}` } }],
      attempt: "cancelled",
      voidAtProvider: true,
      transactionId: null,
      money: null,
    };
  }
  if (attempt.status !== "pending") return unchanged;
  const events: NewEvent[] =
    session === "open" && outcome !== "expired"
      ? [{ type: "session.payment_failed", detail: { attempt: attempt.n, reason: outcome } }]
      : [];
  return { status: session, events, attempt: outcome, voidAtProvider: false, transactionId: null, money: null };
}
