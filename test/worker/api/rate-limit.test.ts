/**
 * Rate limits: per client address on public endpoints, on provider callbacks and on failed API
 * keys (the real bindings, simulated by workerd), per merchant on the API. An IPv6 client is
 * counted by its /64.
 */
import { describe, expect, it } from "vitest";
import { Problem } from "../../../src/http/problem";
import { limitRate } from "../../../src/http/rate-limit";
import { api, call, createLink, LOCAL_KEY } from "../helpers";

/** Sends `send(i)` until it is answered 429 (or `most` times); returns the 429 and how many came before it. */
async function untilRefused(most: number, send: (i: number) => Promise<Response>): Promise<{ refused: Response | null; before: number }> {
  for (let i = 0; i < most; i++) {
    const response = await send(i);
    if (response.status === 429) return { refused: response, before: i };
    await response.body?.cancel();
  }
  return { refused: null, before: most };
}

async function expectRateLimited(response: Response | null): Promise<void> {
  expect(response, "no 429").not.toBeNull();
  expect(response?.headers.get("retry-after")).toBe("60");
  expect(response?.headers.get("content-type")).toBe("application/problem+json");
  expect(await response?.json()).toMatchObject({ status: 429, errors: [{ field: "rate" }] });
}

/** The limiter counts in windows of a minute: a run that crosses into the next one may get up to twice the limit. */
function expectLimit(before: number, limit: number): void {
  expect(before).toBeGreaterThanOrEqual(limit);
  expect(before).toBeLessThanOrEqual(2 * limit);
}

/** A /64 of the IPv6 documentation prefix no other test uses. */
const fresh64 = () => `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}`;

describe("per client address on public endpoints", () => {
  it("answers 429 with Retry-After past 300 a minute from one address, and serves other addresses", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    let refused: Response | null = null;
    for (let i = 0; i < 400 && !refused; i++) {
      const response = await call("/v1/device", { headers: { "cf-connecting-ip": address } });
      if (response.status === 429) refused = response;
      else expect(response.status).toBe(200);
    }
    expect(refused).not.toBeNull();
    expect(refused?.headers.get("retry-after")).toBe("60");
    expect(refused?.headers.get("content-type")).toBe("application/problem+json");
    expect(await refused?.json()).toMatchObject({ status: 429, errors: [{ field: "rate" }] });
    expect((await call("/p/7Hq2xZk9PwR4mB", { headers: { "cf-connecting-ip": address } })).status).toBe(429);
    expect((await call("/v1/device", { headers: { "cf-connecting-ip": "192.0.2.1" } })).status).toBe(200);
  });
});

describe("an IPv6 client, by its /64", () => {
  it("counts every address of one /64 as one client, and serves the next /64", async () => {
    const prefix = fresh64();
    const { refused, before } = await untilRefused(700, (i) =>
      call("/v1/device", { headers: { "cf-connecting-ip": `${prefix}:${(i + 1).toString(16)}::${(i * 7).toString(16)}` } }),
    );
    await expectRateLimited(refused);
    expectLimit(before, 300);
    expect((await call("/v1/device", { headers: { "cf-connecting-ip": `${prefix}:ffff:ffff:ffff:ffff` } })).status).toBe(429);
    expect((await call("/v1/device", { headers: { "cf-connecting-ip": `${fresh64()}::1` } })).status).toBe(200);
  }, 30_000);
});

describe("failed API keys, per client address", () => {
  const address = () => `192.0.2.${Math.floor(Math.random() * 250) + 1}`;

  it("answers 429 past 20 a minute, then refuses even the right key from there; other addresses are served", async () => {
    const from = `${fresh64()}::1`;
    const { refused, before } = await untilRefused(100, (i) =>
      api("/v1/sessions/ps_unknown", { key: i % 2 ? `sk_test_guess${i}` : "", headers: { "cf-connecting-ip": from } }),
    );
    await expectRateLimited(refused);
    expectLimit(before, 20);
    await expectRateLimited(await api("/v1/sessions/ps_unknown", { key: LOCAL_KEY, headers: { "cf-connecting-ip": from } }));
    await expectRateLimited(await call("/v1/sessions/ps_unknown", { headers: { "cf-connecting-ip": from.replace(/1$/, "2") } }));
    expect((await api("/v1/sessions/ps_unknown", { key: LOCAL_KEY, headers: { "cf-connecting-ip": address() } })).status).toBe(404);
  });

  it("does not count the merchant's own calls", async () => {
    const from = address().replace(/^192\.0\.2/, "198.18.1");
    for (let i = 0; i < 60; i++) {
      const response = await api("/v1/sessions/ps_unknown", { key: LOCAL_KEY, headers: { "cf-connecting-ip": from } });
      expect(response.status).toBe(404);
      await response.body?.cancel();
    }
    expect((await api("/v1/sessions/ps_unknown", { key: "sk_test_wrong", headers: { "cf-connecting-ip": from } })).status).toBe(401);
  });
});

describe("provider callbacks, per client address", () => {
  it("answers forged callbacks from one address 429 past the limit, and serves other addresses", async () => {
    const from = `198.18.2.${Math.floor(Math.random() * 250) + 1}`;
    const forged = (address: string, provider = "dintero") =>
      call(`/v1/providers/${provider}/callback/mer_local?transaction_id=T1`, { method: "POST", headers: { "cf-connecting-ip": address } });
    const { refused, before } = await untilRefused(2100, () => forged(from));
    await expectRateLimited(refused);
    expectLimit(before, 1000);
    expect((await forged(from, "vipps")).status).toBe(429);
    expect((await forged("198.18.3.1")).status).toBe(401);
  }, 30_000);
});

describe("per merchant on the API", () => {
  it("refuses with a 429 problem when the merchant's limiter says no", async () => {
    const seen: string[] = [];
    const limiter: RateLimit = {
      limit: async ({ key }) => {
        seen.push(key);
        return { success: false };
      },
    };
    const error = await limitRate(limiter, "mer_local").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Problem);
    const response = (error as Problem).toResponse();
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(seen).toEqual(["mer_local"]);
  });
});

describe("per client address on payments started on payment links", () => {
  it("answers 429 past 10 starts a minute from one address, while its GETs and other addresses go on", async () => {
    const link = await createLink();
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const { refused, before } = await untilRefused(40, () =>
      call(`/l/${link.code}`, {
        method: "POST",
        headers: { "cf-connecting-ip": address, "content-type": "application/x-www-form-urlencoded" },
        body: "",
      }),
    );
    await expectRateLimited(refused);
    expectLimit(before, 10);
    expect((await call(`/l/${link.code}`, { headers: { "cf-connecting-ip": address } })).status).toBe(200);
    const other = await call(`/l/${link.code}`, {
      method: "POST",
      headers: { "cf-connecting-ip": "192.0.2.77", "content-type": "application/x-www-form-urlencoded" },
      body: "",
    });
    expect(other.status).toBe(303);
  });
});
