/**
 * Merchant authentication: `Authorization: Bearer <api key>` names exactly one merchant, whose
 * requests are then counted against its rate limit. A request with a missing or unknown key counts
 * against its client address (`AUTH_FAILURE_RATE_LIMIT`); an address over that limit is refused
 * before its key is even looked at, until the period ends, so guessing keys stays capped.
 */
import { configOf } from "../config/config";
import { type Merchant, merchantForKey } from "../config/merchants";
import type { Env } from "../env";
import { fieldProblem } from "./problem";
import { clientKeyOf, limitRate, RATE_PERIOD_S, rateLimited } from "./rate-limit";

/**
 * Addresses over the failure limit, and until when they are refused. The binding can only count,
 * not be asked, so the refusal is remembered here: per isolate, as the binding counts per location
 * (another isolate learns it at that address's next failure). Bounded: the oldest entry goes first.
 */
const refusedUntil = new Map<string, number>();
const MAX_REFUSED = 10_000;

function refuse(key: string): void {
  refusedUntil.delete(key);
  if (refusedUntil.size >= MAX_REFUSED) refusedUntil.delete(refusedUntil.keys().next().value as string);
  refusedUntil.set(key, Date.now() + RATE_PERIOD_S * 1000);
}

function isRefused(key: string): boolean {
  const until = refusedUntil.get(key);
  if (until === undefined) return false;
  if (until > Date.now()) return true;
  refusedUntil.delete(key);
  return false;
}

export async function authenticate(request: Request, env: Env): Promise<Merchant> {
  const client = clientKeyOf(request);
  if (client && isRefused(client)) throw rateLimited();
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const merchant = match?.[1] ? await merchantForKey(configOf(env).merchants, match[1]) : null;
  if (!merchant) {
    if (client && !(await env.AUTH_FAILURE_RATE_LIMIT.limit({ key: client })).success) {
      refuse(client);
      throw rateLimited();
    }
    throw fieldProblem("unauthorized", "authorization", "missing or unknown API key", {
      detail: "authorization: send a valid API key as `Authorization: Bearer sk_...`.",
      headers: { "www-authenticate": 'Bearer realm="paylink"' },
    });
  }
  await limitRate(env.API_RATE_LIMIT, merchant.id);
  return merchant;
}
