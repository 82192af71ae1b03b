/** The payment links' merchant API: create (fixed and open amounts), problems, idempotency, the list, owners, deactivate and activate. */
import { describe, expect, it } from "vitest";
import { api, createLink, linkBody, linkDetail, ORIGIN, OTHER_KEY, receiver } from "../helpers";

describe("POST /v1/links", () => {
  it("creates a fixed-amount link: its URL with a short code, its QR code, active, every count 0", async () => {
    const response = await api("/v1/links", { body: linkBody({ max_payments: 3, metadata: { poster: "hall-b" } }) });
    expect(response.status).toBe(201);
    const link = (await response.json()) as Record<string, unknown>;
    expect(link.id).toMatch(/^pl_[1-9A-HJ-NP-Za-km-z]{22}$/);
    expect(response.headers.get("location")).toBe(`/v1/links/${link.id}`);
    expect(link.url).toMatch(new RegExp(`^${ORIGIN}/l/[1-9A-HJ-NP-Za-km-z]{14}$`));
    expect(link.qr_url).toBe(`${link.url}/qr.svg`);
    expect(link).toMatchObject({
      active: true,
      amount: 5000,
      min_amount: null,
      max_amount: null,
      currency: "NOK",
      description: "Coffee",
      merchant_reference: "CAFE",
      max_payments: 3,
      expires_at: null,
      session_urls: { return_url: null, callback_url: null },
      metadata: { poster: "hall-b" },
      counts: { opened: 0, sessions_started: 0, paid: 0, amount_paid: 0 },
    });
    // The id is not made of the code.
    const code = String(link.url).split("/l/")[1] ?? "";
    expect(String(link.id)).not.toContain(code.slice(0, 5));
    expect(await linkDetail(String(link.id))).toEqual(link);
  });

  it("creates an open-amount link with its bounds, an expiry and the sessions' URLs", async () => {
    const expires = new Date(Date.now() + 86_400_000).toISOString();
    const link = await createLink({
      amount: null,
      min_amount: 1000,
      max_amount: 50000,
      expires_at: expires,
      url: { return_url: "https://shop.example/thanks", callback_url: receiver("/links/api") },
      locale: "nb",
      capture: "automatic",
    });
    expect(link).toMatchObject({
      amount: null,
      min_amount: 1000,
      max_amount: 50000,
      expires_at: expires,
      locale: "nb",
      capture: "automatic",
      session_urls: { return_url: "https://shop.example/thanks", callback_url: receiver("/links/api") },
    });
  });

  it.each([
    [{ amount: 5000, min_amount: 100 }, "min_amount", "only with amount: null"],
    [{ amount: null, min_amount: 2000, max_amount: 1000 }, "max_amount", "must be at least min_amount"],
    [{ amount: 0 }, "amount", ""],
    [{ amount: undefined }, "amount", ""],
    [{ currency: "SEK" }, "currency", ""],
    [{ merchant_reference: "x".repeat(91) }, "merchant_reference", ""],
    [{ max_payments: 0 }, "max_payments", ""],
    [{ expires_at: "2020-01-01T00:00:00Z" }, "expires_at", "must be at least a minute from now"],
    [{ url: { callback_url: "https://10.0.0.1/hook" } }, "url.callback_url", "must not point to a private address"],
    [{ amount: 100_000_001 }, "amount", ""],
    [{ extra: 1 }, "extra", "unknown field"],
  ])("refuses %j naming %s", async (overrides, field, detail) => {
    const response = await api("/v1/links", { body: linkBody(overrides) });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await response.json()) as { errors: { field: string; detail: string }[] };
    expect(problem.errors.map((error) => error.field)).toContain(field);
    if (detail) expect(problem.errors.find((error) => error.field === field)?.detail).toBe(detail);
  });

  it("holds a merchant to its allowed hosts, as for sessions", async () => {
    const response = await api("/v1/links", { body: linkBody({ url: { return_url: "https://elsewhere.example/x" } }), key: OTHER_KEY });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ errors: [{ field: "url.return_url", detail: "host is not allowed for this merchant" }] });
  });

  it("replays the answer to the same Idempotency-Key: one link", async () => {
    const headers = { "idempotency-key": `link-${Date.now()}` };
    const first = await api("/v1/links", { body: linkBody(), headers });
    const again = await api("/v1/links", { body: linkBody(), headers });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(((await again.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
    const other = await api("/v1/links", { body: linkBody({ amount: 6000 }), headers });
    expect(other.status).toBe(422);
  });
});

describe("GET /v1/links/{id}", () => {
  it("is the owner's alone: another merchant, an unknown id and a malformed one get 404", async () => {
    const link = await createLink();
    expect((await api(`/v1/links/${link.id}`, { key: OTHER_KEY })).status).toBe(404);
    expect((await api(`/v1/links/${link.id}/deactivate`, { method: "POST", key: OTHER_KEY })).status).toBe(404);
    expect((await api("/v1/links/pl_5fXqJ8cLr2WmZ9tB3kVhN4")).status).toBe(404);
    expect((await api("/v1/links/ps_5fXqJ8cLr2WmZ9tB3kVhN4")).status).toBe(404);
    expect((await linkDetail(link.id)).active).toBe(true);
  });
});

describe("GET /v1/links", () => {
  it("pages through the merchant's links, newest first, each once, and none of another merchant's", async () => {
    const mine = [await createLink(), await createLink(), await createLink()];
    const theirs = await createLink({}, OTHER_KEY);
    const seen: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 100; page++) {
      const response = await api(`/v1/links?limit=2${after ? `&starting_after=${after}` : ""}`);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: { id: string }[]; has_more: boolean };
      expect(body.data.length).toBeLessThanOrEqual(2);
      seen.push(...body.data.map((link) => link.id));
      if (!body.has_more) break;
      after = body.data.at(-1)?.id;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).not.toContain(theirs.id);
    const order = mine.map((link) => seen.indexOf(link.id));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  it("defaults to 20 a page and refuses a limit out of bounds, naming it", async () => {
    for (let i = 0; i < 21; i++) await createLink();
    const response = await api("/v1/links");
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: unknown[] }).data).toHaveLength(20);
    for (const query of ["limit=0", "limit=101", "limit=x", "starting_after=nope"]) {
      const refused = await api(`/v1/links?${query}`);
      expect(refused.status, query).toBe(422);
      expect(((await refused.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe(query.split("=")[0]);
    }
  });
});

describe("POST /v1/links/{id}/deactivate and /activate", () => {
  it("stop and resume the link, the same however often asked", async () => {
    const link = await createLink();
    for (let i = 0; i < 2; i++) {
      const response = await api(`/v1/links/${link.id}/deactivate`, { method: "POST" });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { active: boolean }).active).toBe(false);
    }
    expect((await linkDetail(link.id)).active).toBe(false);
    const activated = await api(`/v1/links/${link.id}/activate`, { method: "POST", headers: { "idempotency-key": `act-${link.id}` } });
    expect(((await activated.json()) as { active: boolean }).active).toBe(true);
    const replayed = await api(`/v1/links/${link.id}/activate`, { method: "POST", headers: { "idempotency-key": `act-${link.id}` } });
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
    expect((await linkDetail(link.id)).active).toBe(true);
  });
});
