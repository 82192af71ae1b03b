/**
 * GET /p/{code}/qr.svg: the pay link as a QR code, for a desktop page to show so the person can
 * continue on a phone (`?size=screen`, the default), or for paper (`?size=print`: 40 mm, level Q,
 * `pages/qr.ts`). It encodes only the public pay URL, on the configured origin (`PUBLIC_ORIGIN`,
 * whose host name the configuration holds to what DNS allows), so it needs no Durable Object call,
 * and the image never changes: browsers may keep it for a day. With `?caption=1` the code has the
 * merchant and the amount under it, in the person's language (`?lang=` works): one Durable Object
 * call for the session's view, and a short cache, as the language may change. The QR encoder is
 * loaded on the first QR request, not when the Worker starts: building its tables is about a third
 * of the Worker's startup, and only desktop pages ask for a QR code.
 */
import type { IRequest } from "itty-router";
import * as z from "zod";
import { publicOrigin } from "../config/config";
import type { Env } from "../env";
import { invalidFields } from "../http/problem";
import { urlOf } from "../http/url";
import { requestId } from "../log";
import type { QrCaption, QrSize } from "../pages/qr";
import { sessionOfCode } from "../session/stubs";
import { payCodeOf, payLinkNotFound } from "./pay-code";
import { frameOf, wordsOf } from "./person";

/** How long a browser may keep a QR image without a caption: 1 day, in seconds. */
const QR_MAX_AGE_S = 86_400;
/** How long a browser may keep a captioned QR image (its words follow the person's language): 5 minutes, in seconds. */
const CAPTIONED_QR_MAX_AGE_S = 300;

/**
 * The query of GET /p/{code}/qr.svg: `size` is `screen` (4 px a module, level M) or `print` (40 mm,
 * level Q), `caption` is `1` for the merchant and the amount under the code; other parameters
 * (`lang`) are read where they belong. The sizes are named here, not imported, so the encoder stays
 * out of startup, and the schema has no `.describe()`: that cost startup about 5 ms.
 */
const QrQuerySchema = z.object({
  size: z.enum(["screen", "print"] satisfies QrSize[]).default("screen"),
  caption: z.enum(["0", "1"]).default("0"),
});

/**
 * The QR code of `url` as the query asks for it. `captionOf` is called only for `?caption=1`, and
 * answers null when what the code points at does not exist (then a 404 for scripts).
 */
export async function qrAnswer(
  request: IRequest,
  url: URL,
  captionOf: () => Promise<QrCaption | null>,
  notFound: () => Response | Promise<Response>,
): Promise<Response> {
  const parsed = QrQuerySchema.safeParse(Object.fromEntries(urlOf(request).searchParams));
  if (!parsed.success) {
    return invalidFields(parsed.error.issues.map((issue) => ({ field: issue.path.join("."), detail: issue.message }))).toResponse();
  }
  const { size, caption } = parsed.data;
  const headers: Record<string, string> = { "content-type": "image/svg+xml", "cache-control": `private, max-age=${QR_MAX_AGE_S}` };
  if (caption === "0") {
    const { qrSvg } = await import("../pages/qr");
    return new Response(qrSvg(url, { size }), { headers });
  }
  const [said, { qrSvg }] = await Promise.all([captionOf(), import("../pages/qr")]);
  if (!said) return notFound();
  return new Response(qrSvg(url, { size, caption: said }), {
    headers: { ...headers, "cache-control": `private, max-age=${CAPTIONED_QR_MAX_AGE_S}`, vary: "accept-language, cookie" },
  });
}

export function payQr(request: IRequest, env: Env): Promise<Response> {
  const code = payCodeOf(request);
  return qrAnswer(
    request,
    new URL(`/p/${code}`, publicOrigin(env)),
    async () => {
      const view = await (await sessionOfCode(env, code)).view(requestId());
      if (!view) return null;
      const words = wordsOf(request, view);
      return { title: frameOf(env, words, view).shop.name, amount: words.amount(view.amount, view.currency) };
    },
    () => payLinkNotFound(request, "script"),
  );
}
