/**
 * The Worker's bindings and variables, as wrangler.toml and secrets provide them. Everything here
 * arrives as untyped strings; `config/config.ts` parses them with zod before use.
 */
import type { PaySession } from "./storage/pay-session";
import type { SandboxPsp } from "./sandbox/sandbox-psp";

export interface Env {
  /** One Durable Object per payment session, named by the session's pay code. */
  SESSIONS: DurableObjectNamespace<PaySession>;
  /** The built-in sandbox payment provider: one Durable Object per sandbox payment. */
  SANDBOX: DurableObjectNamespace<SandboxPsp>;
  /** JSON array of merchants (see `config/merchants.ts`). A secret in production. */
  MERCHANTS: string;
  /** Secret the sandbox provider signs its callbacks with. */
  SANDBOX_CALLBACK_SECRET: string;
  /** First retry delay of merchant webhooks, in ms (doubles per retry). Optional. */
  WEBHOOK_RETRY_BASE_MS?: string;
}
