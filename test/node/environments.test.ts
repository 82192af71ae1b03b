/**
 * What each environment of wrangler.toml says about the sandbox, as wrangler reads it: off in
 * production, on (unset or "true") locally and in staging.
 */
import { expect, it } from "vitest";
import { unstable_readConfig } from "wrangler";

const sandboxEnabled = (env?: string) =>
  unstable_readConfig({ config: "wrangler.toml", ...(env ? { env } : {}) }, { hideWarnings: true }).vars.SANDBOX_ENABLED;

it.each([
  ["local development", undefined, undefined],
  ["staging", "staging", undefined],
  ["production", "production", "false"],
])("%s: SANDBOX_ENABLED is %j", (_, env, value) => {
  expect(sandboxEnabled(env)).toBe(value);
});
