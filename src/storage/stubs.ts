/** How the Worker reaches a session's Durable Object: by its pay code. */
import type { Env } from "../env";

export function sessionObject(env: Env, code: string) {
  return env.SESSIONS.get(env.SESSIONS.idFromName(code));
}
