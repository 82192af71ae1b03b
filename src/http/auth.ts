/**
 * Merchant authentication: `Authorization: Bearer <api key>` names exactly one merchant, whose
 * requests are then counted against its rate limit.
 */
import { configOf } from "../config/config";
import { type Merchant, merchantForKey } from "../config/merchants";
import type { Env } from "../env";
import { fieldProblem } from "./problem";
import { limitRate } from "./rate-limit";

export async function authenticate(request: Request, env: Env): Promise<Merchant> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const merchant = match?.[1] ? await merchantForKey(configOf(env).merchants, match[1]) : null;
  if (!merchant) {
    throw fieldProblem("unauthorized", "authorization", "missing or unknown API key", {
      detail: "authorization: send a valid API key as `Authorization: Bearer sk_...`.",
      headers: { "www-authenticate": 'Bearer realm="paylink"' },
    });
  }
  await limitRate(env.API_RATE_LIMIT, merchant.id);
  return merchant;
}
