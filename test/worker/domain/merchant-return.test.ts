/** The merchant return URL and its Dintero-style parameters. */
import { describe, expect, it } from "vitest";
import { merchantReturnUrl, type ReturnState } from "../../../src/domain/merchant-return";

const base: ReturnState = {
  session_id: "ps_7Hq2xZk9PwR4mB",
  status: "open",
  merchant_reference: "ORDER 123",
  transaction_id: null,
  attempt: "pending",
};

describe("merchantReturnUrl", () => {
  const cases: [string, Partial<ReturnState>, Record<string, string>][] = [
    ["paid", { status: "paid", attempt: "authorized", transaction_id: "tx_1" }, { transaction_id: "tx_1" }],
    ["customer cancelled", { attempt: "cancelled" }, { error: "cancelled" }],
    ["declined", { attempt: "failed" }, { error: "failed" }],
    ["attempt expired", { attempt: "expired" }, { error: "failed" }],
    ["session cancelled by the merchant", { status: "cancelled", attempt: null }, { error: "cancelled" }],
    ["session expired", { status: "expired", attempt: null }, { error: "failed" }],
    ["still pending", {}, {}],
  ];
  it.each(cases)("%s", (_, change, extra) => {
    const url = new URL(merchantReturnUrl("https://shop.example/return?cart=9", { ...base, ...change }));
    expect(Object.fromEntries(url.searchParams)).toEqual({
      cart: "9",
      merchant_reference: "ORDER 123",
      session_id: "ps_7Hq2xZk9PwR4mB",
      ...extra,
    });
    expect(url.origin + url.pathname).toBe("https://shop.example/return");
  });

  it("never carries a transaction id for an unpaid session", () => {
    const url = new URL(merchantReturnUrl("https://shop.example/r", { ...base, transaction_id: "tx_1", attempt: "failed" }));
    expect(url.searchParams.has("transaction_id")).toBe(false);
  });
});
