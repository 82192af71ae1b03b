/** A payment link's decisions: closed or not, the amount charged, what a session's change tells the link. */
import { describe, expect, it } from "vitest";
import { chargeOf, closedReason, linkOutcome } from "../../../src/domain/link-rules";

const NOW = 1_795_000_000_000;
const open = { active: 1, expires_at: null, max_payments: null, paid: 0 };

describe("closedReason", () => {
  it.each([
    [open, null],
    [{ ...open, active: 0 }, "inactive"],
    [{ ...open, expires_at: NOW }, "expired"],
    [{ ...open, expires_at: NOW + 1 }, null],
    [{ ...open, max_payments: 3, paid: 2 }, null],
    [{ ...open, max_payments: 3, paid: 3 }, "sold_out"],
    [{ ...open, max_payments: 3, paid: 5 }, "sold_out"],
    [{ ...open, active: 0, expires_at: NOW - 1, max_payments: 1, paid: 1 }, "inactive"],
    [{ ...open, expires_at: NOW - 1, max_payments: 1, paid: 1 }, "expired"],
  ])("%j → %j", (link, expected) => {
    expect(closedReason(link, NOW)).toBe(expected);
  });
});

describe("chargeOf", () => {
  const fixed = { amount: 5000, min_amount: null, max_amount: null };
  const free = { amount: null, min_amount: 1000, max_amount: 20000 };
  const unbounded = { amount: null, min_amount: null, max_amount: null };
  it.each([
    [fixed, null, { amount: 5000 }],
    [fixed, 1, { amount: 5000 }],
    [free, null, { problem: "amount_missing" }],
    [free, Number.NaN, { problem: "amount_malformed" }],
    [free, 999, { problem: "amount_below" }],
    [free, 1000, { amount: 1000 }],
    [free, 20000, { amount: 20000 }],
    [free, 20001, { problem: "amount_above" }],
    [unbounded, 0, { problem: "amount_below" }],
    [unbounded, 1, { amount: 1 }],
    [unbounded, 65_000_000, { amount: 65_000_000 }],
    [unbounded, 65_000_001, { problem: "amount_above" }],
    [{ ...free, max_amount: 90_000_000 }, 70_000_000, { problem: "amount_above" }],
  ])("%j typed %j → %j", (link, typed, expected) => {
    expect(chargeOf(link, typed, 65_000_000)).toEqual(expected);
  });
});

describe("linkOutcome", () => {
  it.each([
    ["open", "authorized", "paid"],
    ["open", "paid", "paid"],
    ["open", "cancelled", "ended"],
    ["open", "expired", "ended"],
    ["open", "open", null],
    ["authorized", "paid", null],
    ["authorized", "cancelled", null],
    ["paid", "refunded", null],
  ] as const)("%s → %s tells %j", (before, after, expected) => {
    expect(linkOutcome(before, after)).toBe(expected);
  });
});
