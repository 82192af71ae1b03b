/** The session state machine, as tables of cases. */
import { describe, expect, it } from "vitest";
import {
  type AttemptStatus,
  applyOutcome,
  cancelSession,
  endAttempt,
  expireSession,
  leftOf,
  moneyChange,
  pastExpiry,
  planCancel,
  planCapture,
  planRefund,
  statusOfMoney,
} from "../../../src/domain/session-machine";
import type { Money } from "../../../src/providers/provider";
import type { SessionStatus } from "../../../src/schemas/session";

const money = (authorized: number, captured = 0, refunded = 0): Money => ({ authorized, captured, refunded });
const NONE = money(0);

describe("cancelSession", () => {
  it("cancels an open session with a session.cancelled event that released nothing", () => {
    expect(cancelSession("open")).toEqual({
      status: "cancelled",
      events: [{ type: "session.cancelled", detail: { reason: "merchant", released: 0 } }],
    });
  });
  it.each(["authorized", "paid", "refunded", "cancelled", "expired"] as const)("refuses a %s session", (status) => {
    expect(cancelSession(status)).toEqual({ rejected: `the session is ${status}` });
  });
});

describe("expireSession", () => {
  it("expires an open session", () => {
    expect(expireSession("open")).toEqual({ status: "expired", events: [{ type: "session.expired", detail: {} }] });
  });
  it.each(["authorized", "paid", "refunded", "cancelled", "expired"] as const)("leaves a %s session as it is", (status) => {
    expect(expireSession(status)).toEqual({ status, events: [] });
  });
});

describe("pastExpiry", () => {
  const AT = 1_000_000;
  it.each([
    ["open", AT - 1, false],
    ["open", AT, true],
    ["open", AT + 1, true],
    ["authorized", AT + 1, false],
    ["paid", AT + 1, false],
    ["cancelled", AT + 1, false],
    ["expired", AT + 1, false],
  ] as const)("a %s session at %i (expires at 1000000): %s", (status, now, due) => {
    expect(pastExpiry({ status, expires_at: AT }, now)).toBe(due);
  });
});

describe("endAttempt", () => {
  it("records the end of a pending attempt", () => {
    expect(endAttempt({ n: 2, status: "pending" }, "timed_out")).toEqual([
      { type: "attempt.ended", detail: { attempt: 2, reason: "timed_out" } },
    ]);
  });
  it("records nothing for an attempt already over", () => {
    expect(endAttempt({ n: 2, status: "failed" }, "session_closed")).toEqual([]);
  });
});

describe("statusOfMoney and leftOf", () => {
  it.each([
    [money(29990), "authorized", 29990, 0],
    [money(29990, 10000), "authorized", 19990, 10000],
    [money(29990, 29990), "paid", 0, 29990],
    [money(29990, 29990, 5000), "paid", 0, 24990],
    [money(29990, 29990, 29990), "refunded", 0, 0],
    [money(10000, 10000), "paid", 0, 10000],
    [money(10000, 10000, 10000), "refunded", 0, 0],
    [money(29990, 10000, 10000), "authorized", 19990, 0],
    [NONE, "cancelled", 0, 0],
  ] as const)("%j → %s, %i left to capture, %i to refund", (held, status, toCapture, toRefund) => {
    expect(statusOfMoney(held)).toBe(status);
    expect(leftOf(held)).toEqual({ toCapture, toRefund });
  });
});

type Transition = [string, SessionStatus, Money, Money, SessionStatus, string[]];

describe("moneyChange: the provider reports the money of the authorized payment", () => {
  // what happened, status before, money before, money after → status after, events
  const cases: Transition[] = [
    ["nothing", "authorized", money(29990), money(29990), "authorized", []],
    ["a partial capture", "authorized", money(29990), money(29990, 10000), "authorized", ["session.captured"]],
    ["the rest captured", "authorized", money(29990, 10000), money(29990, 29990), "paid", ["session.captured", "session.paid"]],
    ["a full capture", "authorized", money(29990), money(29990, 29990), "paid", ["session.captured", "session.paid"]],
    ["a partial refund", "paid", money(29990, 29990), money(29990, 29990, 5000), "paid", ["session.refunded"]],
    ["a second partial refund", "paid", money(29990, 29990, 5000), money(29990, 29990, 10000), "paid", ["session.refunded"]],
    ["the rest refunded", "paid", money(29990, 29990, 10000), money(29990, 29990, 29990), "refunded", ["session.refunded"]],
    ["a refund of a partial capture", "authorized", money(29990, 10000), money(29990, 10000, 10000), "authorized", ["session.refunded"]],
    ["the reservation voided", "authorized", money(29990), NONE, "cancelled", ["session.cancelled"]],
    ["the rest of a partial capture released", "authorized", money(29990, 10000), money(10000, 10000), "paid", ["session.paid"]],
    ["an open session is not the payment's", "open", NONE, money(29990), "open", []],
    ["a cancelled session stays so", "cancelled", NONE, money(29990), "cancelled", []],
  ];
  it.each(cases)("%s: %s → %s", (_, status, before, after, next, events) => {
    const change = moneyChange(status, before, after);
    expect(change.status).toBe(next);
    expect(change.events.map((event) => event.type)).toEqual(events);
  });

  it("says how much each capture, refund and release was", () => {
    expect(moneyChange("authorized", money(29990), money(29990, 10000)).events).toEqual([
      { type: "session.captured", detail: { amount: 10000 } },
    ]);
    expect(moneyChange("paid", money(29990, 29990, 5000), money(29990, 29990, 12000)).events).toEqual([
      { type: "session.refunded", detail: { amount: 7000 } },
    ]);
    expect(moneyChange("authorized", money(29990), NONE).events).toEqual([
      { type: "session.cancelled", detail: { reason: "merchant", released: 29990 } },
    ]);
    expect(moneyChange("authorized", money(29990, 10000), money(10000, 10000)).events).toEqual([
      { type: "session.paid", detail: { amount: 10000, released: 19990 } },
    ]);
  });
});

