/** The sandbox's money rules (`src/sandbox/sandbox-money.ts`), case by case. */
import { describe, expect, it } from "vitest";
import type { Money } from "../../../src/providers/provider";
import type { MoneyStatus, Movement, Refusal } from "../../../src/sandbox/sandbox-money";
import * as rules from "../../../src/sandbox/sandbox-money";

const money = (authorized: number, captured: number, refunded: number): Money => ({ authorized, captured, refunded });

describe("moneyStatus", () => {
  const cases: [Money, MoneyStatus][] = [
    [money(29990, 0, 0), "AUTHORIZED"],
    [money(29990, 10000, 0), "PARTIALLY_CAPTURED"],
    [money(29990, 29990, 0), "CAPTURED"],
    [money(29990, 10000, 4000), "PARTIALLY_CAPTURED_REFUNDED"],
    [money(29990, 10000, 10000), "PARTIALLY_CAPTURED_REFUNDED"],
    [money(29990, 29990, 4000), "PARTIALLY_REFUNDED"],
    [money(29990, 29990, 29990), "REFUNDED"],
    [money(0, 0, 0), "AUTHORIZATION_VOIDED"],
    [money(10000, 10000, 0), "CAPTURED"],
    [money(10000, 10000, 10000), "REFUNDED"],
  ];
  it.each(cases)("%o is %s", (amounts, status) => {
    expect(rules.moneyStatus(amounts)).toBe(status);
  });
});

describe("afterMovement and afterVoid", () => {
  const cases: [string, Money, Money][] = [
    ["a capture adds to captured", rules.afterMovement(money(29990, 10000, 0), { kind: "capture", amount: 5000 }), money(29990, 15000, 0)],
    ["a refund adds to refunded", rules.afterMovement(money(29990, 10000, 0), { kind: "refund", amount: 5000 }), money(29990, 10000, 5000)],
    ["a void of an authorization releases all of it", rules.afterVoid(money(29990, 0, 0)), money(0, 0, 0)],
    ["a void of a partly captured payment releases the rest", rules.afterVoid(money(29990, 10000, 2000)), money(10000, 10000, 2000)],
    ["a void of a captured payment releases nothing", rules.afterVoid(money(29990, 29990, 0)), money(29990, 29990, 0)],
  ];
  it.each(cases)("%s", (_, after, expected) => {
    expect(after).toEqual(expected);
  });
});

