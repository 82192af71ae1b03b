/**
 * The money of a fake Dintero transaction: its authorization, captures, refunds and voids. Written
 * from Dintero's Checkout API reference (the operations `transactions_id_capture_post`,
 * `transactions_id_refund_post` and `transactions_id_void_post`; the schemas `Transaction`,
 * `TransactionEvent` and `AutoCaptureConfiguration`) and its pages "Transaction management",
 * "Transaction statuses" and "Duration of authorizations", not from the gateway's code:
 *
 * - `amount` is what was authorized. Every operation is an entry in `events` (`event` CAPTURE,
 *   REFUND or VOID, its `amount`, `success`, the `transaction_status` after it, and
 *   `event_reference`: the `capture_reference` or `refund_reference` sent). Dintero answers no
 *   captured or refunded totals: they are the sums of the successful events.
 * - Captures, partial or whole, "as many times as required as long as there is a remaining
 *   authorized amount", never more than it; refunds, partial or whole, of what was captured and
 *   not yet refunded. The statuses follow the amounts (the "Transaction statuses" table).
 * - A void releases the authorization "at any moment before capture". After a part capture it
 *   "will cancel the difference", but only for the listed product types (`payex.*`, `vipps`,
 *   `klarna.*`): Dintero's own Vipps, `dintero_psp.vipps`, is not one, so the fake refuses it.
 *   What status such a void leaves is not documented: here the transaction is then whole
 *   (`CAPTURED`), its authorization equal to what was captured.
 * - No idempotency: capture and refund take no idempotency key, and `capture_reference` is only
 *   "a reference specified by the merchant"; the same capture sent twice is made twice.
 * - The authorization window: 7 days (Vipps with a Visa card, and most cards); a capture after it
 *   fails (the reference warns that "captures might fail"): a failed CAPTURE event, and a 400 in
 *   the fake's own words.
 * - `auto_capture`: captured in full at authorization, before any callback.
 * - Rate limits: none documented for these operations (the reference documents 429 with
 *   Retry-After for the token endpoint only), so none played here; `faults.ts` plays 429 and 5xx.
 * Not modelled: the asynchronous answer (202 with an INITIATE_CAPTURE event), items, splits and
 * `final_capture`.
 */
import { randomUUID } from "node:crypto";

/** How long an authorization can be captured: 7 days, in ms (Vipps with Visa; cards about the same). */
export const AUTHORIZATION_WINDOW_MS = 7 * 24 * 3_600_000;

/** Product types whose part-captured transactions can be voided ("Void on part capture"). */
const VOID_AFTER_PART_CAPTURE = new Set([
  "payex.creditcard",
  "payex.mobilepay",
  "payex.vipps",
  "payex.applepay",
  "payex.clicktopay",
  "payex.googlepay",
  "vipps",
  "klarna.klarna",
  "klarna.billie",
]);

export type TransactionStatus =
  | "AUTHORIZED"
  | "PARTIALLY_CAPTURED"
  | "CAPTURED"
  | "PARTIALLY_CAPTURED_REFUNDED"
  | "PARTIALLY_REFUNDED"
  | "REFUNDED"
  | "AUTHORIZATION_VOIDED"
  | "DECLINED";

/** The statuses each operation is allowed from ("Available actions" of "Transaction statuses"). */
const CAPTURABLE = new Set<TransactionStatus>(["AUTHORIZED", "PARTIALLY_CAPTURED", "PARTIALLY_CAPTURED_REFUNDED"]);
const REFUNDABLE = new Set<TransactionStatus>(["PARTIALLY_CAPTURED", "PARTIALLY_CAPTURED_REFUNDED", "CAPTURED", "PARTIALLY_REFUNDED"]);

interface TransactionEvent {
  id: string;
  event: "AUTHORIZE" | "CAPTURE" | "REFUND" | "VOID";
  transaction_status: TransactionStatus;
  amount?: number;
  success: boolean;
  created_at: string;
  request_id: string;
  event_reference?: string;
  error?: { code: string; message: string };
}

export interface FakeTransaction {
  id: string;
  sessionId: string;
  /** The API client whose session it belongs to: its clock is the transaction's clock. */
  client: string;
  status: TransactionStatus;
  product: string;
  /** Authorized, in minor units. */
  amount: number;
  events: TransactionEvent[];
  createdAt: number;
  updatedAt: number;
}

/** A refusal, in Dintero's error shape once the fake answers it. */
export interface Refusal {
  status: 400;
  code: string;
  message: string;
}

/** What a capture or refund asks for, as the fake read it from the body. */
export interface Movement {
  amount: number;
  reference?: string;
}

interface Totals {
  /** Authorized and not released by a void. */
  authorized: number;
  captured: number;
  refunded: number;
}

function totals(transaction: FakeTransaction): Totals {
  const sum = (name: TransactionEvent["event"]) =>
    transaction.events.filter((event) => event.success && event.event === name).reduce((total, event) => total + (event.amount ?? 0), 0);
  return { authorized: transaction.amount - sum("VOID"), captured: sum("CAPTURE"), refunded: sum("REFUND") };
}

