/**
 * GET /p/{code}/go: the person taps on. The session starts (or reuses) a payment attempt at the
 * provider and the browser goes there, top-level, with a 303.
 */
import type { IRequest } from "itty-router";
import { isPayCode } from "../domain/ids";
import type { Env } from "../env";
import { linkNotFound, messagePage } from "../pages/message-page";
import { seeOther } from "../http/respond";
import { sessionObject } from "../storage/stubs";

export async function goToProvider(request: IRequest, env: Env): Promise<Response> {
  const code = request.params.code ?? "";
  if (!isPayCode(code)) return linkNotFound();
  const result = await sessionObject(env, code).startAttempt("hosted", new URL(request.url).origin);
  if (result.ok) return seeOther(result.url);
  if (result.reason === "not_found") return linkNotFound();
  if (result.reason === "closed") return seeOther(`/p/${code}`);
  console.error(JSON.stringify({ msg: "provider unavailable", code, detail: result.detail }));
  return messagePage({
    title: "The payment service did not answer",
    text: "Nothing was charged. Please try again in a moment.",
    action: { href: `/p/${code}/go`, label: "Try again" },
    status: 502,
  });
}