describe("what the merchant may ask for", () => {
  it.each([
    ["authorized", money(29990), undefined, { amount: 29990 }],
    ["authorized", money(29990), 10000, { amount: 10000 }],
    ["authorized", money(29990, 10000), undefined, { amount: 19990 }],
    ["authorized", money(29990, 10000), 19990, { amount: 19990 }],
    ["authorized", money(29990, 10000), 19991, { rejected: "at most 19990 is left to capture" }],
    ["open", NONE, undefined, { rejected: "the session is open; only an authorized one can be captured" }],
    ["paid", money(29990, 29990), 1, { rejected: "the session is paid; only an authorized one can be captured" }],
    ["cancelled", NONE, undefined, { rejected: "the session is cancelled; only an authorized one can be captured" }],
  ] as const)("capture: %s %j asked for %s → %j", (status, held, amount, expected) => {
    expect(planCapture(status, held, amount)).toEqual(expected);
  });

  it.each([
    ["paid", money(29990, 29990), undefined, { amount: 29990 }],
    ["paid", money(29990, 29990, 5000), 5000, { amount: 5000 }],
    ["paid", money(29990, 29990, 5000), 24991, { rejected: "at most 24990 is left to refund" }],
    ["authorized", money(29990, 10000), undefined, { amount: 10000 }],
    ["authorized", money(29990), undefined, { rejected: "the session is authorized with nothing captured left to refund" }],
    ["refunded", money(29990, 29990, 29990), 1, { rejected: "the session is refunded with nothing captured left to refund" }],
    ["open", NONE, undefined, { rejected: "the session is open with nothing captured left to refund" }],
  ] as const)("refund: %s %j asked for %s → %j", (status, held, amount, expected) => {
    expect(planRefund(status, held, amount)).toEqual(expected);
  });

  it.each([
    ["open", { end: "attempt" }],
    ["authorized", { end: "reservation" }],
    ["paid", { rejected: "the session is paid" }],
    ["refunded", { rejected: "the session is refunded" }],
    ["cancelled", { rejected: "the session is cancelled" }],
    ["expired", { rejected: "the session is expired" }],
  ] as const)("cancel: %s → %j", (status, expected) => {
    expect(planCancel(status)).toEqual(expected);
  });
});

type Row = [SessionStatus, AttemptStatus, AttemptStatus, SessionStatus, AttemptStatus, string[], boolean];

describe("applyOutcome", () => {
  // session, attempt before, provider says → session after, attempt after, events, void at provider
  const cases: Row[] = [
    ["open", "pending", "pending", "open", "pending", [], false],
    ["open", "pending", "authorized", "authorized", "authorized", ["session.authorized"], false],
    ["open", "pending", "failed", "open", "failed", ["session.payment_failed"], false],
    ["open", "pending", "cancelled", "open", "cancelled", ["session.payment_failed"], false],
    ["open", "pending", "expired", "open", "expired", [], false],
    ["authorized", "authorized", "authorized", "authorized", "authorized", [], false],
    ["authorized", "pending", "authorized", "authorized", "cancelled", ["attempt.voided"], true],
    ["paid", "pending", "authorized", "paid", "cancelled", ["attempt.voided"], true],
    ["cancelled", "pending", "authorized", "cancelled", "cancelled", ["attempt.voided"], true],
    ["expired", "cancelled", "authorized", "expired", "cancelled", ["attempt.voided"], true],
    ["open", "cancelled", "authorized", "authorized", "authorized", ["session.authorized"], false],
    ["open", "failed", "cancelled", "open", "failed", [], false],
    ["paid", "authorized", "cancelled", "paid", "authorized", [], false],
    ["cancelled", "pending", "failed", "cancelled", "failed", [], false],
  ];
  it.each(cases)("%s session, %s attempt, provider %s → %s / %s", (session, before, outcome, status, attempt, events, voids) => {
    const held = outcome === "authorized" ? money(29990) : NONE;
    const change = applyOutcome(session, { n: 1, status: before }, outcome, outcome === "authorized" ? "tx_1" : null, held);
    expect(change.status).toBe(status);
    expect(change.attempt).toBe(attempt);
    expect(change.events.map((event) => event.type)).toEqual(events);
    expect(change.voidAtProvider).toBe(voids);
  });

  it("an authorization the provider captured at once (Dintero's auto_capture) is paid", () => {
    const change = applyOutcome("open", { n: 1, status: "pending" }, "authorized", "tx_1", money(29990, 29990));
    expect(change.status).toBe("paid");
    expect(change.events.map((event) => event.type)).toEqual(["session.authorized", "session.captured", "session.paid"]);
    expect(change.money).toEqual(money(29990, 29990));
  });

  it("carries the transaction id and the money only when it authorizes the session", () => {
    expect(applyOutcome("open", { n: 3, status: "pending" }, "authorized", "tx_9", money(29990))).toMatchObject({
      transactionId: "tx_9",
      money: money(29990),
      events: [{ type: "session.authorized", detail: { attempt: 3, transaction_id: "tx_9", amount: 29990 } }],
    });
    expect(applyOutcome("paid", { n: 4, status: "pending" }, "authorized", "tx_10", money(29990))).toMatchObject({
      transactionId: null,
      money: null,
    });
  });

  it("names why a payment failed", () => {
    expect(applyOutcome("open", { n: 1, status: "pending" }, "cancelled", null, NONE).events).toEqual([
      { type: "session.payment_failed", detail: { attempt: 1, reason: "cancelled" } },
    ]);
  });
});
