/** The session state machine, case by case. */
import { describe, expect, it } from "vitest";
import { type AttemptStatus, applyOutcome, cancelSession, endAttempt, expireSession } from "../../../src/domain/session-machine";
import type { SessionStatus } from "../../../src/schemas/session";

describe("cancelSession", () => {
  it("cancels an open session with a session.cancelled event", () => {
    expect(cancelSession("open")).toEqual({
      status: "cancelled",
      events: [{ type: "session.cancelled", detail: { reason: "merchant" } }],
    });
  });
  it.each(["paid", "cancelled", "expired"] as const)("refuses a %s session", (status) => {
    expect(cancelSession(status)).toEqual({ rejected: `the session is ${status}` });
  });
});

describe("expireSession", () => {
  it("expires an open session", () => {
    expect(expireSession("open")).toEqual({ status: "expired", events: [{ type: "session.expired", detail: {} }] });
  });
  it.each(["paid", "cancelled", "expired"] as const)("leaves a %s session as it is", (status) => {
    expect(expireSession(status)).toEqual({ status, events: [] });
  });
});

describe("endAttempt", () => {
  it("records the end of a pending attempt", () => {
    expect(endAttempt({ n: 2, status: "pending" }, "superseded")).toEqual([
      { type: "attempt.ended", detail: { attempt: 2, reason: "superseded" } },
    ]);
  });
  it("records nothing for an attempt already over", () => {
    expect(endAttempt({ n: 2, status: "failed" }, "session_closed")).toEqual([]);
  });
});

type Row = [SessionStatus, AttemptStatus, AttemptStatus, SessionStatus, AttemptStatus, string[], boolean];

describe("applyOutcome", () => {
  // session, attempt before, provider says → session after, attempt after, events, void at provider
  const cases: Row[] = [
    ["open", "pending", "pending", "open", "pending", [], false],
    ["open", "pending", "authorized", "paid", "authorized", ["session.paid"], false],
    ["open", "pending", "failed", "open", "failed", ["session.payment_failed"], false],
    ["open", "pending", "cancelled", "open", "cancelled", ["session.payment_failed"], false],
    ["open", "pending", "expired", "open", "expired", [], false],
    ["paid", "authorized", "authorized", "paid", "authorized", [], false],
    ["paid", "pending", "authorized", "paid", "cancelled", ["attempt.voided"], true],
    ["cancelled", "pending", "authorized", "cancelled", "cancelled", ["attempt.voided"], true],
    ["expired", "cancelled", "authorized", "expired", "cancelled", ["attempt.voided"], true],
    ["open", "cancelled", "authorized", "paid", "authorized", ["session.paid"], false],
    ["open", "failed", "cancelled", "open", "failed", [], false],
    ["paid", "authorized", "cancelled", "paid", "authorized", [], false],
    ["cancelled", "pending", "failed", "cancelled", "failed", [], false],
  ];
  it.each(cases)("%s session, %s attempt, provider %s → %s / %s", (session, before, outcome, status, attempt, events, voids) => {
    const change = applyOutcome(session, { n: 1, status: before }, outcome, outcome === "authorized" ? "tx_1" : null);
    expect(change.status).toBe(status);
    expect(change.attempt).toBe(attempt);
    expect(change.events.map((event) => event.type)).toEqual(events);
    expect(change.voidAtProvider).toBe(voids);
  });

  it("carries the transaction id only when it pays the session", () => {
    expect(applyOutcome("open", { n: 3, status: "pending" }, "authorized", "tx_9")).toMatchObject({
      transactionId: "tx_9",
      events: [{ type: "session.paid", detail: { attempt: 3, transaction_id: "tx_9" } }],
    });
    expect(applyOutcome("paid", { n: 4, status: "pending" }, "authorized", "tx_10").transactionId).toBeNull();
  });

  it("names why a payment failed", () => {
    expect(applyOutcome("open", { n: 1, status: "pending" }, "cancelled", null).events).toEqual([
      { type: "session.payment_failed", detail: { attempt: 1, reason: "cancelled" } },
    ]);
  });
});
