/** GET / tells a person what the gateway is and where its API is described; other unknown paths stay 404 problems. */
import { describe, expect, it } from "vitest";
import { call, ORIGIN } from "../helpers";

describe("GET /", () => {
  it("answers 200 plain text naming the gateway and its OpenAPI document", async () => {
    const response = await call("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const text = await response.text();
    expect(text.split("\n")[0]).toBe("paylink, an edge redirect gateway for mobile payments.");
    expect(text).toContain(`${ORIGIN}/openapi.json`);
    expect(text).toContain("README.md");
  });

  it("answers HEAD as GET, without a body", async () => {
    const response = await call("/", { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });

  it.each([
    ["POST", "/"],
    ["DELETE", "/"],
    ["GET", "/index.html"],
    ["GET", "/v1"],
    ["GET", "/nothing/here"],
  ])("%s %s stays a problem+json 404", async (method, path) => {
    const response = await call(path, { method });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 404, type: "/problems/not-found" });
  });
});
