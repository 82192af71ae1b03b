/**
 * The Worker's bindings and variables, as wrangler.toml and secrets provide them. Everything here
 * arrives as untyped strings; `config/config.ts` parses them with zod before use.
 */

import type { PaymentLink } from "./links/link-object";
import type { MerchantLinks } from "./links/merchant-links";
import type { SandboxPsp } from "./sandbox/sandbox-psp";
import type { PaySession } from "./session/session-object";
import type { IdempotencyRecord } from "./storage/idempotency-record";

export interface Env {
  /** One Durable Object per payment session, named by the session's pay code. */
  SESSIONS: DurableObjectNamespace<PaySession>;
  /** One Durable Object per payment link, named by the link's id. */
  LINKS: DurableObjectNamespace<PaymentLink>;
  /** One Durable Object per merchant: the ids of its payment links, for listing them. */
  LINK_INDEX: DurableObjectNamespace<MerchantLinks>;
  /** One Durable Object per merchant and idempotency key, kept 24 hours. */
  IDEMPOTENCY: DurableObjectNamespace<IdempotencyRecord>;
  /** The built-in sandbox payment provider: one Durable Object per sandbox payment. */
  SANDBOX: DurableObjectNamespace<SandboxPsp>;
  /** Requests per client address on public pages and endpoints: 300 a minute. */
  PUBLIC_RATE_LIMIT: RateLimit;
  /** Payments started on payment links (`POST /l/{code}`) per client address: 10 a minute. */
  LINK_START_RATE_LIMIT: RateLimit;
  /** Requests per merchant on the API: 600 a minute. */
  API_RATE_LIMIT: RateLimit;
  /** Requests with a missing or unknown API key per client address: 20 a minute. */
  AUTH_FAILURE_RATE_LIMIT: RateLimit;
  /** Provider callbacks per client address: 1000 a minute. */
  CALLBACK_RATE_LIMIT: RateLimit;
  /** The payment funnel in Workers Analytics Engine (see `funnel.ts`). Optional: unbound, nothing is written. */
  FUNNEL?: AnalyticsEngineDataset;
  /** The origin the gateway is reached at, e.g. `https://pay.example.com`: every URL it gives out is on it. Required. */
  PUBLIC_ORIGIN: string;
  /** JSON array of merchants (see `config/merchants.ts`). A secret in production. */
  MERCHANTS: string;
  /** Secret the sandbox provider signs its callbacks with. */
  SANDBOX_CALLBACK_SECRET: string;
  /** "false" turns the sandbox off: its pages answer 404 and no merchant is offered it. Production sets it; default "true". */
  SANDBOX_ENABLED?: string;
  /** Escapes from in-app browsers switched off, e.g. `instagram:intent,tiktok:x-safari-https` (`config/escapes-off.ts`). Optional. */
  ESCAPES_OFF?: string;
  /** First retry delay of merchant webhooks, in ms (doubles per retry). Optional. */
  WEBHOOK_RETRY_BASE_MS?: string;
  /** How long one provider call may take, in ms (default 10 000). Optional. */
  PROVIDER_TIMEOUT_MS?: string;
  /** Provider hosts; defaults are the real ones. A fake or a staging host can stand in. */
  DINTERO_BASE_URL?: string;
  VIPPS_BASE_URL?: string;
  /** Gateway-wide Dintero credentials, for merchants without their own (e.g. in `.dev.vars`). */
  DINTERO_ACCOUNT_ID?: string;
  DINTERO_CLIENT_ID?: string;
  DINTERO_CLIENT_SECRET?: string;
  DINTERO_PROFILE_ID?: string;
  DINTERO_CALLBACK_SECRET?: string;
  /** Gateway-wide Vipps MobilePay credentials, for merchants without their own. */
  VIPPS_CLIENT_ID?: string;
  VIPPS_CLIENT_SECRET?: string;
  VIPPS_SUBSCRIPTION_KEY?: string;
  VIPPS_MSN?: string;
  /** The currency of VIPPS_MSN's country: NOK (Norway), DKK (Denmark) or EUR (Finland). */
  VIPPS_CURRENCY?: string;
  VIPPS_WEBHOOK_SECRET?: string;
}
