/**
 * Rate limits through the Workers Rate Limiting bindings (simulated by workerd in local
 * development and tests): per client address on the public pages and endpoints, per merchant on
 * the API. Over the limit: a 429 problem with Retry-After.
 */
import type { Env } from "../env";
import { fieldProblem } from "./problem";

/** The bindings count per minute: a refused client may try again after this, in seconds. */
export const RATE_PERIOD_S = 60;

/** Paths limited per client address: pay links, returns, the device endpoint, the sandbox's pages. */
const PUBLIC_PATHS = /^\/(?:p|r|sandbox)\/|^\/v1\/device$/;

export async function limitRate(limiter: RateLimit, key: string): Promise<void> {
  const { success } = await limiter.limit({ key });
  if (!success) {
    throw fieldProblem("rate-limited", "rate", "too many requests", {
      detail: `rate: too many requests; try again in ${RATE_PERIOD_S} s.`,
      headers: { "retry-after": String(RATE_PERIOD_S) },
    });
  }
}

/**
 * Router middleware for the public paths, keyed by the client's address. Cloudflare's edge always
 * sets `CF-Connecting-IP`; a request without it (local development, tests) is not counted.
 */
export async function limitPublic(request: Request, env: Env): Promise<void> {
  const address = request.headers.get("cf-connecting-ip");
  if (address && PUBLIC_PATHS.test(new URL(request.url).pathname)) await limitRate(env.PUBLIC_RATE_LIMIT, address);
}
