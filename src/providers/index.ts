/**
 * Which provider implementation serves a merchant. A provider whose account is missing, or would
 * cross between test and live, is not offered: asking for it is a clear error, never a
 * half-working client. The sandbox is offered to test merchants only, and only where it is on
 * (`domain/sandbox-rules.ts`).
 */
import { configOf } from "../config/config";
import type { Merchant, ProviderName } from "../config/merchants";
import { dinteroAccount, vippsAccount } from "../config/provider-accounts";
import { sandboxRefusal } from "../domain/sandbox-rules";
import type { ProviderOffer } from "../domain/session-rules";
import type { Env } from "../env";
import { dinteroProvider } from "./dintero";
import type { Provider } from "./provider";
import { sandboxProvider } from "./sandbox";
import { vippsProvider } from "./vipps";

export function providerFor(name: ProviderName, env: Env, merchant: Merchant): Provider | null {
  const config = configOf(env);
  const calls = { timeoutMs: config.providerTimeoutMs };
  switch (name) {
    case "sandbox":
      return sandboxRefusal(merchant.mode, { enabled: config.sandboxEnabled }) ? null : sandboxProvider(env, config.sandboxCallbackSecret);
    case "dintero": {
      const account = dinteroAccount(env, merchant);
      return account && dinteroProvider(account, calls);
    }
    case "vipps": {
      const account = vippsAccount(env, merchant);
      return account && vippsProvider(account, calls);
    }
  }
}

/**
 * What `name` offers `merchant` at session creation: why not (in the words a refusal names `provider`
 * with), or on which terms (Vipps takes only its sales unit's currency).
 */
export function providerOffer(name: ProviderName, env: Env, merchant: Merchant): ProviderOffer {
  if (!providerFor(name, env, merchant)) {
    const sandbox = name === "sandbox" && sandboxRefusal(merchant.mode, { enabled: configOf(env).sandboxEnabled });
    return { refused: sandbox || `${name} is not configured for this gateway` };
  }
  return { currency: name === "vipps" ? (vippsAccount(env, merchant)?.currency ?? null) : null };
}
