/**
 * The sandbox's rules for money after the authorization, as pure functions, in Dintero's words
 * (docs.dintero.com, "Transaction statuses" and "Transaction management"): a capture takes part or
 * all of what is left of the authorization, several times if need be; a refund gives back part or
 * all of what was captured and not yet refunded; a void releases what is not captured (the
 * authorized amount then counts only what was captured). The status follows from the amounts.
 *
 *   AUTHORIZED ─capture─▶ PARTIALLY_CAPTURED ─capture rest─▶ CAPTURED ─refund─▶ PARTIALLY_REFUNDED ─▶ REFUNDED
 *        │                      ├─refund─▶ PARTIALLY_CAPTURED_REFUNDED (capture rest, refund)
 *        └─void─▶ AUTHORIZATION_VOIDED        └─void─▶ CAPTURED (the rest released)
 */
import type { Money } from "../providers/provider";

export const MONEY_STATUSES = [
  "AUTHORIZED",
  "PARTIALLY_CAPTURED",
  "CAPTURED",
  "PARTIALLY_CAPTURED_REFUNDED",
  "PARTIALLY_REFUNDED",
  "REFUNDED",
  "AUTHORIZATION_VOIDED",
] as const;
export type MoneyStatus = (typeof MONEY_STATUSES)[number];

export type MovementKind = "capture" | "refund";

/** Longest idempotency key the sandbox stores: 256 characters (a storage key holds 2 KiB). */
export const MOVEMENT_KEY_MAX_CHARS = 256;

/** One capture or refund as the sandbox is asked for it. */
export interface Movement {
  kind: MovementKind;
  /** Makes the same movement sent twice move money once (stored per payment). */
  key: string;
  /** In minor units. */
  amount: number;
  currency: string;
  reason?: string;
}

/** Why the sandbox will not move money: an HTTP status and Dintero's error words. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

export function isMoneyStatus(status: string): status is MoneyStatus {
  return (MONEY_STATUSES as readonly string[]).includes(status);
}

/** The status an authorized payment's amounts make. */
export function moneyStatus(money: Money): MoneyStatus {
  if (money.authorized === 0) return "AUTHORIZATION_VOIDED";
  if (money.captured === 0) return "AUTHORIZED";
  const allCaptured = money.captured === money.authorized;
  if (money.refunded === 0) return allCaptured ? "CAPTURED" : "PARTIALLY_CAPTURED";
  if (!allCaptured) return "PARTIALLY_CAPTURED_REFUNDED";
  return money.refunded === money.captured ? "REFUNDED" : "PARTIALLY_REFUNDED";
}

/** What a capture can still take, or a refund still give back, in minor units. */
export function leftFor(kind: MovementKind, money: Money): number {
  return kind === "capture" ? money.authorized - money.captured : money.captured - money.refunded;
}

/** The amounts after `movement`, which `movementRefusal` has let through. */
export function afterMovement(money: Money, movement: Pick<Movement, "kind" | "amount">): Money {
  return movement.kind === "capture"
    ? { ...money, captured: money.captured + movement.amount }
    : { ...money, refunded: money.refunded + movement.amount };
}

/** The amounts after a void: what is not captured is released. */
export function afterVoid(money: Money): Money {
  return { ...money, authorized: money.captured };
}

/** Why an idempotency key cannot be stored; null when it can. */
export function keyRefusal(key: string): Refusal | null {
  if (key.length > 0 && key.length <= MOVEMENT_KEY_MAX_CHARS) return null;
  return {
    status: 400,
    code: "INVALID_IDEMPOTENCY_KEY",
    message: `the idempotency key must have 1 to ${MOVEMENT_KEY_MAX_CHARS} characters`,
  };
}

/** Why `movement` cannot be done on a payment standing at `status` with `money`; null when it can. */
export function movementRefusal(payment: { status: string; currency: string; money: Money }, movement: Movement): Refusal | null {
  const { kind, amount } = movement;
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    return { status: 400, code: "INVALID_AMOUNT", message: `amount must be a whole number of minor units above 0, not ${amount}` };
  }
  if (movement.currency !== payment.currency) {
    return { status: 400, code: "INVALID_CURRENCY", message: `the payment is in ${payment.currency}, not ${movement.currency}` };
  }
  if (!isMoneyStatus(payment.status) || (kind === "capture" && payment.status === "AUTHORIZATION_VOIDED")) {
    return { status: 409, code: "INVALID_TRANSACTION_STATUS", message: `the payment is ${payment.status}: it takes no ${kind}` };
  }
  const left = leftFor(kind, payment.money);
  if (amount > left) {
    return { status: 400, code: "AMOUNT_TOO_LARGE", message: `a ${kind} of ${amount} is more than the ${left} left to ${kind}` };
  }
  return null;
}

/** Why a movement cannot reuse the key of `earlier`; null when it is the same movement again. */
export function replayRefusal(earlier: Pick<Movement, "kind" | "amount" | "currency">, movement: Movement): Refusal | null {
  if (earlier.kind === movement.kind && earlier.amount === movement.amount && earlier.currency === movement.currency) return null;
  return {
    status: 409,
    code: "IDEMPOTENCY_KEY_REUSED",
    message: `the idempotency key was used for a ${earlier.kind} of ${earlier.amount} ${earlier.currency}, not a ${movement.kind} of ${movement.amount} ${movement.currency}`,
  };
}
