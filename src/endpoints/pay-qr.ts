/**
 * GET /p/{code}/qr.svg: the pay link as a QR code, for a desktop page to show so the person can
 * continue on a phone. It encodes only the public pay URL, on the configured origin
 * (`PUBLIC_ORIGIN`, whose host name the configuration holds to what DNS allows), so it needs no
 * Durable Object call, and the image never changes: browsers may keep it for a day. The QR encoder
 * is loaded on the first QR request, not when the Worker starts: building its tables is about a
 * third of the Worker's startup, and only desktop pages ask for a QR code.
 */
import type { IRequest } from "itty-router";
import { publicOrigin } from "../config/config";
import type { Env } from "../env";
import { payCodeOf } from "./pay-code";

/** How long a browser may keep a QR image: 1 day, in seconds. */
const QR_MAX_AGE_S = 86_400;

export async function payQr(request: IRequest, env: Env): Promise<Response> {
  const payUrl = new URL(`/p/${payCodeOf(request)}`, publicOrigin(env));
  const { qrSvg } = await import("../pages/qr");
  return new Response(qrSvg(payUrl), {
    headers: { "content-type": "image/svg+xml", "cache-control": `private, max-age=${QR_MAX_AGE_S}` },
  });
}
