/**
 * The pay page's live sockets (`GET /p/{code}/live`), as the session's Durable Object holds them
 * with the WebSocket Hibernation API: the runtime keeps them while the object sleeps (nothing of
 * them is stored), answers their "ping" with "pong" without waking it, and hands back those still
 * open. Each is told the status in the status endpoint's shape; at a final status it is told and
 * then closed (1000). A send or close on a socket that has gone is skipped, so it never fails a
 * change of the session. At most `MAX_LIVE_SOCKETS` a session: a new one closes the oldest.
 *
 * A socket the gateway closed stays held until its client answers the close, which a hostile one
 * never does (and the runtime offers no way to drop it): such half-closed sockets count against the
 * cap, and while one is held a new socket that would exceed the cap is refused (429; the page
 * polls), so at most one more than the cap is ever held. A socket may say only "ping": anything
 * else closes it (1008), so its messages cannot wake the object again and again.
 */
import { fieldProblem, type Problem } from "../http/problem";
import { RATE_PERIOD_S } from "../http/rate-limit";
import { log } from "../log";
import type { PayStatus } from "../schemas/session";

/** Live sockets one session keeps open: 8 sockets (tabs and devices watching one link). */
export const MAX_LIVE_SOCKETS = 8;

/** The close of the oldest live socket when a new one would exceed `MAX_LIVE_SOCKETS`. */
export const REPLACED_CLOSE = { code: 1008, reason: "too many live sockets for this link; the oldest is closed" } as const;

/** The close of a socket that said anything but the keepalive. */
export const MESSAGE_CLOSE = { code: 1008, reason: "a live socket only says ping" } as const;

/**
 * A live socket's place in the order of opening (1, 2, …): its attachment, which survives
 * hibernation (the runtime lists sockets in no promised order).
 */
const openingOf = (socket: WebSocket) => socket.deserializeAttachment() as number;

/** The answer to a new socket refused by the cap: the page polls the status endpoint instead. */
export function tooManyLiveSockets(): Problem {
  return fieldProblem("rate-limited", "live", "too many live sockets for this link", {
    detail: `live: too many live sockets for this link; poll the status endpoint, or try again in ${RATE_PERIOD_S} s.`,
    headers: { "retry-after": String(RATE_PERIOD_S) },
  });
}

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
 * Accepts a new live socket for hibernation, after closing the oldest open ones beyond the cap;
 * every socket held counts, open or closing. Returns both ends (the page's for the 101 answer), or
 * null when the cap is reached and a socket closed earlier has not let go (nothing is closed then).
 */
export function acceptLiveSocket(ctx: DurableObjectState): { client: WebSocket; server: WebSocket } | null {
  const held = ctx.getWebSockets();
  const open = held.filter((socket) => socket.readyState === WebSocket.OPEN).sort((a, b) => openingOf(a) - openingOf(b));
  const excess = held.length + 1 - MAX_LIVE_SOCKETS;
  if (excess > 0 && open.length < held.length) {
    log("warn", "live socket refused: the cap is held by sockets closing", { held: held.length, open: open.length });
    return null;
  }
  const replaced = open.slice(0, Math.max(0, excess));
  for (const oldest of replaced) closeQuietly(oldest, REPLACED_CLOSE.code, REPLACED_CLOSE.reason);
  // Many tabs on one link is rare for people: an operator may want to see it.
  if (replaced.length) log("info", "live socket replaced the oldest", { open: open.length, closed: replaced.length });
  const latest = Math.max(0, ...held.map(openingOf));
  const [client, server] = Object.values(new WebSocketPair()) as [WebSocket, WebSocket];
  ctx.acceptWebSocket(server);
  server.serializeAttachment(latest + 1);
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
