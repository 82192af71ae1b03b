/**
 * Which URLs a merchant may give for returns and webhooks: https on its allowed hosts, never with
 * credentials; plain http only to this machine, and only for a merchant set up for local
 * development.
 */
import type { Merchant } from "../config/merchants";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether `hostname` (as `URL` gives it) is this machine. */
export function isLoopbackHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname);
}

function hostAllowed(hostname: string, allowed: readonly string[]): boolean {
  return allowed.length === 0 || allowed.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

/** Why `raw` is not acceptable for `merchant`, or null when it is. */
export function urlProblem(raw: string, merchant: Merchant): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "must be an absolute URL";
  }
  if (url.username || url.password) return "must not contain credentials";
  const local = isLoopbackHost(url.hostname);
  if (local) {
    if (!merchant.allow_http_localhost) return "must not point to localhost";
    return url.protocol === "http:" || url.protocol === "https:" ? null : "must use http or https";
  }
  if (url.protocol !== "https:") return "must use https";
  if (!hostAllowed(url.hostname, merchant.allowed_hosts)) return "host is not allowed for this merchant";
  return null;
}