/** The status the amounts put a transaction in. */
function statusOf({ authorized, captured, refunded }: Totals): TransactionStatus {
  if (authorized === 0) return "AUTHORIZATION_VOIDED";
  if (captured === 0) return "AUTHORIZED";
  const whole = captured === authorized;
  if (refunded === 0) return whole ? "CAPTURED" : "PARTIALLY_CAPTURED";
  if (!whole) return "PARTIALLY_CAPTURED_REFUNDED";
  return refunded === captured ? "REFUNDED" : "PARTIALLY_REFUNDED";
}

const notAllowed = (transaction: FakeTransaction, what: string): Refusal => ({
  status: 400,
  code: "TRANSACTION_OPERATION_NOT_ALLOWED",
  message: `cannot ${what} a ${transaction.product} transaction that is ${transaction.status}`,
});

function record(
  transaction: FakeTransaction,
  now: number,
  event: TransactionEvent["event"],
  fields: { amount?: number; reference?: string | undefined; error?: TransactionEvent["error"] },
): void {
  const success = fields.error === undefined;
  const entry: TransactionEvent = {
    id: randomUUID(),
    event,
    transaction_status: transaction.status,
    ...(fields.amount === undefined ? {} : { amount: fields.amount }),
    success,
    created_at: new Date(now).toISOString(),
    request_id: randomUUID(),
    ...(fields.reference === undefined ? {} : { event_reference: fields.reference }),
    ...(fields.error ? { error: fields.error } : {}),
  };
  transaction.events.push(entry);
  if (success) entry.transaction_status = transaction.status = statusOf(totals(transaction));
  transaction.updatedAt = now;
}

/** A capture or refund of no more than is `left`: null when done. */
function moveWithin(
  transaction: FakeTransaction,
  now: number,
  event: "CAPTURE" | "REFUND",
  movement: Movement,
  left: number,
): Refusal | null {
  if (movement.amount > left) {
    return {
      status: 400,
      code: "BAD_REQUEST",
      message: `amount: ${movement.amount} is more than the ${left} left to ${event.toLowerCase()}`,
    };
  }
  record(transaction, now, event, movement);
  return null;
}

/** The customer's approval: the whole amount authorized, and captured at once with `auto_capture`. */
export function authorize(transaction: FakeTransaction, autoCapture: boolean, now: number): void {
  record(transaction, now, "AUTHORIZE", {});
  if (autoCapture) record(transaction, now, "CAPTURE", { amount: transaction.amount });
}

/** `POST /v1/transactions/{id}/capture`: null when done. */
export function capture(transaction: FakeTransaction, movement: Movement, now: number): Refusal | null {
  if (!CAPTURABLE.has(transaction.status)) return notAllowed(transaction, "capture");
  if (now >= transaction.createdAt + AUTHORIZATION_WINDOW_MS) {
    const error = { code: "AUTHORIZATION_EXPIRED", message: "the authorization has expired and can no longer be captured" };
    record(transaction, now, "CAPTURE", { amount: movement.amount, reference: movement.reference, error });
    return { status: 400, ...error };
  }
  const { authorized, captured } = totals(transaction);
  return moveWithin(transaction, now, "CAPTURE", movement, authorized - captured);
}

/** `POST /v1/transactions/{id}/refund`: null when done. */
export function refund(transaction: FakeTransaction, movement: Movement, now: number): Refusal | null {
  if (!REFUNDABLE.has(transaction.status)) return notAllowed(transaction, "refund");
  const { captured, refunded } = totals(transaction);
  return moveWithin(transaction, now, "REFUND", movement, captured - refunded);
}

/** `POST /v1/transactions/{id}/void` (and a session's cancel): releases what is not captured; null when done. */
export function voidAuthorization(transaction: FakeTransaction, now: number): Refusal | null {
  const afterPartCapture = transaction.status === "PARTIALLY_CAPTURED" && VOID_AFTER_PART_CAPTURE.has(transaction.product);
  if (transaction.status !== "AUTHORIZED" && !afterPartCapture) return notAllowed(transaction, "void");
  const { authorized, captured } = totals(transaction);
  record(transaction, now, "VOID", { amount: authorized - captured });
  return null;
}

/** The body of a capture or refund, or what is wrong with it. */
export function movementOf(body: unknown, referenceField: "capture_reference" | "refund_reference"): Movement | Refusal {
  const fields = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const { amount } = fields;
  const reference = fields[referenceField];
  if (typeof amount !== "number" || !Number.isInteger(amount) || amount <= 0) {
    return { status: 400, code: "BAD_REQUEST", message: "amount: a positive integer in minor units is required" };
  }
  if (reference !== undefined && typeof reference !== "string") {
    return { status: 400, code: "BAD_REQUEST", message: `${referenceField}: must be a string` };
  }
  return { amount, ...(reference === undefined ? {} : { reference }) };
}
