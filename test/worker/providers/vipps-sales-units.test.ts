/**
 * Vipps MobilePay's sales units (MSNs): one webhook secret per MSN, refused at config parse when a
 * secret is shared by several MSNs (or an MSN has two secrets or two currencies); and a
 * notice verified with the secret of the MSN its body names, refused for an MSN the gateway does
 * not know.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { configOf } from "../../../src/config/config";
import type { VippsAccount } from "../../../src/config/provider-accounts";
import { salesUnitsOf, type UnitUse } from "../../../src/config/vipps-sales-units";
import { verifiedNotice } from "../../../src/providers/vipps";
import { merchant } from "../domain/fixtures";
import { envWith } from "./fixtures";
import { noticeRequest } from "./vipps-support";

const BASE = "https://apitest.vipps.no";

function use(merchantId: string, msn: string, account: Partial<VippsAccount> = {}, gatewayWide = false): UnitUse {
  const own = { client_id: "c", client_secret: "s", subscription_key: "k", currency: "NOK", webhook_secret: `secret-${msn}` } as const;
  return { merchantId, gatewayWide, account: { ...own, msn, baseUrl: BASE, test: true, ...account } };
}

describe("salesUnitsOf", () => {
  it("makes one unit of an MSN several merchants use, with its one secret", () => {
    const { units, problems } = salesUnitsOf([
      use("mer_a", "111111"),
      use("mer_b", "111111", { webhook_secret: undefined }),
      use("mer_c", "111111", {}, true),
      use("mer_d", "222222", { currency: "DKK" }),
    ]);
    expect(problems).toEqual([]);
    expect(
      units.map(({ msn, currency, webhookSecret, ownedBy, gatewayWide }) => ({ msn, currency, webhookSecret, ownedBy, gatewayWide })),
    ).toEqual([
      { msn: "111111", currency: "NOK", webhookSecret: "secret-111111", ownedBy: ["mer_a", "mer_b"], gatewayWide: true },
      { msn: "222222", currency: "DKK", webhookSecret: "secret-222222", ownedBy: ["mer_d"], gatewayWide: false },
    ]);
  });

  it.each([
    [
      "one secret for two MSNs",
      [use("mer_a", "111111"), use("mer_b", "222222", { webhook_secret: "secret-111111" })],
      /MSN 111111 and MSN 222222 share one webhook_secret/,
    ],
    [
      "two secrets for one MSN",
      [use("mer_a", "111111"), use("mer_b", "111111", { webhook_secret: "another" })],
      /MSN 111111 \(mer_b\) has two webhook_secret values/,
    ],
    [
      "two currencies for one MSN",
      [use("mer_a", "111111"), use("mer_b", "111111", { currency: "EUR" })],
      /MSN 111111 \(mer_b\) is given currency EUR and NOK/,
    ],
  ])("finds %s", (_, uses, problem) => {
    const { problems } = salesUnitsOf(uses);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });
});

describe("the configuration", () => {
  const gatewayWide = {
    VIPPS_CLIENT_ID: "gateway-client",
    VIPPS_CLIENT_SECRET: "gateway-secret",
    VIPPS_SUBSCRIPTION_KEY: "gateway-key",
    VIPPS_MSN: "123456",
    VIPPS_CURRENCY: "NOK",
    VIPPS_WEBHOOK_SECRET: "shared-secret",
  };
  const merchants = (own: Record<string, unknown>) =>
    JSON.stringify([
      merchant({ id: "mer_gateway" }),
      merchant({
        id: "mer_own",
        vipps: { client_id: "c", client_secret: "s", subscription_key: "k", msn: "654321", currency: "DKK", ...own },
      }),
    ]);

  it("refuses the gateway-wide VIPPS_WEBHOOK_SECRET for a merchant's own MSN too, naming both", () => {
    const deployment = { ...envWith("VIPPS_", gatewayWide), MERCHANTS: merchants({ webhook_secret: "shared-secret" }) };
    expect(() => configOf(deployment)).toThrow(/Vipps MobilePay configuration: MSN 123456 and MSN 654321 share one webhook_secret/);
  });

  it("keeps each MSN's own secret", () => {
    const deployment = { ...envWith("VIPPS_", gatewayWide), MERCHANTS: merchants({ webhook_secret: "own-secret" }) };
    expect([...configOf(deployment).vippsWebhookSecrets]).toEqual([
      ["123456", "shared-secret"],
      ["654321", "own-secret"],
    ]);
  });

  it("is the tests' own: one Norwegian sales unit", () => {
    expect([...configOf(env).vippsWebhookSecrets.keys()]).toEqual(["123456"]);
  });
});

describe("a notice", () => {
  const url = "https://pay.test/v1/providers/vipps/callback";
  const secrets = new Map([
    ["111111", "secret-111111"],
    ["222222", "secret-222222"],
  ]);

  it.each([
    ["for 111111 with its secret", "111111", "secret-111111", true],
    ["for 222222 with its secret", "222222", "secret-222222", true],
    ["for 222222 with 111111's secret", "222222", "secret-111111", false],
    ["for an MSN the gateway does not know", "333333", "secret-111111", false],
  ])("%s is verified? %s", async (_, msn, secret, verified) => {
    const notice = await verifiedNotice(await noticeRequest(url, secret, msn, "AbCdEfGh12345678-1"), (unit) => secrets.get(unit));
    expect(notice?.reference ?? null).toBe(verified ? "AbCdEfGh12345678-1" : null);
  });
});
