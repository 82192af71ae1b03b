/**
 * GET /p/{code}/live: the status endpoint as a WebSocket, so the tab left behind by an app switch
 * learns of a change at once instead of by its next poll. The session's Durable Object accepts the
 * socket (hibernating while nothing happens) and sends the status on it, in the status endpoint's
 * shape, at once and after every change; the page polls `/p/{code}/status` when it has no socket.
 */
import type { IRequest } from "itty-router";
import { isPayCode } from "../domain/ids";
import type { Env } from "../env";
import { notFound, Problem } from "../http/problem";
import { openLiveSocket } from "../storage/stubs";

export function payLive(request: IRequest, env: Env): Promise<Response> {
  const code = request.params.code ?? "";
  if (!isPayCode(code)) throw notFound("payment link");
  if (request.headers.get("upgrade")?.toLowerCase() !== "websocket") {
    throw new Problem(
      426,
      "upgrade-required",
      "Upgrade Required",
      `This endpoint is a WebSocket: send "Upgrade: websocket", or poll /p/${code}/status instead.`,
      {},
      { upgrade: "websocket" },
    );
  }
  return openLiveSocket(env, code, request);
}
