/** The rules a new session must meet beyond its schema. */
import { describe, expect, it } from "vitest";
import { DEFAULT_LINK_LIFETIME_MS, MAX_LINK_LIFETIME_MS, sessionTerms } from "../../../src/domain/session-rules";
import { CreateSessionSchema } from "../../../src/schemas/session";
import { merchant } from "./fixtures";

const now = Date.parse("2026-11-22T12:00:00Z");
const onlySandbox = (name: string) => name === "sandbox";

function terms(body: Record<string, unknown>) {
  const input = CreateSessionSchema.parse({ order: { amount: 100, currency: "NOK", merchant_reference: "R" }, ...body });
  return sessionTerms(input, merchant(), now, onlySandbox);
}

describe("sessionTerms", () => {
  it("defaults provider, payment method and a 24 hour lifetime", () => {
    expect(terms({})).toEqual({
      terms: { provider: "sandbox", paymentMethod: "vipps", expiresAt: now + DEFAULT_LINK_LIFETIME_MS },
      errors: [],
    });
  });

  it.each([
    ["DKK", "mobilepay"],
    ["EUR", "mobilepay"],
    ["NOK", "vipps"],
  ])("pays %s with %s", (currency, method) => {
    const input = CreateSessionSchema.parse({ order: { amount: 100, currency, merchant_reference: "R" } });
    expect(sessionTerms(input, merchant(), now, onlySandbox).terms.paymentMethod).toBe(method);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ["a method that does not take the currency", { payment_method: "mobilepay" }, "payment_method"],
    ["a provider that is not configured", { provider: "vipps" }, "provider"],
    ["an expiry in the past", { expires_at: "2026-11-22T11:00:00Z" }, "expires_at"],
    ["an expiry under a minute away", { expires_at: "2026-11-22T12:00:30Z" }, "expires_at"],
    ["an expiry beyond 30 days", { expires_at: "2026-12-23T12:00:00Z" }, "expires_at"],
    ["a plain http return URL", { url: { return_url: "http://shop.example/r" } }, "url.return_url"],
    ["a localhost callback", { url: { callback_url: "https://localhost/h" } }, "url.callback_url"],
  ];
  it.each(bad)("refuses %s, naming the field", (_, body, field) => {
    const { errors } = terms(body);
    expect(errors.map((error) => error.field)).toEqual([field]);
    expect(errors[0]?.pointer).toBe(`/${field.replace(".", "/")}`);
  });

  it("accepts an expiry of exactly 30 days", () => {
    const expires = new Date(now + MAX_LINK_LIFETIME_MS).toISOString();
    expect(terms({ expires_at: expires }).errors).toEqual([]);
  });
});
