/**
 * The pages' `form-action`: their own origin, and for the pay page exactly where its form's 303 may
 * lead (the provider's origins and app schemes, as the redirect policy allows them). That Chromium
 * follows the 303 under it is held by the browser tests (`test/node/browser-flow.test.ts`).
 */
import { describe, expect, inject, it } from "vitest";
import { call, createSession } from "../helpers";

const formAction = (response: Response) =>
  (response.headers.get("content-security-policy") ?? "").split("; ").find((directive) => directive.startsWith("form-action "));

describe("form-action", () => {
  it("a sandbox session's pay page: its own origin only", async () => {
    const session = await createSession();
    expect(formAction(await call(`/p/${session.code}`))).toBe("form-action 'self'");
  });

  it("a Vipps session's pay page: its own origin, Vipps' configured origin, domains and app schemes", async () => {
    const session = await createSession({ provider: "vipps" });
    const directive = formAction(await call(`/p/${session.code}`)) ?? "";
    const sources = directive.split(" ").slice(1);
    expect(sources).toEqual(
      expect.arrayContaining(["'self'", `http://127.0.0.1:${inject("fakeVippsPort")}`, "https://*.vipps.no", "vipps:", "mobilepay:"]),
    );
    expect(sources).not.toContain("https:");
    expect(sources).not.toContain("https://*.dintero.com");
  });

  it("pages without a form: their own origin only", async () => {
    expect(formAction(await call("/p/0000000000000a"))).toBe("form-action 'self'");
  });
});
