/** A session's life beyond paying: the merchant cancels it, it expires, webhooks fail and retry. */
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { sessionIdOf } from "../../../src/domain/ids";
import { DELIVERY_WINDOW_MS } from "../../../src/webhooks/retry";
import {
  api,
  call,
  createSession,
  eventually,
  go,
  location,
  received,
  receiver,
  runAlarm,
  sandboxStub,
  sessionDetail,
  sessionStub,
  uniquePath,
  webhooksAt,
} from "../helpers";

describe("the merchant cancels", () => {
  it("ends the pending attempt, closes the link and tells the merchant", async () => {
    const hook = uniquePath("hooks");
    const session = await createSession({ url: { callback_url: receiver(hook) } });
    const providerUrl = location(await go(session.code));
    await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });

    const sandbox = await (await call(new URL(providerUrl).pathname)).text();
    expect(sandbox).toContain("This test payment is cancelled");
    const page = await (await call(`/p/${session.code}`)).text();
    expect(page).toContain('data-view="cancelled"');
    expect((await go(session.code)).headers.get("location")).toBe(`/p/${session.code}`);

    const detail = await sessionDetail(session.id);
    expect(detail.attempts.map((attempt) => attempt.status)).toEqual(["cancelled"]);
    expect(detail.events.map((event) => event.type)).toEqual(["session.created", "attempt.started", "attempt.ended", "session.cancelled"]);
    const [webhook] = await webhooksAt(session.id, hook);
    expect(JSON.parse(webhook?.body ?? "{}")).toMatchObject({ type: "session.cancelled", data: { status: "cancelled" } });
  });

  it("voids an authorization that arrives after the session closed", async () => {
    const session = await createSession();
    const providerUrl = location(await go(session.code));
    const sandboxId = new URL(providerUrl).pathname.split("/").at(-1) ?? "";
    await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE attempts SET status = 'pending'");
    });
    await runInDurableObject(sandboxStub(sandboxId), async (_, state) => {
      await state.storage.put("payment", { ...(await state.storage.get<object>("payment")), status: "AUTHORIZED" });
    });
    await call(`/r/${session.sessionKey}-1`);
    const detail = await sessionDetail(session.id);
    expect(detail.status).toBe("cancelled");
    expect(detail.events.map((event) => event.type)).toContain("attempt.voided");
    expect(await (await call(new URL(providerUrl).pathname)).text()).toContain("This test payment is voided");
  });
});

describe("expiry", () => {
  it("expires an open session by alarm and tells the merchant", async () => {
    const hook = uniquePath("hooks");
    const session = await createSession({ url: { callback_url: receiver(hook) } });
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE session SET expires_at = ?", Date.now() - 1);
    });
    await runAlarm(session.id);
    expect(await (await call(`/p/${session.code}/status`)).json()).toMatchObject({ status: "expired" });
    expect(await (await call(`/p/${session.code}`)).text()).toContain("This link has expired");
    const [webhook] = await webhooksAt(session.id, hook);
    expect(JSON.parse(webhook?.body ?? "{}")).toMatchObject({ type: "session.expired" });
  });

  it("reads the pending attempt first, then expires and ends it at the provider", async () => {
    const session = await createSession();
    const providerUrl = location(await go(session.code));
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE session SET expires_at = ?", Date.now() - 1);
    });
    // Not before the attempt was read: the person may have approved it in time.
    expect(await (await call(`/p/${session.code}/status`)).json()).toMatchObject({ status: "open" });
    await runAlarm(session.id);
    expect(await (await call(`/p/${session.code}/status`)).json()).toMatchObject({ status: "expired" });
    const detail = await sessionDetail(session.id);
    expect(detail.attempts[0]?.status).toBe("cancelled");
    expect(detail.events.map((event) => event.type)).toContain("attempt.ended");
    expect(await (await call(new URL(providerUrl).pathname)).text()).toContain("This test payment is cancelled");
  });

  it("counts a payment approved before the expiry that nobody reported: paid, not expired", async () => {
    const session = await createSession();
    const providerUrl = location(await go(session.code));
    await sandboxStub(new URL(providerUrl).pathname.split("/").at(-1) ?? "").decide("approve");
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE session SET expires_at = ?", Date.now() - 1);
    });
    await runAlarm(session.id);
    expect(await (await call(`/p/${session.code}/status`)).json()).toMatchObject({ status: "paid" });
    expect((await sessionDetail(session.id)).status).toBe("paid");
  });

  it("reports a session past its time as expired even before the alarm runs", async () => {
    const session = await createSession();
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE session SET expires_at = ?", Date.now() - 1);
    });
    expect(await (await call(`/p/${session.code}/status`)).json()).toMatchObject({ status: "expired" });
  });
});

