/** Bad input always gets a problem+json naming the field at fault, never a 500, and stores nothing. */
import { describe, expect, it } from "vitest";
import { api, call, OTHER_KEY, sessionBody } from "../helpers";

const order = sessionBody().order;
const withOrder = (change: Record<string, unknown>) => sessionBody({ order: { ...order, ...change } });

describe("POST /v1/sessions with bad bodies", () => {
  const cases: [string, unknown, number, string][] = [
    ["an empty object", {}, 422, "order"],
    ["a JSON array", [], 422, "body"],
    ["JSON null", null, 422, "body"],
    ["an amount as a string", withOrder({ amount: "29990" }), 422, "order.amount"],
    ["a zero amount", withOrder({ amount: 0 }), 422, "order.amount"],
    ["a negative amount", withOrder({ amount: -5 }), 422, "order.amount"],
    ["a fractional amount", withOrder({ amount: 10.5 }), 422, "order.amount"],
    ["a huge amount", withOrder({ amount: 1e15 }), 422, "order.amount"],
    ["an unsupported currency", withOrder({ currency: "USD" }), 422, "order.currency"],
    ["a lower-case currency", withOrder({ currency: "nok" }), 422, "order.currency"],
    ["no merchant reference", { order: { amount: 100, currency: "NOK" } }, 422, "order.merchant_reference"],
    ["a blank merchant reference", withOrder({ merchant_reference: "   " }), 422, "order.merchant_reference"],
    ["a misspelt field", withOrder({ ammount: 5 }), 422, "order.ammount"],
    ["an unknown top-level field", sessionBody({ foo: 1 }), 422, "foo"],
    ["a return URL that is not a URL", sessionBody({ url: { return_url: "not a url" } }), 422, "url.return_url"],
    ["a javascript: return URL", sessionBody({ url: { return_url: "javascript:alert(1)" } }), 422, "url.return_url"],
    ["a protocol-relative return URL", sessionBody({ url: { return_url: "//evil.example/x" } }), 422, "url.return_url"],
    ["an http callback on the internet", sessionBody({ url: { callback_url: "http://shop.example/h" } }), 422, "url.callback_url"],
    ["a phone number without +", sessionBody({ customer: { phone_number: "4799999999" } }), 422, "customer.phone_number"],
    ["a Norwegian number one digit short", sessionBody({ customer: { phone_number: "+47 999 99 99" } }), 422, "customer.phone_number"],
    ["a phone number with letters", sessionBody({ customer: { phone_number: "+47 999 99 999 ext 2" } }), 422, "customer.phone_number"],
    [
      "a phone number too long to be typed",
      sessionBody({ customer: { phone_number: `+47 ${" ".repeat(40)}99999999` } }),
      422,
      "customer.phone_number",
    ],
    ["more than Vipps takes", sessionBody({ provider: "vipps", order: { ...order, amount: 65_000_001 } }), 422, "order.amount"],
    ["an e-mail that is not one", sessionBody({ customer: { email: "nope" } }), 422, "customer.email"],
    ["an expiry that is not a date", sessionBody({ expires_at: "tomorrow" }), 422, "expires_at"],
    ["an expiry in 31 days", sessionBody({ expires_at: new Date(Date.now() + 31 * 86_400_000).toISOString() }), 422, "expires_at"],
    ["an unknown provider", sessionBody({ provider: "paypal" }), 422, "provider"],
    ["an unknown payment method", sessionBody({ payment_method: "swish" }), 422, "payment_method"],
    ["MobilePay for NOK", sessionBody({ payment_method: "mobilepay" }), 422, "payment_method"],
    ["metadata that is not an object", sessionBody({ metadata: [1] }), 422, "metadata"],
    ["metadata with nested objects", sessionBody({ metadata: { a: { b: 1 } } }), 422, "metadata.a"],
    [
      "metadata with too many keys",
      sessionBody({ metadata: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, i])) }),
      422,
      "metadata",
    ],
  ];

  it.each(cases)("refuses %s", async (_, body, status, field) => {
    const response = await api("/v1/sessions", { body: JSON.stringify(body) });
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await response.json()) as { errors: { field: string }[]; detail: string; type: string; title: string };
    expect(problem.errors.map((error) => error.field)).toContain(field);
    expect(problem.detail).toContain(field);
    expect(problem.type).toMatch(/^\/problems\//);
    expect(problem.title).toBeTruthy();
  });

  it("says why a phone number makes no sense, and what the provider's limit is", async () => {
    const short = await api("/v1/sessions", { body: sessionBody({ customer: { phone_number: "9999 999" } }) });
    expect(((await short.json()) as { detail: string }).detail).toBe(
      "customer.phone_number: not a phone number: a Norwegian number has 8 digits after +47",
    );
    const big = await api("/v1/sessions", { body: sessionBody({ provider: "vipps", order: { ...order, amount: 65_000_001 } }) });
    expect(((await big.json()) as { detail: string }).detail).toBe("order.amount: vipps takes at most 65000000 (minor units)");
  });

  it.each([
    ["malformed JSON", "application/json", '{"order": ', 400],
    ["another content type", "text/plain", JSON.stringify(sessionBody()), 415],
    ["an empty body", "application/json", "", 400],
    ["a body over 32 KiB", "application/json", JSON.stringify(sessionBody({ metadata: { a: "x".repeat(40_000) } })), 413],
  ])("refuses %s", async (_, type, body, status) => {
    const response = await api("/v1/sessions", { body, headers: { "content-type": type } });
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors[0]?.field).toMatch(/^(body|content-type)$/);
  });

  it("refuses invalid UTF-8", async () => {
    const response = await call("/v1/sessions", {
      method: "POST",
      headers: { authorization: "Bearer sk_test_local", "content-type": "application/json" },
      body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    });
    expect(response.status).toBe(400);
  });

  it("refuses a provider whose only account belongs to the other world (a live merchant, a test account)", async () => {
    const response = await api("/v1/sessions", { key: "sk_live_local", body: sessionBody({ provider: "dintero" }) });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ errors: [{ field: "provider", detail: "dintero is not configured for this gateway" }] });
  });

  it("applies the other merchant's allowed hosts and refuses it localhost", async () => {
    const ok = await api("/v1/sessions", { key: OTHER_KEY, body: sessionBody({ url: { return_url: "https://pay.shop.example/r" } }) });
    expect(ok.status).toBe(201);
    const elsewhere = await api("/v1/sessions", { key: OTHER_KEY, body: sessionBody({ url: { return_url: "https://evil.example/r" } }) });
    expect(elsewhere.status).toBe(422);
    const local = await api("/v1/sessions", { key: OTHER_KEY, body: sessionBody({ url: { callback_url: "http://127.0.0.1/h" } }) });
    expect(local.status).toBe(422);
  });
});

describe("other endpoints with bad input", () => {
  it.each([
    ["GET", "/p/short"],
    ["GET", "/p/0OIl0OIl0OIl0O/status"],
    ["GET", "/p/7Hq2xZk9PwR4mB"],
    ["POST", "/p/7Hq2xZk9PwR4mB/go"],
    ["GET", "/r/7Hq2xZk9PwR4mB-1"],
    ["GET", "/r/%00"],
    ["GET", "/sandbox/pay/sbx_nope"],
    ["POST", "/sandbox/pay/sbx_nope"],
    ["GET", "/v1/providers/paypal/callback"],
    ["GET", "/v1/sessions"],
    ["DELETE", "/v1/sessions/ps_7Hq2xZk9PwR4mB"],
  ])("%s %s answers 4xx", async (method, path) => {
    const response = await call(path, { method });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it("refuses a sandbox decision that is not one", async () => {
    const response = await call("/sandbox/pay/sbx_123456789ABCDEFGHJKL", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "decision=steal",
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ errors: [{ field: "decision" }] });
  });
});
