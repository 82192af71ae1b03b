/**
 * GET /p/{code}/status: where a session stands, for the tab left behind by an app switch. It has an
 * ETag made of what it shows, so a poll with `If-None-Match` gets a bodiless 304 while nothing
 * changed. One Durable Object call either way, and no provider call. The page polls it only while
 * it has no live socket (`pay-live.ts`), which carries the same answer (`domain/pay-status.ts`).
 */
import type { IRequest } from "itty-router";
import { payStatusOf } from "../domain/pay-status";
import type { Env } from "../env";
import { json } from "../http/respond";
import { requestId } from "../log";
import type { PayStatus } from "../schemas/session";
import { sessionOfCode } from "../session/stubs";
import { payCodeOf, payLinkNotFound } from "./pay-code";

/** The status answer's entity tag: it changes exactly when the answer does. */
export function statusEtag(status: PayStatus): string {
  return `"${status.status}.${status.attempt ?? "none"}.${Date.parse(status.updated_at)}"`;
}

export async function payStatus(request: IRequest, env: Env): Promise<Response> {
  const found = await (await sessionOfCode(env, payCodeOf(request))).status(requestId());
  if (!found) return payLinkNotFound(request, "script");
  const body = payStatusOf(found);
  const etag = statusEtag(body);
  const asked = request.headers.get("if-none-match") ?? "";
  if (asked.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers: { etag } });
  }
  return json(body, 200, { etag });
}
