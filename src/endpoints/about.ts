/**
 * GET /: a few lines for a person who opens the gateway's own address: what this is and where its
 * API is described. Plain text; every other unknown path stays a problem+json 404.
 */
import type { IRequest } from "itty-router";
import { publicOrigin } from "../config/config";
import type { Env } from "../env";

/** What GET / says, with the links on the gateway's own origin. */
export function aboutText(origin: string): string {
  return [
    "paylink, an edge redirect gateway for mobile payments.",
    `API: ${origin}/openapi.json (OpenAPI 3.1): merchants create payment sessions with POST /v1/sessions.`,
    `Your device, as a pay link sees it: ${origin}/v1/device`,
    "Docs: README.md, next to the code.",
    "",
  ].join("\n");
}

export function showAbout(_request: IRequest, env: Env): Response {
  return new Response(aboutText(publicOrigin(env)), { headers: { "content-type": "text/plain; charset=utf-8" } });
}
