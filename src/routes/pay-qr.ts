/**
 * GET /p/{code}/qr.svg: the pay link as a QR code, for a desktop page to show so the person can
 * continue on a phone. It encodes only the public pay URL, so it needs no Durable Object call, and
 * the image never changes: browsers may keep it for a day. Any pay URL on a host name DNS allows
 * fits a QR code; a longer host name than DNS allows gets a 400 naming it, never a 500.
 */
import type { IRequest } from "itty-router";
import { fieldProblem, type Problem } from "../http/problem";
import { qrSvg } from "../pages/qr";
import { payCodeOf } from "./pay-code";

/** How long a browser may keep a QR image: 1 day, in seconds. */
const QR_MAX_AGE_S = 86_400;

/** The longest host name DNS allows, in characters, without a final dot (RFC 1035: 255 octets as sent). */
const MAX_HOST_NAME_CHARS = 253;

export function payQr(request: IRequest): Response {
  const payUrl = new URL(`/p/${payCodeOf(request)}`, new URL(request.url).origin); // never a user name or password
  if (payUrl.hostname.replace(/\.$/, "").length > MAX_HOST_NAME_CHARS) throw hostTooLong();
  return new Response(qrSvg(payUrl), {
    headers: { "content-type": "image/svg+xml", "cache-control": `private, max-age=${QR_MAX_AGE_S}` },
  });
}

function hostTooLong(): Problem {
  return fieldProblem(
    "host-too-long",
    "host",
    `longer than the ${MAX_HOST_NAME_CHARS} characters DNS allows, so no pay link can be made on it`,
  );
}
