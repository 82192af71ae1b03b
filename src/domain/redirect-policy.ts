/**
 * Where the pay page may send a browser: only to its provider's own hosts and app schemes. A URL
 * a provider answers outside this list is refused, whatever it is.
 *
 * - sandbox: the gateway's own `/sandbox/` pages;
 * - vipps: https on Vipps MobilePay's domains (the Danish and Finnish landing pages move from
 *   `pay.mobilepay.dk` / `.fi` to `pay.vipps.dk` / `.fi`, announced for 12 January 2027, test
 *   domains earlier: both are allowed), and the `vipps:`, `vippsmt:` (test) and `mobilepay:` apps;
 * - dintero: https on Dintero's domains, and the Vipps MobilePay pages and apps its hosted
 *   payments hand over to;
 * - any provider: the exact origin configured as its base URL (a staging host, a fake).
 */
import type { ProviderName } from "../config/merchants";
import { isOnDomain } from "./hosts";

const VIPPS_DOMAINS = ["vipps.no", "vipps.dk", "vipps.fi", "vippsmobilepay.com", "mobilepay.dk", "mobilepay.fi"];
const APP_SCHEMES = ["vipps:", "vippsmt:", "mobilepay:"];

const HTTPS_DOMAINS: Record<ProviderName, readonly string[]> = {
  sandbox: [],
  vipps: VIPPS_DOMAINS,
  dintero: ["dintero.com", ...VIPPS_DOMAINS],
};

/**
 * The same allowlist as CSP sources, for the pay page's `form-action`: Chromium checks the 303 that
 * answers the pay form against it (see `pages/html.ts`), so it must let through exactly where
 * `providerUrlAllowed` lets the browser go. The sandbox needs none beyond the page's own origin.
 */
export function providerSources(provider: ProviderName, providerBase: string | null): string[] {
  if (provider === "sandbox") return [];
  const domains = HTTPS_DOMAINS[provider].flatMap((domain) => [`https://${domain}`, `https://*.${domain}`]);
  return [...(providerBase ? [new URL(providerBase).origin] : []), ...domains, ...APP_SCHEMES];
}

/**
 * Whether the browser may be sent to `target` for `provider`. `gatewayOrigin` is the gateway's own,
 * `providerBase` the provider's configured base URL (or null for the sandbox).
 */
export function providerUrlAllowed(target: string, provider: ProviderName, gatewayOrigin: string, providerBase: string | null): boolean {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (provider === "sandbox") return url.origin === gatewayOrigin && url.pathname.startsWith("/sandbox/");
  if (providerBase && url.origin === new URL(providerBase).origin) return true;
  if (APP_SCHEMES.includes(url.protocol)) return true;
  return url.protocol === "https:" && isOnDomain(url.hostname, HTTPS_DOMAINS[provider]);
}
