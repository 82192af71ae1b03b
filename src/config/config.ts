/**
 * The gateway's configuration, parsed once per isolate from the Worker's environment with zod,
 * so a bad deployment fails loudly on its first request instead of misbehaving later. That
 * includes the Vipps MobilePay sales units: one webhook secret per MSN (`vipps-sales-units.ts`).
 */
import * as z from "zod";
import type { Env } from "../env";
import { PROVIDER_TIMEOUT_MS } from "../providers/http";
import { type Merchant, MerchantsSchema } from "./merchants";
import { vippsSalesUnits } from "./vipps-sales-units";

/** First retry delay of a merchant webhook when `WEBHOOK_RETRY_BASE_MS` is not set: 30 s, in ms. */
const DEFAULT_WEBHOOK_RETRY_BASE_MS = 30_000;

/** The longest host name DNS allows, in characters, without a final dot (RFC 1035: 255 octets as sent). */
const MAX_HOST_NAME_CHARS = 253;

/**
 * `PUBLIC_ORIGIN`: the origin customers and providers reach the gateway at, e.g.
 * `https://pay.example.com`. Every URL the gateway gives out is built on it (pay links, provider
 * return and callback URLs, the QR code, the CSP, the API document), never on the request's Host,
 * which the client chooses. Only a scheme (http or https), a host and a port: no path, query,
 * fragment, user name or password. Required: wrangler.toml sets the local one
 * (`http://localhost:8787`, and `npm start` passes its port); staging and production set their own.
 */
const PublicOriginSchema = z
  .string({ error: "PUBLIC_ORIGIN is required: the origin the gateway is reached at, e.g. https://pay.example.com" })
  .transform((text, ctx) => {
    const refuse = (why: string) => {
      ctx.addIssue({ code: "custom", message: `PUBLIC_ORIGIN ${JSON.stringify(text)}: ${why}` });
      return z.NEVER;
    };
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return refuse("not a URL; give an origin such as https://pay.example.com");
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") return refuse("only http or https");
    if (url.href !== `${url.origin}/`) return refuse("an origin only: no path, query, fragment, user name or password");
    if (url.hostname.replace(/\.$/, "").length > MAX_HOST_NAME_CHARS)
      return refuse(`a host name longer than the ${MAX_HOST_NAME_CHARS} characters DNS allows`);
    return url.origin;
  });

const ConfigSchema = z.object({
  PUBLIC_ORIGIN: PublicOriginSchema,
  MERCHANTS: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "MERCHANTS is not JSON" });
        return z.NEVER;
      }
    })
    .pipe(MerchantsSchema),
  SANDBOX_CALLBACK_SECRET: z.string().min(16),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(DEFAULT_WEBHOOK_RETRY_BASE_MS),
  PROVIDER_TIMEOUT_MS: z.coerce.number().int().min(1).default(PROVIDER_TIMEOUT_MS),
  SANDBOX_ENABLED: z
    .enum(["true", "false"])
    .default("true")
    .transform((value) => value === "true"),
});

export interface Config {
  /** The gateway's public origin (`PUBLIC_ORIGIN`), e.g. `https://pay.example.com`: every URL it gives out is on it. */
  publicOrigin: string;
  merchants: Merchant[];
  sandboxCallbackSecret: string;
  webhookRetryBaseMs: number;
  providerTimeoutMs: number;
  /** Whether the sandbox runs here: its pages, its callbacks, and sessions on it (off in production). */
  sandboxEnabled: boolean;
  /** The webhook secret of each Vipps MobilePay sales unit, by its MSN. */
  vippsWebhookSecrets: ReadonlyMap<string, string>;
}

const cache = new WeakMap<object, Config>();

export function configOf(env: Env): Config {
  const cached = cache.get(env);
  if (cached) return cached;
  const parsed = ConfigSchema.parse(env);
  const { units, problems } = vippsSalesUnits(env, parsed.MERCHANTS);
  if (problems.length) throw new Error(`Vipps MobilePay configuration: ${problems.join("; ")}`);
  const config: Config = {
    publicOrigin: parsed.PUBLIC_ORIGIN,
    merchants: parsed.MERCHANTS,
    sandboxCallbackSecret: parsed.SANDBOX_CALLBACK_SECRET,
    webhookRetryBaseMs: parsed.WEBHOOK_RETRY_BASE_MS,
    providerTimeoutMs: parsed.PROVIDER_TIMEOUT_MS,
    sandboxEnabled: parsed.SANDBOX_ENABLED,
    vippsWebhookSecrets: new Map(units.flatMap((unit) => (unit.webhookSecret === null ? [] : [[unit.msn, unit.webhookSecret] as const]))),
  };
  cache.set(env, config);
  return config;
}

/** The origin every URL the gateway gives out is built on (`PUBLIC_ORIGIN`), whatever Host a request names. */
export function publicOrigin(env: Env): string {
  return configOf(env).publicOrigin;
}

export function merchantById(env: Env, id: string): Merchant | undefined {
  return configOf(env).merchants.find((merchant) => merchant.id === id);
}
