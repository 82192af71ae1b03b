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

const ConfigSchema = z.object({
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

export function merchantById(env: Env, id: string): Merchant | undefined {
  return configOf(env).merchants.find((merchant) => merchant.id === id);
}
