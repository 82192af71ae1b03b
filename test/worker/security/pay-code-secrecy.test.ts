/**
 * The pay code opens its link (whoever holds it can watch the payment and pay), so it goes to the
 * merchant (in `pay_url`) and from the merchant to its customer, and nowhere else: the session id
 * is its one-way hash, the provider is given the session's key, the merchant's return URL (which
 * reaches shop analytics) carries the id, and no log line holds it.
 */
import { describe, expect, it, vi } from "vitest";
import { sessionIdOf } from "../../../src/domain/ids";
import { call, createSession, location, payInSandbox, sandboxStub } from "../helpers";

describe("the pay code goes nowhere but the pay link", () => {
  it("not in the session id, the provider's payment, the return to the merchant, or a log line", async () => {
    const lines: string[] = [];
    for (const level of ["log", "warn", "error"] as const) vi.spyOn(console, level).mockImplementation((line: string) => lines.push(line));
    const session = await createSession({ url: { return_url: "http://localhost:3000/return" } });
    expect(session.id).toBe(await sessionIdOf(session.code));
    expect(session.id).not.toContain(session.code);

    const { providerUrl, returnUrl, back } = await payInSandbox(session.code, "approve");
    const sandboxId = new URL(providerUrl).pathname.split("/").at(-1) ?? "";
    expect(providerUrl).not.toContain(session.code);
    expect(new URL(returnUrl).pathname).toBe(`/r/${session.sessionKey}-1`);
    expect(returnUrl).not.toContain(session.code);
    expect(JSON.stringify(await sandboxStub(sandboxId).get())).not.toContain(session.code);
    const merchantReturn = location(back);
    expect(new URL(merchantReturn).searchParams.get("session_id")).toBe(session.id);
    expect(merchantReturn).not.toContain(session.code);

    // The pay page's way back to the shop goes through the session's key, not the code.
    const page = await (await call(`/p/${session.code}`)).text();
    expect(page).toContain(`href="/r/${session.sessionKey}"`);
    expect(page.match(new RegExp(session.code, "g"))?.length, "the page's own URLs name its code").toBeGreaterThan(0);
    expect(page).not.toContain(`/r/${session.code}`);

    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toContain(session.code);
    vi.restoreAllMocks();
  });

  it("the old forms that held the code lead nowhere: /r/<code>, /r/<code>-1, ps_<code>", async () => {
    const session = await createSession();
    expect((await call(`/r/${session.code}`)).status).toBe(404);
    expect((await call(`/r/${session.code}-1`)).status).toBe(404);
    const response = await call(`/v1/sessions/ps_${session.code}`, { headers: { authorization: "Bearer sk_test_local" } });
    expect(response.status).toBe(404);
  });
});
