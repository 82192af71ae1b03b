/**
 * The merchants' configuration refuses, when it is parsed, what would let a live merchant's
 * customers or webhooks be sent anywhere: no `allowed_hosts`, or plain http to this machine.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { configOf } from "../../../src/config/config";
import { MerchantsSchema } from "../../../src/config/merchants";
import { TEST_MERCHANTS } from "../../node/test-merchants";

const LIVE = TEST_MERCHANTS.find((merchant) => merchant.mode === "live");
const TEST = TEST_MERCHANTS.find((merchant) => merchant.mode === "test");

/** The message the configuration is refused with, or null when it is accepted. */
function refusal(merchants: unknown[]): string | null {
  const parsed = MerchantsSchema.safeParse(merchants);
  return parsed.success ? null : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
}

describe("MERCHANTS: a live merchant's URLs", () => {
  it("the tests' live merchant lists its hosts and is accepted", () => {
    expect(LIVE?.allowed_hosts.length).toBeGreaterThan(0);
    expect(refusal([LIVE])).toBeNull();
  });

  it.each([
    ["an empty allowed_hosts", { allowed_hosts: [] }],
    ["no allowed_hosts at all", { allowed_hosts: undefined }],
  ])("a live merchant with %s is refused, naming the merchant and the field", (_, change) => {
    expect(refusal([{ ...LIVE, ...change }])).toMatch(/^0\.allowed_hosts: mer_live: a live merchant must list its allowed_hosts/);
  });

  it("a live merchant with allow_http_localhost is refused, naming the merchant and the field", () => {
    expect(refusal([{ ...LIVE, allow_http_localhost: true }])).toMatch(
      /^0\.allow_http_localhost: mer_live: plain http to this machine is for test merchants only/,
    );
  });

  it("a test merchant may have an empty list and plain http to this machine", () => {
    expect(refusal([{ ...TEST, allowed_hosts: [], allow_http_localhost: true }])).toBeNull();
  });

  it("the whole configuration is refused when it is read, with that message", () => {
    expect(() => configOf({ ...env, MERCHANTS: JSON.stringify([{ ...LIVE, allowed_hosts: [] }]) })).toThrow(
      /allowed_hosts[\s\S]*mer_live: a live merchant must list its allowed_hosts/,
    );
  });
});
