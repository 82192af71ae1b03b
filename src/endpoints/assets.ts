/**
 * GET /assets/{file}: the pay page's script, under the name that carries its hash
 * (`pages/pay-script.ts`), kept by browsers and caches for a year since that name never serves
 * other text. Any other name, an older version's included, is not found: a page that asks for it
 * still works without its script.
 */
import type { IRequest } from "itty-router";
import { notFound } from "../http/problem";
import { PAY_SCRIPT, payScriptPath } from "../pages/pay-script";

/** How long a browser or cache may keep the script: a year, in seconds. */
const SCRIPT_MAX_AGE_S = 365 * 24 * 60 * 60;

export async function serveAsset(request: IRequest): Promise<Response> {
  if (new URL(request.url).pathname !== (await payScriptPath())) return notFound("asset").toResponse();
  return new Response(PAY_SCRIPT, {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": `public, max-age=${SCRIPT_MAX_AGE_S}, immutable`,
    },
  });
}
