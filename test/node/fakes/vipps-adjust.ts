/**
 * The fake Vipps MobilePay's adjustments of a payment (the spec's AdjustPayments: cancel, capture,
 * refund), written from the ePayment guide (vippsas/vipps-epayment-api: operations/cancel.md,
 * capture.md, refund.md, faq.md) and the OpenAPI file in test/fixtures/vipps/epayment.v1.yml:
 *
 * - Capture (`POST /epayment/v1/payments/{reference}/capture`) and refund (`.../refund`) take
 *   `{"modificationAmount": {currency, value}}` (Capture/RefundModificationRequest), in full or in
 *   parts, as many times as wanted, never more than is left: captures up to what is reserved and
 *   not released, refunds up to what is captured and not refunded. They answer a
 *   ModificationResponse (amount, state, aggregate, pspReference, reference); the state stays
 *   AUTHORIZED ("a payment that has been refunded ... the state would be AUTHORIZED", spec's State).
 * - Cancel before authorization makes the payment TERMINATED; after it, it releases everything not
 *   captured (cancelledAmount), irreversibly, and the state stays AUTHORIZED (cancel.md: "Cancel
 *   after a partial capture"; "will always cancel the entire remaining not-captured amount"). It
 *   takes no body in the spec's v1.4.1 (later versions add `cancelTransactionOnly`).
 * - Refusals are 400 problems with the titles of the FAQ's error table ("Capture amount too high",
 *   "Cannot capture a cancelled payment", "Not enough refundable", ...): domain errors are 400.
 * - Idempotency-Key (required, at most 50): the same key with the same request answers the first
 *   answer again and moves nothing; with another body or another payment it is 409, "Capture
 *   idempotency conflict" / "Refund idempotency conflict" (FAQ) and "Idempotency error" for cancel.
 *   A refusal is not kept: the same key may be sent again once the payment allows it.
 * - Rate limits (ePayment errors guide, "Rate limiting"): cancel, capture and refund 5 a minute each
 *   per reference and MSN (fake clock). The sixth is a 429 from the API gateway, Azure API
 *   Management, in its own shape with Retry-After (the knowledge base's errors page: 429 comes from
 *   Azure and "may have a different format").
 *
 * Each adjustment records its event for the outbox (TERMINATED, CANCELLED, CAPTURED, REFUNDED) with
 * the amount it moved and its Idempotency-Key, as the webhooks `epayments.payment.*.v1` carry them.
 */
import { FAKE_VIPPS } from "./credentials.ts";
import {
  canonical,
  jsonBodyOf,
  jsonReply,
  jsonTypeProblem,
  keyProblem,
  modificationProblems,
  problem,
  type Reply,
} from "./vipps-contract.ts";
import type { Payment, World } from "./vipps-world.ts";

export type Adjustment = "cancel" | "capture" | "refund";

/** The adjustments by the last segment of their path. */
export const ADJUSTMENTS: Partial<Record<string, Adjustment>> = { "/cancel": "cancel", "/capture": "capture", "/refund": "refund" };

/** Calls of one adjustment let through per reference in `RATE_WINDOW_MS`. */
const RATE_LIMIT = 5;
/** The window of the rate limit: 1 minute of the fake clock, in ms. */
const RATE_WINDOW_MS = 60_000;

/** A refusal: the problem's title and detail. */
type Refusal = [title: string, detail: string];

/** What can still be captured: reserved, not released, not captured yet (minor units). */
const capturable = (payment: Payment) => payment.authorized - payment.cancelled - payment.captured;

/** Why Vipps refuses to cancel `payment` (FAQ error table), or null when the cancel goes through. */
function cancelRefusal(payment: Payment): Refusal | null {
  if (payment.state === "CREATED" || (payment.state === "AUTHORIZED" && capturable(payment) > 0)) return null;
  if (payment.state === "AUTHORIZED" && payment.cancelled === 0) {
    return ["Cannot cancel a captured payment", "Cannot cancel a payment that has been captured. Check the payment event log."];
  }
  return ["Payment cannot be cancelled", `Reference ${payment.reference} cannot be cancelled. Invalid state: ${payment.state}.`];
}

