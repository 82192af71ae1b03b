/**
 * Merchants: who may call the API, how their webhooks are signed, where their customers may be sent.
 *
 * They come from the `MERCHANTS` variable (a secret in production), a JSON array such as:
 *
 *   [{"id": "mer_local", "name": "Local Test Shop", "mode": "test",
 *     "api_key_sha256": ["<hex SHA-256 of sk_test_local>"], "webhook_secrets": ["whsec_local"],
 *     "default_provider": "sandbox", "allowed_hosts": [], "allow_http_localhost": true,
 *     "org_number": "999 999 999", "support_email": "help@shop.example", "terms_url": "https://shop.example/terms"}]
 *
 * API keys are kept only as SHA-256 hashes. `webhook_secrets` signs each webhook with every listed
 * secret (several during a rotation). A live merchant must list its `allowed_hosts` and may not
 * have `allow_http_localhost` (both refused here); a test merchant's empty list allows any public
 * https host (`domain/url-policy.ts`). `dintero`
 * and `vipps` hold the merchant's own provider credentials; without them the gateway-wide ones of
 * the environment serve (see `provider-accounts.ts`). The sandbox is for test merchants only
 * (`domain/sandbox-rules.ts`): a live merchant whose `default_provider` is `sandbox` is refused here,
 * so such a configuration fails on its first request.
 *
 * Node runs this module too (`tools/vipps-webhooks.ts` reads the merchants with it), so its
 * imports name files.
 */
import * as z from "zod";
import { safeEqual, sha256, toHex } from "../crypto/hmac.ts";
import { SANDBOX_TEST_ONLY, sandboxRefusal } from "../domain/sandbox-rules.ts";

export const PROVIDERS = ["sandbox", "dintero", "vipps"] as const;
export type ProviderName = (typeof PROVIDERS)[number];

/** Dintero credentials. Account ids start with T (test) or P (production). */
export const DinteroCredentialsSchema = z.object({
  account_id: z.string().regex(/^[TP]\d{8}$/, "T or P and 8 digits"),
  client_id: z.string().min(1),
  client_secret: z.string().min(1),
  profile_id: z.string().min(1).default("default"),
  callback_secret: z.string().min(1).optional(),
});
export type DinteroCredentials = z.infer<typeof DinteroCredentialsSchema>;

/**
 * The country of a Vipps MobilePay sales unit, by the one currency it takes: an MSN registered in
 * Norway takes NOK, in Denmark DKK, in Finland EUR (Vipps refuses a payment in another currency).
 */
export const SALES_UNIT_COUNTRIES = { NOK: "Norway", DKK: "Denmark", EUR: "Finland" } as const;
export type SalesUnitCurrency = keyof typeof SALES_UNIT_COUNTRIES;

/**
 * Vipps MobilePay credentials for one merchant serial number (MSN, a sales unit): `currency` is the
 * one its country takes, and `webhook_secret` the secret Vipps answered when the gateway's webhook
 * was registered for that MSN (`npm run vipps:webhooks`; one per MSN, see `vipps-sales-units.ts`).
 */
export const VippsCredentialsSchema = z.object({
  client_id: z.string().min(1),
  client_secret: z.string().min(1),
  subscription_key: z.string().min(1),
  msn: z.string().regex(/^\d{4,10}$/, "the merchant serial number"),
  currency: z.enum(Object.keys(SALES_UNIT_COUNTRIES) as [SalesUnitCurrency, ...SalesUnitCurrency[]], {
    error: "the sales unit's currency: NOK (Norway), DKK (Denmark) or EUR (Finland)",
  }),
  webhook_secret: z.string().min(1).optional(),
});
export type VippsCredentials = z.infer<typeof VippsCredentialsSchema>;

export const MerchantSchema = z
  .object({
    id: z.string().regex(/^mer_[A-Za-z0-9_]{1,40}$/),
    name: z.string().min(1).max(80),
    /** What the pay page shows a wary customer beside the name, each where configured (`pages/frame.ts`). */
    org_number: z
      .string()
      .regex(/^[0-9A-Z][0-9A-Z -]{3,18}[0-9A-Z]$/, "the organisation number as registered, e.g. 999 999 999")
      .optional(),
    support_email: z.email().max(254).optional(),
    support_phone: z
      .string()
      .regex(/^\+?[0-9 ]{5,20}$/, "a phone number, e.g. +47 22 00 00 00")
      .optional(),
    terms_url: z
      .url({ protocol: /^https$/, error: "an https URL" })
      .max(2048)
      .optional(),
    mode: z.enum(["test", "live"]),
    api_key_sha256: z.array(z.string().regex(/^[0-9a-f]{64}$/)).min(1),
    webhook_secrets: z.array(z.string().min(8)).min(1),
    default_provider: z.enum(PROVIDERS),
    /** When a session's authorized money is taken, unless the session says: at once by the gateway, or when the merchant captures. */
    capture: z.enum(["automatic", "manual"]).default("automatic"),
    allowed_hosts: z.array(z.string().min(1)).default([]),
    allow_http_localhost: z.boolean().default(false),
    dintero: DinteroCredentialsSchema.optional(),
    vipps: VippsCredentialsSchema.optional(),
  })
  .refine((merchant) => merchant.default_provider !== "sandbox" || sandboxRefusal(merchant.mode) === null, {
    path: ["default_provider"],
    message: `${SANDBOX_TEST_ONLY}: a live merchant's default_provider is dintero or vipps`,
  })
  .superRefine((merchant, ctx) => {
    if (merchant.mode !== "live") return;
    if (merchant.allowed_hosts.length === 0)
      ctx.addIssue({
        code: "custom",
        path: ["allowed_hosts"],
        message: `${merchant.id}: a live merchant must list its allowed_hosts (the hosts of its return and callback URLs)`,
      });
    if (merchant.allow_http_localhost)
      ctx.addIssue({
        code: "custom",
        path: ["allow_http_localhost"],
        message: `${merchant.id}: plain http to this machine is for test merchants only`,
      });
  });
export type Merchant = z.infer<typeof MerchantSchema>;
/** What a customer is shown of the merchant: its name and, where configured, how to reach it. */
export type Shop = Pick<Merchant, "name" | "org_number" | "support_email" | "support_phone" | "terms_url">;

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