describe("movementRefusal", () => {
  const capture = (amount: number, currency = "NOK"): Movement => ({ kind: "capture", key: "k", amount, currency });
  const refund = (amount: number): Movement => ({ kind: "refund", key: "k", amount, currency: "NOK" });
  const at = (status: string, amounts: Money) => ({ status, currency: "NOK", money: amounts });
  // payment, movement → refused with (null: done)
  const cases: [string, ReturnType<typeof at>, Movement, [number, string] | null][] = [
    ["all of an authorization", at("AUTHORIZED", money(29990, 0, 0)), capture(29990), null],
    ["part of an authorization", at("AUTHORIZED", money(29990, 0, 0)), capture(1), null],
    ["the rest after a partial capture", at("PARTIALLY_CAPTURED", money(29990, 10000, 0)), capture(19990), null],
    ["more than the rest", at("PARTIALLY_CAPTURED", money(29990, 10000, 0)), capture(19991), [400, "AMOUNT_TOO_LARGE"]],
    ["more than authorized", at("AUTHORIZED", money(29990, 0, 0)), capture(30000), [400, "AMOUNT_TOO_LARGE"]],
    ["a capture of a captured payment", at("CAPTURED", money(29990, 29990, 0)), capture(1), [400, "AMOUNT_TOO_LARGE"]],
    ["the rest after a partial refund", at("PARTIALLY_CAPTURED_REFUNDED", money(29990, 10000, 10000)), capture(19990), null],
    ["a capture after a void", at("AUTHORIZATION_VOIDED", money(0, 0, 0)), capture(1), [409, "INVALID_TRANSACTION_STATUS"]],
    ["a capture after a void of the rest", at("CAPTURED", money(10000, 10000, 0)), capture(1), [400, "AMOUNT_TOO_LARGE"]],
    ["a capture of an unused payment", at("CREATED", money(0, 0, 0)), capture(1), [409, "INVALID_TRANSACTION_STATUS"]],
    ["a capture of a cancelled payment", at("CANCELLED", money(0, 0, 0)), capture(1), [409, "INVALID_TRANSACTION_STATUS"]],
    ["a capture of a declined payment", at("DECLINED", money(0, 0, 0)), capture(1), [409, "INVALID_TRANSACTION_STATUS"]],
    ["a capture of an expired payment", at("EXPIRED", money(0, 0, 0)), capture(1), [409, "INVALID_TRANSACTION_STATUS"]],
    ["an amount of 0", at("AUTHORIZED", money(29990, 0, 0)), capture(0), [400, "INVALID_AMOUNT"]],
    ["a negative amount", at("AUTHORIZED", money(29990, 0, 0)), capture(-5), [400, "INVALID_AMOUNT"]],
    ["a fraction of a minor unit", at("AUTHORIZED", money(29990, 0, 0)), capture(10.5), [400, "INVALID_AMOUNT"]],
    ["another currency", at("AUTHORIZED", money(29990, 0, 0)), capture(100, "EUR"), [400, "INVALID_CURRENCY"]],
    ["all that was captured", at("CAPTURED", money(29990, 29990, 0)), refund(29990), null],
    ["part of what was captured", at("PARTIALLY_CAPTURED", money(29990, 10000, 0)), refund(10000), null],
    ["more than was captured", at("PARTIALLY_CAPTURED", money(29990, 10000, 0)), refund(10001), [400, "AMOUNT_TOO_LARGE"]],
    ["more than is left to refund", at("PARTIALLY_REFUNDED", money(29990, 29990, 20000)), refund(9991), [400, "AMOUNT_TOO_LARGE"]],
    ["a refund of nothing captured", at("AUTHORIZED", money(29990, 0, 0)), refund(1), [400, "AMOUNT_TOO_LARGE"]],
    ["a refund of a refunded payment", at("REFUNDED", money(29990, 29990, 29990)), refund(1), [400, "AMOUNT_TOO_LARGE"]],
    ["a refund of a voided payment", at("AUTHORIZATION_VOIDED", money(0, 0, 0)), refund(1), [400, "AMOUNT_TOO_LARGE"]],
    ["a refund of a declined payment", at("DECLINED", money(0, 0, 0)), refund(1), [409, "INVALID_TRANSACTION_STATUS"]],
  ];
  it.each(cases)("%s", (_, payment, movement, refused) => {
    const refusal = rules.movementRefusal(payment, movement);
    expect(refusal && [refusal.status, refusal.code]).toEqual(refused);
  });

  it("says in its words how much is left", () => {
    expect(rules.movementRefusal(at("PARTIALLY_CAPTURED", money(29990, 25000, 0)), capture(5000))?.message).toBe(
      "a capture of 5000 is more than the 4990 left to capture",
    );
  });
});

describe("keyRefusal and replayRefusal", () => {
  const earlier = { kind: "capture", amount: 10000, currency: "NOK" } as const;
  const again = (changes: Partial<Movement>): Movement => ({ ...earlier, key: "k", ...changes });
  // what was refused → its code (null: allowed)
  const cases: [string, Refusal | null, string | null][] = [
    ["a key of one character", rules.keyRefusal("k"), null],
    ["the longest key", rules.keyRefusal("k".repeat(rules.MOVEMENT_KEY_MAX_CHARS)), null],
    ["an empty key", rules.keyRefusal(""), "INVALID_IDEMPOTENCY_KEY"],
    ["a key one character too long", rules.keyRefusal("k".repeat(rules.MOVEMENT_KEY_MAX_CHARS + 1)), "INVALID_IDEMPOTENCY_KEY"],
    ["the same capture again", rules.replayRefusal(earlier, again({})), null],
    ["another amount", rules.replayRefusal(earlier, again({ amount: 10001 })), "IDEMPOTENCY_KEY_REUSED"],
    ["another currency", rules.replayRefusal(earlier, again({ currency: "EUR" })), "IDEMPOTENCY_KEY_REUSED"],
    ["a refund under a capture's key", rules.replayRefusal(earlier, again({ kind: "refund" })), "IDEMPOTENCY_KEY_REUSED"],
  ];
  it.each(cases)("%s", (_, refusal, code) => {
    expect(refusal?.code ?? null).toBe(code);
  });
});
