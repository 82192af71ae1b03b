/** How the Worker reaches its Durable Objects: a session's by its id (found from its pay code), a sandbox payment's by its id. */
import { sessionIdOf } from "../domain/ids";
import type { Env } from "../env";
import { requestId } from "../log";
import { memoized } from "../recent";

/** The header that carries the Worker's request id on a fetch to the object (RPC calls take it as their first argument). */
export const REQUEST_ID_HEADER = "paylink-request-id";

/** The object of session `sessionId` (`ps_…`). */
export function sessionObject(env: Env, sessionId: string) {
  return env.SESSIONS.get(env.SESSIONS.idFromName(sessionId));
}

/**
 * Session ids of the pay codes this isolate has seen lately: a tab left behind polls its code every
 * few seconds, and each poll would otherwise hash it again.
 */
const sessionIdOfCode = memoized(1000, sessionIdOf);

/** The object of the session whose pay code is `code`. */
export async function sessionOfCode(env: Env, code: string) {
  return sessionObject(env, await sessionIdOfCode(code));
}

/** The sandbox provider's payment `id` (`sbx_...`), one Durable Object each. */
export function sandboxPayment(env: Env, id: string) {
  return env.SANDBOX.get(env.SANDBOX.idFromName(id));
}

/** Hands a pay page's WebSocket upgrade to the session's object, with the id of the request. */
export async function openLiveSocket(env: Env, code: string, request: Request): Promise<Response> {
  const forwarded = new Request(request);
  forwarded.headers.set(REQUEST_ID_HEADER, requestId());
  return (await sessionOfCode(env, code)).fetch(forwarded);
}
