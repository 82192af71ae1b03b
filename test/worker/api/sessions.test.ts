/** The merchant API: creating, reading and cancelling sessions, with keys and tenants kept apart. */
import { describe, expect, it } from "vitest";
import { sessionIdOf } from "../../../src/domain/ids";
import { DEFAULT_LINK_LIFETIME_MS } from "../../../src/domain/session-rules";
import { api, call, createSession, LOCAL_KEY, ORIGIN, OTHER_KEY, sessionBody } from "../helpers";

describe("POST /v1/sessions", () => {
  it("answers 201 with the session and a short pay URL", async () => {
    const before = Date.now();
    const response = await api("/v1/sessions", {
      body: sessionBody({ metadata: { cart: "c-19" }, customer: { phone_number: "+4799999999" } }),
    });
    expect(response.status).toBe(201);
    const session = (await response.json()) as Record<string, unknown> & { pay_url: string; id: string; expires_at: string };
    expect(session).toMatchObject({
      status: "open",
      order: { amount: 29990, currency: "NOK", merchant_reference: "ORDER123", description: "Two tickets" },
      provider: "sandbox",
      payment_method: "vipps",
      customer: { phone_number: "+4799999999" },
      metadata: { cart: "c-19" },
      transaction_id: null,
      attempts: [],
    });
    const code = session.pay_url.replace(`${ORIGIN}/p/`, "");
    expect(code.length).toBeLessThanOrEqual(16);
    // The id is the code's one-way hash: it tells nothing of the code, which opens the link.
    expect(session.id).toBe(await sessionIdOf(code));
    expect(session.id).not.toContain(code);
    expect(response.headers.get("location")).toBe(`/v1/sessions/${session.id}`);
    const lifetime = Date.parse(session.expires_at) - before;
    expect(lifetime).toBeGreaterThanOrEqual(DEFAULT_LINK_LIFETIME_MS - 1000);
    expect(lifetime).toBeLessThanOrEqual(DEFAULT_LINK_LIFETIME_MS + 5000);
    expect(Date.parse(session.created_at as string)).toBeGreaterThanOrEqual(before - 1000);
  });

  it("takes the link lifetime the merchant asks for", async () => {
    const expires = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const session = await createSession({ expires_at: expires });
    expect(session.expires_at).toBe(expires);
  });

  it.each([
    ["+47 999 99 999", "NOK", "+4799999999"],
    ["004799999999", "NOK", "+4799999999"],
    ["+4799999999", "NOK", "+4799999999"],
    ["99999999", "NOK", "+4799999999"],
    ["12-34-56-78", "DKK", "+4512345678"],
    ["(040) 123.4567", "EUR", "+358401234567"],
    ["+46 (0)70 123 45 67", "EUR", "+46701234567"],
  ])("stores and answers the phone number %j (an order in %s) as %s", async (typed, currency, e164) => {
    const payment_method = currency === "NOK" ? "vipps" : "mobilepay";
    const session = await createSession({
      order: { ...sessionBody().order, currency },
      payment_method,
      customer: { phone_number: typed },
    });
    expect(session.customer).toEqual({ phone_number: e164 });
    const read = await api(`/v1/sessions/${session.id}`);
    expect(((await read.json()) as { customer: unknown }).customer).toEqual({ phone_number: e164 });
  });

  it("gives every session its own pay code", async () => {
    const sessions = await Promise.all(Array.from({ length: 20 }, () => createSession()));
    expect(new Set(sessions.map((session) => session.code)).size).toBe(20);
  });
});

describe("authentication", () => {
  it.each([
    ["no header", {}],
    ["an unknown key", { authorization: "Bearer sk_test_nope" }],
    ["a key without its prefix", { authorization: "Bearer local" }],
    ["another scheme", { authorization: `Basic ${LOCAL_KEY}` }],
    ["a live-looking key with a test key's secret", { authorization: "Bearer sk_live_local_x" }],
  ])("answers 401 to %s", async (_, headers) => {
    const response = await call("/v1/sessions", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(sessionBody()),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect(await response.json()).toMatchObject({ status: 401, errors: [{ field: "authorization" }] });
  });

  it("serves a live merchant with its live key", async () => {
    const response = await api("/v1/sessions", { key: "sk_live_local", body: sessionBody() });
    expect(response.status).toBe(201);
  });
});

describe("GET /v1/sessions/{id}", () => {
  it("returns the session with its attempts and history", async () => {
    const created = await createSession();
    const response = await api(`/v1/sessions/${created.id}`);
    expect(response.status).toBe(200);
    const session = (await response.json()) as { events: { type: string }[] };
    expect(session).toMatchObject({ id: created.id, status: "open", attempts: [] });
    expect(session.events.map((event) => event.type)).toEqual(["session.created"]);
  });

  it("does not show one merchant's session to another", async () => {
    const created = await createSession();
    const response = await api(`/v1/sessions/${created.id}`, { key: OTHER_KEY });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 404 });
  });

  it.each(["ps_", "ps_0OIl0OIl0OIl0O", "nope", "ps_7Hq2xZk9PwR4mB"])("answers 404 for %j", async (id) => {
    const response = await api(`/v1/sessions/${id}`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("POST /v1/sessions/{id}/cancel", () => {
  it("cancels an open session, then refuses to cancel it again", async () => {
    const created = await createSession();
    const response = await api(`/v1/sessions/${created.id}/cancel`, { method: "POST" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: created.id, status: "cancelled" });
    const again = await api(`/v1/sessions/${created.id}/cancel`, { method: "POST" });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ status: 409, detail: "status: the session is cancelled." });
    const status = await call(`/p/${created.code}/status`);
    expect(await status.json()).toMatchObject({ status: "cancelled" });
  });

  it("does not let another merchant cancel", async () => {
    const created = await createSession();
    const response = await api(`/v1/sessions/${created.id}/cancel`, { method: "POST", key: OTHER_KEY });
    expect(response.status).toBe(404);
    const status = await call(`/p/${created.code}/status`);
    expect(await status.json()).toMatchObject({ status: "open" });
  });
});
