/** What the provider tests share: an attempt order, and the worker's env with a provider's variables replaced. */
import { env } from "cloudflare:workers";
import { newPayCode } from "../../../src/domain/ids";
import type { Env } from "../../../src/env";
import type { AttemptOrder } from "../../../src/providers/provider";

/** An attempt order as the session Durable Object makes one, for a fresh pay code. */
export function attemptOrder(provider: "sandbox" | "dintero" | "vipps", overrides: Partial<AttemptOrder> = {}): AttemptOrder {
  const reference = `${newPayCode()}-1`;
  return {
    reference,
    handoff: "hosted",
    capture: "manual",
    amount: 29990,
    currency: "NOK",
    description: "Two tickets",
    merchantName: "Local Test Shop",
    paymentMethod: "vipps",
    phoneNumber: "+4799999999",
    origin: "https://pay.test",
    returnUrl: `https://pay.test/r/${reference}`,
    callbackUrl: `https://pay.test/v1/providers/${provider}/callback/mer_local`,
    ...overrides,
  };
}

/** The worker's env without the variables starting with `prefix`, plus `vars`: one deployment. */
export function envWith(prefix: "DINTERO_" | "VIPPS_", vars: Partial<Env>): Env {
  const base = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith(prefix))) as unknown as Env;
  return { ...base, ...vars };
}
