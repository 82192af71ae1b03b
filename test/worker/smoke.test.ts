import { exports } from "cloudflare:workers";
import { expect, it } from "vitest";
it("404s unknown paths with a problem", async () => {
  const r = await exports.default.fetch("http://x/nope");
  expect(r.status).toBe(404);
  expect(r.headers.get("content-type")).toBe("application/problem+json");
});
