/** The rules a new session must meet beyond its schema. */
import { describe, expect, it } from "vitest";
import { DEFAULT_LINK_LIFETIME_MS, MAX_LINK_LIFETIME_MS, sessionTerms } from "../../../src/domain/session-rules";
import { VIPPS_MAX_AMOUNT } from "../../../src/schemas/limits";
import { CreateSessionSchema } from "../../../src/schemas/session";
import { merchant } from "./fixtures";

const now = Date.parse("2026-11-22T12:00:00Z");
const onlySandbox = (name: string) => (name === "sandbox" ? { currency: null } : { refused: `${name} is not configured for this gateway` });
const every = () => ({ currency: null });

function terms(body: Record<string, unknown>) {
  const input = CreateSessionSchema.parse({ order: { amount: 100, currency: "NOK", merchant_reference: "R" }, ...body });
  return sessionTerms(input, merchant(), now, onlySandbox);
}

describe("sessionTerms", () => {
  it("defaults provider, payment method and a 24 hour lifetime", () => {
    expect(terms({})).toEqual({
      terms: { provider: "sandbox", paymentMethod: "vipps", expiresAt: now + DEFAULT_LINK_LIFETIME_MS, customer: {} },
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
    ["a national phone number of the wrong length", { customer: { phone_number: "12 34 56 78 9" } }, "customer.phone_number"],
  ];
  it.each(bad)("refuses %s, naming the field", (_, body, field) => {
    const { errors } = terms(body);
    expect(errors.map((error) => error.field)).toEqual([field]);
    expect(errors[0]?.pointer).toBe(`/${field.replace(".", "/")}`);
  });

  it.each([
    ["NOK", "999 99 999", "+4799999999"],
    ["DKK", "12 34 56 78", "+4512345678"],
    ["EUR", "040 123 4567", "+358401234567"],
    ["EUR", "+47 999 99 999", "+4799999999"],
  ])("places a phone number of an order in %s: %j is %s", (currency, typed, e164) => {
    const input = CreateSessionSchema.parse({
      order: { amount: 100, currency, merchant_reference: "R" },
      customer: { phone_number: typed, email: "kari@example.com" },
    });
    const { terms, errors } = sessionTerms(input, merchant(), now, onlySandbox);
    expect(errors).toEqual([]);
    expect(terms.customer).toEqual({ phone_number: e164, email: "kari@example.com" });
  });

  it.each([
    ["sandbox", VIPPS_MAX_AMOUNT + 1, []],
    ["dintero", VIPPS_MAX_AMOUNT + 1, []],
    ["vipps", VIPPS_MAX_AMOUNT, []],
    ["vipps", VIPPS_MAX_AMOUNT + 1, ["order.amount"]],
  ])("with %s takes %d minor units? (fields at fault: %j)", (provider, amount, fields) => {
    const input = CreateSessionSchema.parse({ order: { amount, currency: "NOK", merchant_reference: "R" }, provider });
    const { errors } = sessionTerms(input, merchant(), now, every);
    expect(errors.map((error) => error.field)).toEqual(fields);
  });

  it.each([
    ["NOK", "NOK", []],
    ["DKK", "DKK", []],
    ["EUR", "EUR", []],
    ["NOK", "DKK", ["order.currency"]],
    ["DKK", "EUR", ["order.currency"]],
    ["EUR", "NOK", ["order.currency"]],
  ])("with Vipps for a sales unit in %s takes %s? (fields at fault: %j)", (unit, currency, fields) => {
    const input = CreateSessionSchema.parse({ order: { amount: 100, currency, merchant_reference: "R" }, provider: "vipps" });
    const { errors } = sessionTerms(input, merchant(), now, (name) => ({ currency: name === "vipps" ? unit : null }));
    expect(errors.map((error) => error.field)).toEqual(fields);
    expect(errors[0]?.detail ?? "").toMatch(fields.length ? `vipps takes only ${unit}` : "");
  });

  it.each(["sandbox", "dintero"])("with %s takes any of the currencies", (provider) => {
    for (const currency of ["NOK", "DKK", "EUR"]) {
      const input = CreateSessionSchema.parse({ order: { amount: 100, currency, merchant_reference: "R" }, provider });
      expect(sessionTerms(input, merchant(), now, every).errors).toEqual([]);
    }
  });

  it("accepts an expiry of exactly 30 days", () => {
    const expires = new Date(now + MAX_LINK_LIFETIME_MS).toISOString();
    expect(terms({ expires_at: expires }).errors).toEqual([]);
  });
});
