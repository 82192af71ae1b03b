/**
 * The signature on the gateway's webhooks to merchants, in Stripe's proven shape:
 *
 *   Paylink-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
 *
 * During a secret rotation one `v1=` is sent per secret. A receiver accepts the message when any
 * `v1` matches one of its secrets and `t` is within its tolerance.
 *
 * Node runs this module too (`tools/merchant.ts` verifies with it), so its import names the file.
 */
import { hmacSha256, safeEqual, toHex } from "../crypto/hmac.ts";

export const SIGNATURE_HEADER = "Paylink-Signature";

/** How far a signature's timestamp may be from the receiver's clock: 5 minutes, in seconds. */
export const SIGNATURE_TOLERANCE_S = 300;

export async function signPayload(secrets: readonly string[], body: string, timestamp: number): Promise<string> {
  const signatures = await Promise.all(secrets.map(async (secret) => `v1=${toHex(await hmacSha256(secret, `${timestamp}.${body}`))}`));
  return [`t=${timestamp}`, ...signatures].join(",");
}

export async function verifyPayload(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = SIGNATURE_TOLERANCE_S,
): Promise<boolean> {
  const parts = header.split(",").map((part) => part.trim().split("="));
  const timestamp = Number(parts.find(([key]) => key === "t")?.[1]);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = toHex(await hmacSha256(secret, `${timestamp}.${body}`));
  return parts.some(([key, value]) => key === "v1" && value !== undefined && safeEqual(value, expected));
}
