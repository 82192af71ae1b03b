/**
 * The pay code of the pay link's endpoints (`/p/{code}...`), checked once in front of them all (wired
 * in `index.ts`). A code that cannot be one is not found, said the way the route speaks: as a page
 * for the endpoints a person opens, as a problem for those a script calls. The endpoints behind the check
 * read the code with `payCodeOf`.
 */
import type { IRequest } from "itty-router";
import { isPayCode } from "../domain/ids";
import type { Env } from "../env";
import { notFound } from "../http/problem";
import { linkNotFound } from "../pages/message-page";
import { wordsOf } from "./person";

/** Who reads a route's answers: a person (HTML pages) or a script (JSON, images, sockets). */
export type Audience = "person" | "script";

/** The "not found" of a pay link that does not exist, for `audience`. */
export function payLinkNotFound(request: IRequest, audience: Audience): Response | Promise<Response> {
  return audience === "person" ? linkNotFound(wordsOf(request, null)) : notFound("pay link").toResponse();
}

/** Middleware: lets a request with a well-formed pay code through, and answers any other not found. */
export function requirePayCode(audience: Audience) {
  return (request: IRequest, _env: Env): Response | Promise<Response> | undefined =>
    isPayCode(request.params.code ?? "") ? undefined : payLinkNotFound(request, audience);
}

/** The pay code of a request that `requirePayCode` let through. */
export function payCodeOf(request: IRequest): string {
  return request.params.code ?? "";
}