/** Why Vipps refuses to capture or refund `value` of `payment` (FAQ error table), or null. */
function movementRefusal(payment: Payment, operation: "capture" | "refund", value: number): Refusal | null {
  const verb = operation === "capture" ? "captured" : "refunded";
  if (payment.state === "CREATED") {
    return operation === "capture"
      ? [
          "Cannot capture before reservation",
          "The amount you tried to capture is not reserved. The user must accept the payment before capture can be done.",
        ]
      : ["Attempted refund before reservation", "Cannot refund a payment that is not reserved. Check the payment event log."];
  }
  if (payment.state !== "AUTHORIZED") {
    return [`Payment cannot be ${verb}`, `Reference ${payment.reference} cannot be ${verb}. Invalid state: ${payment.state}.`];
  }
  if (operation === "capture") {
    if (payment.cancelled > 0)
      return ["Cannot capture a cancelled payment", "Cannot capture a payment that has been cancelled. Check the payment event log."];
    if (value > capturable(payment)) {
      return [
        "Capture amount too high",
        "The total capture amount exceeds the reserved amount. Cannot capture a higher amount than the amount the user has accepted.",
      ];
    }
    return null;
  }
  if (payment.captured > 0 && payment.refunded === payment.captured) {
    return ["Payment already refunded", "Cannot refund a payment that has already been refunded. Check the payment event log."];
  }
  if (value > payment.captured - payment.refunded)
    return ["Not enough refundable", "Cannot refund more than the available amount. Check the payment event log."];
  return null;
}

/** Azure API Management's own answer to a call over a rate limit. */
function rateLimited(seconds: number): Reply {
  return jsonReply(
    429,
    { statusCode: 429, message: `Rate limit is exceeded. Try again in ${seconds} seconds.` },
    { "retry-after": String(seconds) },
  );
}

function conflict(operation: Adjustment, key: string): Reply {
  const title = operation === "cancel" ? "Idempotency error" : `${operation === "capture" ? "Capture" : "Refund"} idempotency conflict`;
  return problem(
    409,
    title,
    `Idempotency-Key ${key} was used with another request. The request in an idempotent retry must be identical.`,
    [{ name: "Idempotency-Key", reason: "used with another request" }],
  );
}

/** The body as JSON (cancel: none, or `{}`), or the problem with it. */
function bodyOf(operation: Adjustment, text: string): { value: unknown } | { reply: Reply } {
  const blank = text.trim() === "" || text.trim() === "{}";
  if (operation === "cancel") {
    return blank
      ? { value: null }
      : { reply: problem(400, "Bad Request", "The cancel body must be empty.", [{ name: "body", reason: "must be empty" }]) };
  }
  return jsonBodyOf(text);
}

/** Carries out an adjustment Vipps did not refuse: `value` is what a capture or refund moves. */
function apply(world: World, payment: Payment, operation: Adjustment, value: number, key: string): void {
  if (operation !== "cancel") world.adjust(payment, operation, value, key);
  else if (payment.state === "CREATED") world.change(payment, "TERMINATED", "TERMINATED", key);
  else world.change(payment, "AUTHORIZED", "CANCELLED", key);
}

/** `POST /epayment/v1/payments/{reference}/cancel|capture|refund`, after the caller checked token and keys. */
export function adjustPayment(
  world: World,
  operation: Adjustment,
  headers: Record<string, string>,
  reference: string,
  text: string,
): Reply {
  const wait = world.overLimit(operation, reference, RATE_LIMIT, RATE_WINDOW_MS);
  if (wait !== null) return rateLimited(wait);
  const bad = keyProblem(headers) ?? (operation === "cancel" ? null : jsonTypeProblem(headers));
  if (bad) return bad;
  const body = bodyOf(operation, text);
  if ("reply" in body) return body.reply;
  const key = headers["idempotency-key"] ?? "";
  const request = `${reference} ${canonical(body.value)}`;
  const stored = world.adjustments.get(`${operation} ${key}`);
  if (stored) return stored.request === request ? jsonReply(stored.status, stored.body) : conflict(operation, key);
  const payment = world.payments.get(reference);
  if (!payment) return problem(404, "Reference not found", `The reference ${reference} does not exist for MSN ${FAKE_VIPPS.msn}.`);
  let value = 0;
  if (operation !== "cancel") {
    const problems = modificationProblems(operation, body.value, payment.amount.currency);
    if (problems.length) return problem(400, "Bad Request", problems.map((found) => `${found.name}: ${found.reason}`).join("; "), problems);
    value = (body.value as { modificationAmount: { value: number } }).modificationAmount.value;
  }
  const refused = operation === "cancel" ? cancelRefusal(payment) : movementRefusal(payment, operation, value);
  if (refused) return problem(400, refused[0], refused[1], [{ name: "reference", reason: `state ${payment.state}` }]);
  apply(world, payment, operation, value, key);
  const { amount, state, aggregate, pspReference } = world.view(payment);
  const answer = { amount, state, aggregate, pspReference, reference };
  world.adjustments.set(`${operation} ${key}`, { request, status: 200, body: answer });
  return jsonReply(200, answer);
}
