/**
 * `Idempotency-Key` on the merchant API's creating and changing POSTs, as Stripe does it: the same
 * key with the same request replays the first answer (marked `Idempotent-Replayed: true`); the
 * same key with another request is a 422; keys belong to one merchant and live 24 hours.
 *
 * Only results are kept: like Stripe, an answer is kept when the endpoint got to act on the
 * request, that is a 2xx (or 3xx), a 404 (no such session) or a 409 (the session's state refused
 * the change). Refusals of the request itself are not kept (400 malformed, 401, 413, 415 from a
 * header outside the key's fingerprint, 422 invalid, 429), nor are 5xx: they changed nothing, so
 * the corrected or later retry with the same key runs.
 */
import type { Merchant } from "../config/merchants";
import { sha256, toHex } from "../crypto/hmac";
import type { Env } from "../env";
import type { StoredResponse } from "../storage/idempotency-record";
import { MAX_BODY_BYTES, readLimitedBytes } from "./body";
import { fieldProblem, Problem } from "./problem";

export const IDEMPOTENCY_HEADER = "idempotency-key";
/** Keys are 1 to 255 visible ASCII characters. */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

function replay(response: StoredResponse): Response {
  const headers: Record<string, string> = { "content-type": response.contentType, "idempotent-replayed": "true" };
  if (response.location) headers.location = response.location;
  return new Response(response.body, { status: response.status, headers });
}

/** Whether an answer is a result of the request, kept for its key (see the module comment). */
function isResult(status: number): boolean {
  return status < 400 || status === 404 || status === 409;
}

/** Runs `handle` once per key and request; the request's body stays readable for it. */
export async function idempotent(
  request: Request,
  env: Env,
  merchant: Merchant,
  handle: (request: Request) => Promise<Response>,
): Promise<Response> {
  const key = request.headers.get(IDEMPOTENCY_HEADER);
  if (key === null) return handle(request);
  if (!KEY_PATTERN.test(key)) {
    throw fieldProblem("invalid-request", IDEMPOTENCY_HEADER, "1 to 255 visible ASCII characters");
  }
  const body = toHex(await sha256(await readLimitedBytes(request.clone(), MAX_BODY_BYTES)));
  const fingerprint = toHex(await sha256(`${request.method}\n${new URL(request.url).pathname}\n${body}`));
  const record = env.IDEMPOTENCY.get(env.IDEMPOTENCY.idFromName(`${merchant.id}:${key}`));
  const claim = await record.claim(fingerprint);
  if (claim.kind === "replay") return replay(claim.response);
  if (claim.kind === "mismatch") {
    throw fieldProblem("idempotency-key-reused", IDEMPOTENCY_HEADER, "was used with another request");
  }
  if (claim.kind === "in_progress") {
    throw fieldProblem("idempotency-key-in-use", IDEMPOTENCY_HEADER, "a request with this key is still running", {
      headers: { "retry-after": "1" },
    });
  }
  let response: Response;
  try {
    response = await handle(request);
  } catch (error) {
    if (!(error instanceof Problem)) {
      await record.release(fingerprint);
      throw error;
    }
    response = error.toResponse();
  }
  if (!isResult(response.status)) {
    await record.release(fingerprint);
    return response;
  }
  const text = await response.text();
  await record.complete(fingerprint, {
    status: response.status,
    body: text,
    contentType: response.headers.get("content-type") ?? "application/json",
    location: response.headers.get("location"),
  });
  return new Response(text, response);
}