describe("webhook delivery", () => {
  it("records a failed delivery and schedules a retry", async () => {
    const hook = uniquePath("down");
    const session = await createSession({ url: { callback_url: receiver(hook) } });
    await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    await webhooksAt(session.id, hook);
    const event = (await sessionDetail(session.id)).events.find((entry) => entry.type === "session.cancelled");
    expect(event?.delivery?.state).toBe("pending");
    expect(event?.delivery?.attempts[0]?.status).toBe(503);
    expect(event?.delivery?.next_attempt_at).not.toBeNull();
  });

  it("retries until the merchant answers, and sends the same event id and body", async () => {
    const hook = uniquePath("down");
    const session = await createSession({ url: { callback_url: receiver(hook) } });
    await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    await webhooksAt(session.id, hook);
    await eventually(async () => {
      await runAlarm(session.id);
      return (await received(hook)).length >= 3 ? true : undefined;
    });
    const bodies = new Set((await received(hook)).map((entry) => entry.body));
    expect(bodies.size).toBe(1);
  });

  it("tells the operator of each failed try, and of an event given up, with the alarm's own request id", async () => {
    const hook = uniquePath("down");
    const session = await createSession({ url: { callback_url: receiver(hook) } });
    await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    const lines: string[] = [];
    for (const method of ["warn", "error"] as const) {
      vi.spyOn(console, method).mockImplementation((line: string) => {
        lines.push(line);
      });
    }
    await runAlarm(session.id);
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      const now = Date.now();
      state.storage.sql.exec(
        "UPDATE events SET created_at = ?, next_attempt_at = ? WHERE type = 'session.cancelled'",
        now - DELIVERY_WINDOW_MS,
        now,
      );
    });
    await runAlarm(session.id);
    vi.restoreAllMocks();
    // The runtime's own alarm may also try between the two runs here (retries are 50 ms apart in
    // tests): find the first failed try and the give-up by what they say, not by their place.
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const failed = logged.find((line) => line.msg === "webhook not delivered");
    const givenUp = logged.find((line) => line.msg === "webhook given up");
    expect(failed).toMatchObject({
      level: "warn",
      msg: "webhook not delivered",
      merchant: "mer_local",
      type: "session.cancelled",
      try: 1,
      status: 503,
    });
    expect(failed?.next_try_at).toEqual(expect.any(String));
    expect(givenUp).toMatchObject({ level: "error", msg: "webhook given up", next_try_at: null });
    expect(Number(givenUp?.try)).toBeGreaterThan(1);
    expect(failed?.request_id).toMatch(/^[0-9a-f]{16}$/);
    expect(givenUp?.request_id).toMatch(/^[0-9a-f]{16}$/);
    expect(givenUp?.request_id).not.toBe(failed?.request_id);
    expect((await sessionDetail(session.id)).events.find((event) => event.type === "session.cancelled")?.delivery?.state).toBe("failed");
  });
});

describe("the pay page", () => {
  it("carries strict security headers and works without JavaScript", async () => {
    const session = await createSession();
    const page = await call(`/p/${session.code}`);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src https:\/\/pay\.test\/assets\/pay\.[0-9a-f]{12}\.js;/);
    expect(csp).not.toContain("unsafe-inline");
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("strict-transport-security")).toContain("max-age=");
    const html = await page.text();
    expect(html).toContain(
      `<form method="post" action="/p/${session.code}/go"><input type="hidden" name="handoff" value="hosted"><button class="btn">Continue to Vipps</button></form>`,
    );
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)="https?:/);
  });

  it("allows exactly its one script: from its own origin, named by the hash of its text, kept for good", async () => {
    const session = await createSession();
    const page = await call(`/p/${session.code}`);
    const path = /<script src="(\/assets\/pay\.[0-9a-f]{12}\.js)" defer><\/script>/.exec(await page.text())?.[1] ?? "";
    expect(page.headers.get("content-security-policy")).toContain(`script-src https://pay.test${path};`);
    const script = await call(path);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(await script.text()));
    const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
    expect(path).toBe(`/assets/pay.${hex.slice(0, 12)}.js`);
    for (const other of ["/assets/pay.000000000000.js", "/assets/pay.js", "/assets/style.css"]) {
      expect((await call(other)).status, other).toBe(404);
    }
  });

  it("escapes what the merchant wrote", async () => {
    const session = await createSession({
      order: { amount: 100, currency: "NOK", merchant_reference: "X", description: '<script>alert("x")</script>' },
    });
    const html = await (await call(`/p/${session.code}`)).text();
    expect(html).not.toContain('<script>alert("x")</script>');
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("shows nothing personal on the status endpoint", async () => {
    const session = await createSession({ customer: { phone_number: "+4799999999", email: "kari@example.com" } });
    const text = await (await call(`/p/${session.code}/status`)).text();
    expect(text).not.toContain("99999999");
    expect(text).not.toContain("kari");
  });
});

describe("unknown pay codes", () => {
  it("leave no storage behind when looked up", async () => {
    const code = "7Hq2xZk9PwR4mC";
    expect((await call(`/p/${code}/status`)).status).toBe(404);
    expect((await call(`/p/${code}`)).status).toBe(404);
    const id = await sessionIdOf(code);
    expect((await call(`/r/${id.slice(3)}-1`)).status).toBe(404);
    expect((await call(`/r/${id.slice(3)}`)).status).toBe(404);
    const tables = await runInDurableObject(sessionStub(id), (_, state) =>
      state.storage.sql.exec("SELECT name FROM sqlite_master WHERE type = 'table'").toArray(),
    );
    expect(tables).toEqual([]);
  });
});
