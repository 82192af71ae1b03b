/**
 * Vipps MobilePay's webhook signature (Webhooks API, "Request authentication"), checked in full:
 *
 *   x-ms-content-sha256: base64(SHA-256(raw body))
 *   Authorization: HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=<base64 MAC>
 *
 * where the MAC is HMAC-SHA256 with the webhook secret (as UTF-8 text) over
 * "POST\n<path and query>\n<x-ms-date>;<host>;<x-ms-content-sha256>". The body must hash to the
 * header, the MAC must cover the host and path the notice reached, and x-ms-date must be recent.
 *
 * Freshness: Vipps documents no window. It retries a refused notice with back-off for up to 7
 * days, in order per payment (a refused one holds back every later one for that payment), and does
 * not say whether a retry is signed anew. A notice only makes the gateway read the payment at
 * Vipps, so a replay can change nothing; refusing a genuine but late retry would stall the
 * payment's notices. So a date is accepted up to the retry span plus a day old, and at most
 * 15 minutes ahead of our clock.
 */
import { hmacSha256, safeEqual, sha256, toBase64 } from "../crypto/hmac";

/** Oldest x-ms-date accepted: Vipps' 7 days of retries plus 1 day, in ms. */
export const VIPPS_WEBHOOK_MAX_AGE_MS = 8 * 24 * 60 * 60 * 1000;
/** Furthest x-ms-date accepted ahead of our clock (clock skew): 15 minutes, in ms. */
export const VIPPS_WEBHOOK_MAX_AHEAD_MS = 15 * 60 * 1000;

/** The only signed-header list Vipps sends, in its order. */
const SIGNED_HEADERS = "x-ms-date;host;x-ms-content-sha256";
const AUTHORIZATION = /^HMAC-SHA256 SignedHeaders=([^&]*)&Signature=([A-Za-z0-9+/]{43}=)$/;

/** A received notice, as the verifier needs it. */
export interface VippsNotice {
  method: string;
  /** The path and query it reached, e.g. `/v1/providers/vipps/callback/mer_local`. */
  pathAndQuery: string;
  /** The host it reached (with the port when not the default one), e.g. `pay.example.com`. */
  host: string;
  date: string | null;
  contentSha256: string | null;
  authorization: string | null;
  /** The raw body, exactly as received: its bytes, or its text when it is known to be UTF-8. */
  body: string | Uint8Array;
}

export type VippsRefusal = "method" | "missing-header" | "content-hash" | "date" | "signed-headers" | "signature";

export type VippsVerdict = { ok: true } | { ok: false; reason: VippsRefusal };

/** base64(SHA-256(body)): what `x-ms-content-sha256` must say. */
export async function contentHash(body: string | Uint8Array): Promise<string> {
  return toBase64(await sha256(body));
}

export function stringToSign(pathAndQuery: string, date: string, host: string, hash: string): string {
  return `POST\n${pathAndQuery}\n${date};${host};${hash}`;
}

/** Whether `date` (an HTTP date) lies within the accepted window around `nowMs`. */
export function dateAccepted(date: string, nowMs: number): boolean {
  const at = Date.parse(date);
  return Number.isFinite(at) && nowMs - at <= VIPPS_WEBHOOK_MAX_AGE_MS && at - nowMs <= VIPPS_WEBHOOK_MAX_AHEAD_MS;
}

const refuse = (reason: VippsRefusal): VippsVerdict => ({ ok: false, reason });

export async function verifyVippsNotice(secret: string, notice: VippsNotice, nowMs: number): Promise<VippsVerdict> {
  if (notice.method.toUpperCase() !== "POST") return refuse("method");
  const { date, contentSha256, authorization } = notice;
  if (!date || !contentSha256 || !authorization) return refuse("missing-header");
  const hash = await contentHash(notice.body);
  if (!safeEqual(contentSha256, hash)) return refuse("content-hash");
  if (!dateAccepted(date, nowMs)) return refuse("date");
  const parts = AUTHORIZATION.exec(authorization);
  if (parts?.[1] !== SIGNED_HEADERS || !parts[2]) return refuse("signed-headers");
  const expected = toBase64(await hmacSha256(secret, stringToSign(notice.pathAndQuery, date, notice.host, hash)));
  return safeEqual(parts[2], expected) ? { ok: true } : refuse("signature");
}

/** The notice a Worker request carries; `body` is its raw body, already read. */
export function noticeOf(request: Request, body: Uint8Array): VippsNotice {
  // The URL Vipps called, Host included, not PUBLIC_ORIGIN: the signature covers what was sent on
  // the wire. Nothing is given out from it, and a Host the sender changes only fails the check.
  const url = new URL(request.url);
  return {
    method: request.method,
    pathAndQuery: url.pathname + url.search,
    host: url.host,
    date: request.headers.get("x-ms-date"),
    contentSha256: request.headers.get("x-ms-content-sha256"),
    authorization: request.headers.get("authorization"),
    body,
  };
}
