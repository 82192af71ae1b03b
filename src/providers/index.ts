/**
 * Which provider implementation serves a session. A provider whose configuration is missing is
 * not offered: asking for it is a clear error, never a half-working client.
 */
import { configOf } from "../config/config";
import type { ProviderName } from "../config/merchants";
import type { Env } from "../env";
import type { Provider } from "./provider";
import { sandboxProvider } from "./sandbox";

export function providerFor(name: ProviderName, env: Env): Provider | null {
  switch (name) {
    case "sandbox":
      return sandboxProvider(env, configOf(env).sandboxCallbackSecret);
    case "dintero":
    case "vipps":
      return null;
  }
}
