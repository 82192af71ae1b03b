/**
 * GET /l/{code}/qr.svg: a payment link as a QR code, for a poster, a menu or an invoice: the sizes,
 * the caption and the caching of a pay link's code (`pay-qr.ts`, `qrAnswer`). Without a caption it
 * needs no Durable Object call; with `?caption=1` one read of the link (not counted as an open),
 * whose merchant and fixed amount go under the code (an open amount has none).
 */
import type { IRequest } from "itty-router";
import { publicOrigin } from "../config/config";
import type { Env } from "../env";
import { notFound } from "../http/problem";
import { linkOfCode } from "../links/stubs";
import { qrAnswer } from "./pay-qr";
import { frameOf, wordsOf } from "./person";

export function linkQr(request: IRequest, env: Env): Promise<Response> {
  const code = request.params.code ?? "";
  return qrAnswer(
    request,
    new URL(`/l/${code}`, publicOrigin(env)),
    async () => {
      const view = await (await linkOfCode(env, code)).view(false);
      if (!view) return null;
      const words = wordsOf(request, view);
      const title = frameOf(env, words, view).shop.name;
      return view.amount === null ? { title } : { title, amount: words.amount(view.amount, view.currency) };
    },
    () => notFound("payment link").toResponse(),
  );
}
