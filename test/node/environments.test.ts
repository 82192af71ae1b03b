/**
 * What each environment of wrangler.toml says, as wrangler reads it: the sandbox off in production,
 * on (unset or "true") locally and in staging; the public origin set locally only.
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

const publicOrigin = (env?: string) =>
  unstable_readConfig({ config: "wrangler.toml", ...(env ? { env } : {}) }, { hideWarnings: true }).vars.PUBLIC_ORIGIN;

// Locally the documented address (npm start passes its own port); staging and production name their
// own host, which wrangler.toml cannot know: unset there, so a deployment without it serves nothing
// rather than URLs on a placeholder.
it.each([
  ["local development", undefined, "http://localhost:8787"],
  ["staging", "staging", undefined],
  ["production", "production", undefined],
])("%s: PUBLIC_ORIGIN is %j", (_, env, value) => {
  expect(publicOrigin(env)).toBe(value);
});
