/**
 * The sandbox where it is off (`SANDBOX_ENABLED = "false"`, as production sets it): its pages and
 * form do not exist (404 problem+json, as any unknown endpoint), its callbacks are not heard, and no
 * merchant is offered it. Where it is on (local development, staging, these tests), all of it works.
 */
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { configOf } from "../../../src/config/config";
import type { Env } from "../../../src/env";
import { call, createSession, go, LOCAL_KEY, location, sandboxStub, sessionBody } from "../helpers";

const off = (): Env => ({ ...env, SANDBOX_ENABLED: "false" });

/** A sandbox payment waiting on its page, started where the sandbox is on. */
async function sandboxPaymentPath(): Promise<{ path: string; id: string }> {
  const session = await createSession();
  const path = new URL(location(await go(session.code))).pathname;
  return { path, id: path.split("/").at(-1) ?? "" };
}

describe("the sandbox where it is off", () => {
  it("answers its page, its app and its form 404 problem+json, as an unknown endpoint, and decides nothing", async () => {
    const { path, id } = await sandboxPaymentPath();
    const unknown = await (await call("/no-such-endpoint", {}, { env: off() })).json();
    const form = { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "decision=approve" };
    for (const [url, init] of [
      [path, {}],
      [path.replace("/sandbox/pay/", "/sandbox/app/"), {}],
      [path, form],
      ["/sandbox/anything", {}],
    ] as const) {
      const response = await call(url, init, { env: off() });
      expect(response.status, url).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(await response.json()).toEqual(unknown);
    }
    expect((await sandboxStub(id).get())?.status).toBe("CREATED");
  });

  it("serves the same page and form where it is on", async () => {
    const { path } = await sandboxPaymentPath();
    const page = await call(path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("TEST · SANDBOX");
  });

  it("is offered to no merchant: a test merchant's session on it is a 422 naming provider", async () => {
    const request = (body: unknown): RequestInit => ({
      method: "POST",
      headers: { authorization: `Bearer ${LOCAL_KEY}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    for (const body of [sessionBody(), sessionBody({ provider: "sandbox" })]) {
      const response = await call("/v1/sessions", request(body), { env: off() });
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({
        errors: [{ field: "provider", pointer: "/provider", detail: "the sandbox is off in this environment" }],
      });
    }
    const elsewhere = await call("/v1/sessions", request(sessionBody({ provider: "vipps" })), { env: off() });
    expect(elsewhere.status).toBe(201);
  });

  it("does not hear its callbacks", async () => {
    const response = await call("/v1/providers/sandbox/callback/mer_local?merchant_reference=x", {}, { env: off() });
    expect(response.status).toBe(404);
  });

  it.each([
    [undefined, true],
    ["true", true],
    ["false", false],
  ])("SANDBOX_ENABLED %j: on is %s", (value, on) => {
    expect(configOf({ ...env, SANDBOX_ENABLED: value }).sandboxEnabled).toBe(on);
  });

  it("refuses any other value when the configuration is parsed, naming the variable", () => {
    expect(() => configOf({ ...env, SANDBOX_ENABLED: "off" })).toThrow(/SANDBOX_ENABLED/);
  });
});
