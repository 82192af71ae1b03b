/**
 * Which Dintero account serves a merchant: its own credentials or the gateway-wide ones, and never
 * across test and live (a test merchant only with a T… account, a live merchant only with a P… one).
 */
import { describe, expect, it } from "vitest";
import { DINTERO_BASE_URL, dinteroAccount } from "../../../src/config/provider-accounts";
import { providerFor } from "../../../src/providers";
import { merchant } from "../domain/fixtures";
import { envWith } from "./fixtures";

const GATEWAY_WIDE = {
  DINTERO_CLIENT_ID: "gateway-client",
  DINTERO_CLIENT_SECRET: "gateway-secret",
  DINTERO_PROFILE_ID: "default",
  DINTERO_CALLBACK_SECRET: "gateway-callback-secret",
};

const own = (accountId: string) => ({ account_id: accountId, client_id: "own-client", client_secret: "own-secret", profile_id: "default" });

describe("the Dintero account of a merchant", () => {
  it.each([
    ["a test merchant", "test", "T12345678", true],
    ["a test merchant", "test", "P12345678", false],
    ["a live merchant", "live", "P12345678", true],
    ["a live merchant", "live", "T12345678", false],
  ] as const)("%s with the gateway's %s account: offered %s", (_, mode, accountId, offered) => {
    const deployment = envWith("DINTERO_", { ...GATEWAY_WIDE, DINTERO_ACCOUNT_ID: accountId });
    const account = dinteroAccount(deployment, merchant({ mode }));
    expect(account !== null).toBe(offered);
    expect(providerFor("dintero", deployment, merchant({ mode })) !== null).toBe(offered);
    if (account) {
      expect(account).toMatchObject({
        account_id: accountId,
        client_id: "gateway-client",
        baseUrl: DINTERO_BASE_URL,
        callback_secret: "gateway-callback-secret",
      });
    }
  });

  it.each([
    ["a test merchant", "test", "T87654321", true],
    ["a test merchant", "test", "P87654321", false],
    ["a live merchant", "live", "P87654321", true],
    ["a live merchant", "live", "T87654321", false],
  ] as const)("%s with its own %s account: offered %s, never the gateway's instead", (_, mode, accountId, offered) => {
    const deployment = envWith("DINTERO_", { ...GATEWAY_WIDE, DINTERO_ACCOUNT_ID: mode === "test" ? "T12345678" : "P12345678" });
    const account = dinteroAccount(deployment, merchant({ mode, dintero: own(accountId) }));
    expect(account && { id: account.account_id, client: account.client_id, profile: account.profile_id }).toEqual(
      offered ? { id: accountId, client: "own-client", profile: "default" } : null,
    );
  });

  it.each([
    ["no Dintero variables", {}],
    ["incomplete variables", { DINTERO_ACCOUNT_ID: "T12345678", DINTERO_CLIENT_ID: "gateway-client" }],
    ["an account id that is neither T nor P", { ...GATEWAY_WIDE, DINTERO_ACCOUNT_ID: "X12345678" }],
    ["a base URL that is not http(s)", { ...GATEWAY_WIDE, DINTERO_ACCOUNT_ID: "T12345678", DINTERO_BASE_URL: "ftp://fake" }],
  ])("is not offered with %s", (_, vars) => {
    expect(dinteroAccount(envWith("DINTERO_", vars), merchant())).toBeNull();
  });

  it("talks to a stand-in host when DINTERO_BASE_URL names one", () => {
    const deployment = envWith("DINTERO_", {
      ...GATEWAY_WIDE,
      DINTERO_ACCOUNT_ID: "T12345678",
      DINTERO_BASE_URL: "http://127.0.0.1:9999/",
    });
    expect(dinteroAccount(deployment, merchant())?.baseUrl).toBe("http://127.0.0.1:9999");
  });
});
