/**
 * GET /p/{code}/qr.svg: the pay link as a QR code, for a desktop page to show so the person can
 * continue on a phone. It encodes only the public pay URL, so it needs no Durable Object call, and
 * the image never changes: browsers may keep it for a day.
 */
import type { IRequest } from "itty-router";
import { isPayCode } from "../domain/ids";
import { notFound } from "../http/problem";
import { qrSvg } from "../pages/qr";

/** How long a browser may keep a QR image: 1 day, in seconds. */
const QR_MAX_AGE_S = 86_400;

export function payQr(request: IRequest): Response {
  const code = request.params.code ?? "";
  if (!isPayCode(code)) throw notFound("payment link");
  return new Response(qrSvg(new URL(`/p/${code}`, request.url).toString()), {
    headers: { "content-type": "image/svg+xml", "cache-control": `private, max-age=${QR_MAX_AGE_S}` },
  });
}
