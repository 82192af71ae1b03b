/**
 * Merchants: who may call the API, how their webhooks are signed, where their customers may be sent.
 *
 * They come from the `MERCHANTS` variable (a secret in production), a JSON array such as:
 *
 *   [{"id": "mer_local", "name": "Local Test Shop", "mode": "test",
 *     "api_key_sha256": ["<hex SHA-256 of sk_test_local>"], "webhook_secrets": ["whsec_local"],
 *     "default_provider": "sandbox", "allowed_hosts": [], "allow_http_localhost": true}]
 *
 * API keys are kept only as SHA-256 hashes. `webhook_secrets` signs each webhook with every listed
 * secret (several during a rotation). An empty `allowed_hosts` allows any https host.
 */
import { z } from "zod";
import { safeEqual, sha256, toHex } from "../crypto/hmac";

export const PROVIDERS = ["sandbox", "dintero", "vipps"] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export const MerchantSchema = z.object({
  id: z.string().regex(/^mer_[A-Za-z0-9_]{1,40}$/),
  name: z.string().min(1).max(80),
  mode: z.enum(["test", "live"]),
  api_key_sha256: z.array(z.string().regex(/^[0-9a-f]{64}$/)).min(1),
  webhook_secrets: z.array(z.string().min(8)).min(1),
  default_provider: z.enum(PROVIDERS),
  allowed_hosts: z.array(z.string().min(1)).default([]),
  allow_http_localhost: z.boolean().default(false),
});
export type Merchant = z.infer<typeof MerchantSchema>;

export const MerchantsSchema = z.array(MerchantSchema).min(1);

/** The live or test world an API key belongs to, from its prefix. */
export function keyMode(apiKey: string): "test" | "live" | null {
  if (apiKey.startsWith("sk_test_")) return "test";
  if (apiKey.startsWith("sk_live_")) return "live";
  return null;
}

/** The merchant an API key belongs to, comparing hashes in constant time; null when none. */
export async function merchantForKey(merchants: Merchant[], apiKey: string): Promise<Merchant | null> {
  const mode = keyMode(apiKey);
  if (!mode) return null;
  const hash = toHex(await sha256(apiKey));
  let found: Merchant | null = null;
  for (const merchant of merchants) {
    for (const stored of merchant.api_key_sha256) {
      if (safeEqual(stored, hash) && merchant.mode === mode) found = merchant;
    }
  }
  return found;
}
