/**
 * Dintero's callback signature, which the sandbox provider uses too:
 *
 *   Dintero-Signature: t=<unix seconds>,v0-hmac-sha256=<hex>
 *
 * over "<t>\n<account id>\n<METHOD>\n<hostname>\n<pathname>\n<query>", where the query is sorted by
 * name with spaces as `+`. The body is not signed. Timestamps more than 5 minutes off are refused.
 */
import { hmacSha256, safeEqual, toHex } from "../crypto/hmac";

/** The header that carries the signature. */
export const SIGNATURE_HEADER = "Dintero-Signature";

/** How far a callback's timestamp may be from the gateway's clock: 5 minutes, in seconds. */
export const CALLBACK_TOLERANCE_S = 300;

function signingString(timestamp: number, accountId: string, method: string, url: URL): string {
  const query = new URLSearchParams(url.search);
  query.sort();
  return [timestamp, accountId, method.toUpperCase(), url.hostname, url.pathname, query.toString()].join("\n");
}

export async function signCallback(secret: string, accountId: string, method: string, url: URL, timestamp: number): Promise<string> {
  const mac = toHex(await hmacSha256(secret, signingString(timestamp, accountId, method, url)));
  return `t=${timestamp},v0-hmac-sha256=${mac}`;
}

export async function verifyCallback(
  secret: string,
  accountId: string,
  request: Request,
  header: string,
  nowSeconds: number,
): Promise<boolean> {
  const fields = new Map(header.split(",").map((part) => part.trim().split("=") as [string, string]));
  const timestamp = Number(fields.get("t"));
  const given = fields.get("v0-hmac-sha256");
  if (!Number.isInteger(timestamp) || !given || Math.abs(nowSeconds - timestamp) > CALLBACK_TOLERANCE_S) return false;
  // The URL the provider called (request.url), not PUBLIC_ORIGIN: the MAC covers what was sent. Nothing
  // is given out from it, and a Host the sender changes only fails the check.
  const expected = await signCallback(secret, accountId, request.method, new URL(request.url), timestamp);
  return safeEqual(`t=${timestamp},v0-hmac-sha256=${given}`, expected);
}
