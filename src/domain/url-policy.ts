/**
 * Which URLs a merchant may give for returns and webhooks: https to a public host (`hosts.ts`
 * decides which are), on its allowed hosts when it lists some, never with credentials; plain http
 * only to this machine, and only for a merchant set up for local development. A live merchant
 * always lists its hosts (`config/merchants.ts` refuses it otherwise).
 */
import type { Merchant } from "../config/merchants";
import { hostReach, isLoopbackHost, isOnDomain } from "./hosts";

/** Why `raw` is not acceptable for `merchant`, or null when it is. */
export function urlProblem(raw: string, merchant: Merchant): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "must be an absolute URL";
  }
  if (url.username || url.password) return "must not contain credentials";
  const reach = hostReach(url.hostname);
  if (reach === "loopback") {
    if (merchant.mode !== "test" || !merchant.allow_http_localhost || !isLoopbackHost(url.hostname)) return "must not point to localhost";
    return url.protocol === "http:" || url.protocol === "https:" ? null : "must use http or https";
  }
  if (url.protocol !== "https:") return "must use https";
  if (reach === "private") return "must not point to a private address";
  if (merchant.allowed_hosts.length > 0 && !isOnDomain(url.hostname, merchant.allowed_hosts))
    return "host is not allowed for this merchant";
  return null;
}
