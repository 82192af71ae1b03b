/** Rate limits: per client address on public endpoints (the real binding, simulated by workerd), per merchant on the API. */
import { describe, expect, it } from "vitest";
import { Problem } from "../../../src/http/problem";
import { limitRate } from "../../../src/http/rate-limit";
import { call } from "../helpers";

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
