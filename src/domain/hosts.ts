/**
 * Facts about host names, as `URL.hostname` gives them: which are this machine, and whether a host
 * is a domain or one of its subdomains. The URL policies of merchants and providers decide with these.
 */

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** Whether `hostname` is this machine. */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/** Whether `hostname` is one of `domains` or below one of them (`pay.vipps.no` is on `vipps.no`; `evilvipps.no` is not). */
export function isOnDomain(hostname: string, domains: readonly string[]): boolean {
  return domains.some((domain) => hostname === domain || hostname.endsWith(`.${domain}`));
}
