/**
 * Rate limits through the Workers Rate Limiting bindings (simulated by workerd in local
 * development and tests): per client address on the public pages and endpoints, on provider
 * callbacks and on failed API keys (`auth.ts`), per merchant on the API; and, stricter, per client
 * address on payments started on payment links. A client address is keyed
 * by `addressKey` (an IPv6 client by its /64). Over the limit: a 429 problem with Retry-After.
 */
import type { Env } from "../env";
import { addressKey } from "./client-address";
import { fieldProblem, type Problem } from "./problem";
import { urlOf } from "./url";

/** The bindings count per minute: a refused client may try again after this, in seconds. */
export const RATE_PERIOD_S = 60;

/** Paths limited per client address: pay links, payment links, returns, the device endpoint, the sandbox's pages. */
const PUBLIC_PATHS = /^\/(?:p|l|r|sandbox)\/|^\/v1\/device$/;

/** Paths limited per client address with their own, larger budget: the providers' callbacks. */
const CALLBACK_PATHS = /^\/v1\/providers\//;

/** The answer over a limit. */
export function rateLimited(): Problem {
  return fieldProblem("rate-limited", "rate", "too many requests", {
    detail: `rate: too many requests; try again in ${RATE_PERIOD_S} s.`,
    headers: { "retry-after": String(RATE_PERIOD_S) },
  });
}

export async function limitRate(limiter: RateLimit, key: string): Promise<void> {
  const { success } = await limiter.limit({ key });
  if (!success) throw rateLimited();
}

/**
 * The key of the client's address, from `CF-Connecting-IP`: Cloudflare's edge always sets it (and
 * replaces one the client sent). Null without it (tests that call the Worker directly): not counted.
 * In local development workerd keeps a client-sent one, so there a client picks its own address.
 */
export function clientKeyOf(request: Request): string | null {
  const address = request.headers.get("cf-connecting-ip");
  return address ? addressKey(address) : null;
}

/** Router middleware for the public paths and the providers' callbacks, keyed by the client's address. */
export async function limitPublic(request: Request, env: Env): Promise<void> {
  const key = clientKeyOf(request);
  if (!key) return;
  const { pathname } = urlOf(request);
  if (PUBLIC_PATHS.test(pathname)) await limitRate(env.PUBLIC_RATE_LIMIT, key);
  else if (CALLBACK_PATHS.test(pathname)) await limitRate(env.CALLBACK_RATE_LIMIT, key);
}

/**
 * A payment link's payer starting a payment (`POST /l/{code}`): each start makes a session, so
 * beyond the public limit an address may start only `LINK_START_RATE_LIMIT`'s few a minute.
 */
export async function limitLinkStarts(request: Request, env: Env): Promise<void> {
  const key = clientKeyOf(request);
  if (key) await limitRate(env.LINK_START_RATE_LIMIT, key);
}
