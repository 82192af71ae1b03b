/**
 * Which Vipps MobilePay account serves a merchant: its own credentials or the gateway-wide ones,
 * and never across test and live (a test merchant never reaches Vipps' production host, a live
 * merchant never its test host): such an account is not offered at all.
 */
import { describe, expect, it } from "vitest";
import { type Merchant, MerchantSchema } from "../../../src/config/merchants";
import { VIPPS_PRODUCTION_URL, VIPPS_TEST_URL, vippsAccount } from "../../../src/config/provider-accounts";
import type { Env } from "../../../src/env";
import { providerFor } from "../../../src/providers";
import { envWith } from "./fixtures";

const GATEWAY_WIDE = {
  VIPPS_CLIENT_ID: "gateway-client",
  VIPPS_CLIENT_SECRET: "gateway-secret",
  VIPPS_SUBSCRIPTION_KEY: "gateway-subscription-key",
  VIPPS_MSN: "123456",
  VIPPS_CURRENCY: "NOK",
  VIPPS_WEBHOOK_SECRET: "gateway-webhook-secret",
};

function merchant(mode: "test" | "live", vipps?: Record<string, string>): Merchant {
  return MerchantSchema.parse({
    id: `mer_${mode}_shop`,
    name: "Shop",
    mode,
    api_key_sha256: ["0".repeat(64)],
    webhook_secrets: ["whsec_shop_secret"],
    default_provider: "vipps",
    // A live merchant must list the hosts its URLs may be on.
    allowed_hosts: ["shop.example"],
    ...(vipps ? { vipps } : {}),
  });
}

const OWN = { client_id: "own-client", client_secret: "own-secret", subscription_key: "own-key", msn: "654321", currency: "DKK" };

describe("the Vipps account of a merchant", () => {
  it.each([
    ["a test merchant", "test", undefined, VIPPS_TEST_URL],
    ["a live merchant", "live", undefined, VIPPS_PRODUCTION_URL],
    ["a test merchant", "test", "http://127.0.0.1:9999/", "http://127.0.0.1:9999"],
  ] as const)("%s with VIPPS_BASE_URL %j talks to %s", (_, mode, base, expected) => {
    const deployment = envWith("VIPPS_", { ...GATEWAY_WIDE, ...(base ? { VIPPS_BASE_URL: base } : {}) });
    expect(vippsAccount(deployment, merchant(mode))).toEqual({
      client_id: "gateway-client",
      client_secret: "gateway-secret",
      subscription_key: "gateway-subscription-key",
      msn: "123456",
      currency: "NOK",
      webhook_secret: "gateway-webhook-secret",
      baseUrl: expected,
      test: mode === "test",
    });
    expect(providerFor("vipps", deployment, merchant(mode))).not.toBeNull();
  });

  it.each([
    ["test", "https://api.vipps.no"],
    ["test", "https://api.vipps.no/"],
    ["test", "https://API.Vipps.NO"],
    ["test", "https://api.vipps.no:443"],
    ["test", "http://api.vipps.no"],
    ["live", "https://apitest.vipps.no"],
    ["live", "https://APITEST.vipps.no/"],
  ] as const)("a %s merchant with VIPPS_BASE_URL %s is not offered Vipps at all", (mode, base) => {
    const deployment = envWith("VIPPS_", { ...GATEWAY_WIDE, VIPPS_BASE_URL: base });
    expect(vippsAccount(deployment, merchant(mode))).toBeNull();
    expect(providerFor("vipps", deployment, merchant(mode))).toBeNull();
  });

  it("keeps a test merchant with its own credentials away from production too", () => {
    const deployment = envWith("VIPPS_", { VIPPS_BASE_URL: VIPPS_PRODUCTION_URL });
    expect(vippsAccount(deployment, merchant("test", OWN))).toBeNull();
  });

  it("prefers the merchant's own credentials to the gateway's", () => {
    const account = vippsAccount(envWith("VIPPS_", GATEWAY_WIDE), merchant("test", OWN));
    expect(account).toMatchObject({ ...OWN, baseUrl: VIPPS_TEST_URL, test: true });
    expect(account?.webhook_secret).toBeUndefined();
  });

  it.each([
    ["no Vipps variables", {}],
    ["no subscription key", { ...GATEWAY_WIDE, VIPPS_SUBSCRIPTION_KEY: undefined }],
    ["a serial number that is not one", { ...GATEWAY_WIDE, VIPPS_MSN: "12ab" }],
    ["no currency of the sales unit", { ...GATEWAY_WIDE, VIPPS_CURRENCY: undefined }],
    ["a currency no sales unit has", { ...GATEWAY_WIDE, VIPPS_CURRENCY: "SEK" }],
    ["a base URL that is not http(s)", { ...GATEWAY_WIDE, VIPPS_BASE_URL: "ftp://apitest.vipps.no" }],
  ])("offers nothing with %s", (_, vars) => {
    expect(vippsAccount(envWith("VIPPS_", vars as Partial<Env>), merchant("test"))).toBeNull();
  });
});
