/**
 * The pay page's live sockets (`GET /p/{code}/live`), as the session's Durable Object holds them
 * with the WebSocket Hibernation API: the runtime keeps them while the object sleeps (nothing of
 * them is stored), answers their "ping" with "pong" without waking it, and hands back those still
 * open. Each is told the status in the status endpoint's shape; at a final status it is told and
 * then closed (1000). A send or close on a socket that has gone is skipped, so it never fails a
 * change of the session. At most `MAX_LIVE_SOCKETS` a session: a new one closes the oldest.
 */
import { log } from "../log";
import type { PayStatus } from "../schemas/session";

/** Live sockets one session keeps open: 8 sockets (tabs and devices watching one link). */
export const MAX_LIVE_SOCKETS = 8;

/** The close of the oldest live socket when a new one would exceed `MAX_LIVE_SOCKETS`. */
export const REPLACED_CLOSE = { code: 1008, reason: "too many live sockets for this link; the oldest is closed" } as const;

/**
 * A live socket's place in the order of opening (1, 2, …): its attachment, which survives
 * hibernation (the runtime lists sockets in no promised order).
 */
const openingOf = (socket: WebSocket) => socket.deserializeAttachment() as number;

/** Closes a socket that may have gone; its failure concerns no one else. */
export function closeQuietly(socket: WebSocket, code: number, reason: string): void {
  quietly(() => socket.close(code, reason));
}

function quietly(act: () => void): void {
  try {
    act();
  } catch {
    // The peer has gone; the runtime drops the socket, and the page falls back to polling.
  }
}

/** Lets the runtime answer the page's keepalive ("ping") with "pong", without waking the object. */
export function answerKeepaliveAsleep(ctx: DurableObjectState): void {
  ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
}

/**
 * Accepts a new live socket for hibernation, after closing the oldest open ones beyond the cap.
 * Returns both ends: the page's (for the 101 answer) and the object's.
 */
export function acceptLiveSocket(ctx: DurableObjectState): { client: WebSocket; server: WebSocket } {
  const open = ctx
    .getWebSockets()
    .filter((socket) => socket.readyState === WebSocket.OPEN)
    .sort((a, b) => openingOf(a) - openingOf(b));
  const replaced = open.slice(0, Math.max(0, open.length + 1 - MAX_LIVE_SOCKETS));
  for (const oldest of replaced) closeQuietly(oldest, REPLACED_CLOSE.code, REPLACED_CLOSE.reason);
  // Many tabs on one link is rare for people: an operator may want to see it.
  if (replaced.length) log("info", "live socket replaced the oldest", { open: open.length, closed: replaced.length });
  const newest = open.at(-1);
  const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
  ctx.acceptWebSocket(server);
  server.serializeAttachment((newest ? openingOf(newest) : 0) + 1);
  return { client, server };
}

/** Tells `sockets` the status; at a final status, closes them. */
export function tellLiveSockets(sockets: WebSocket[], status: PayStatus): void {
  const message = JSON.stringify(status);
  for (const socket of sockets) {
    quietly(() => socket.send(message));
    if (status.status !== "open") closeQuietly(socket, 1000, `the session is ${status.status}`);
  }
}
