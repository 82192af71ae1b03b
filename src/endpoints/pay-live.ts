/**
 * GET /p/{code}/live: the status endpoint as a WebSocket, so the tab left behind by an app switch
 * learns of a change at once instead of by its next poll. The session's Durable Object accepts the
 * socket (hibernating while nothing happens) and sends the status on it, in the status endpoint's
 * shape, at once and after every change; the page polls `/p/{code}/status` when it has no socket.
 */
import type { IRequest } from "itty-router";
import type { Env } from "../env";
import { fieldProblem } from "../http/problem";
import { openLiveSocket } from "../session/stubs";
import { payCodeOf } from "./pay-code";

export function payLive(request: IRequest, env: Env): Promise<Response> {
  const code = payCodeOf(request);
  if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
    throw fieldProblem("upgrade-required", "upgrade", "expected websocket", {
      detail: `This endpoint is a WebSocket: send "Upgrade: websocket", or poll /p/${code}/status instead.`,
      headers: { upgrade: "websocket" },
    });
  }
  return openLiveSocket(env, code, request);
}
