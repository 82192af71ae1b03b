/**
 * Faults: the merchant's endpoint down for a while then back, a session's Durable Object evicted in
 * the middle of a payment, a burst of opens and polls of one link, and webhooks sent again on demand.
 */
import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  api,
  call,
  createSession,
  eventually,
  go,
  IPHONE_SAFARI,
  payInSandbox,
  payStatus,
  received,
  receiver,
  runAlarm,
  sessionDetail,
  sessionStub,
  uniquePath,
  webhooksAt,
} from "../helpers";

describe("the merchant's endpoint is down for a while, then back", () => {
  it("gets every event once, in order, and nothing is lost", async () => {
    const hook = uniquePath(`down-until/${Date.now() + 1500}`);
    const session = await createSession({ url: { callback_url: receiver(hook) } });
    await payInSandbox(session.code, "decline");
    await payInSandbox(session.code, "approve");
    await eventually(async () => {
      await runAlarm(session.id);
      const accepted = (await received(hook)).filter((entry) => entry.answered === 200);
      return accepted.length >= 4 ? true : undefined;
    }, 15_000);

    const all = await received(hook);
    expect(all.some((entry) => entry.answered === 503)).toBe(true);
    const accepted = all.filter((entry) => entry.answered === 200).map((entry) => JSON.parse(entry.body) as { id: string; type: string });
    expect(accepted.map((event) => event.type)).toEqual([
      "session.payment_failed",
      ...["session.authorized", "session.captured", "session.paid"],
    ]);
    expect(new Set(accepted.map((event) => event.id)).size).toBe(4);

    const webhookEvents = (await sessionDetail(session.id)).events.filter((event) => event.delivery);
    expect(webhookEvents.map((event) => event.delivery?.state)).toEqual(["delivered", "delivered", "delivered", "delivered"]);
    expect(webhookEvents[0]?.delivery?.attempts.length).toBeGreaterThan(1);
    expect(webhookEvents[0]?.delivery?.attempts.at(-1)?.status).toBe(200);
  });
});

describe("a Durable Object evicted mid-flow", () => {
  it("keeps the session, its attempt and its pending webhook, and the payment completes", async () => {
    const hook = uniquePath("hooks");
    const session = await createSession({ url: { callback_url: receiver(hook) } });
    const tapped = await go(session.code);
    await evictDurableObject(sessionStub(session.id));
    expect(await payStatus(session.code)).toMatchObject({ status: "open", attempt: "pending" });
    const again = await go(session.code);
    expect(again.headers.get("location")).toBe(tapped.headers.get("location"));

    const decided = await call(new URL(tapped.headers.get("location") ?? "").pathname, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "decision=approve",
    });
    expect(decided.status).toBe(303);
    await evictDurableObject(sessionStub(session.id));
    expect(await payStatus(session.code)).toMatchObject({ status: "paid" });
    const webhooks = await webhooksAt(session.id, hook, 3);
    expect(webhooks.map((webhook) => (JSON.parse(webhook.body) as { type: string }).type)).toEqual([
      "session.authorized",
      "session.captured",
      "session.paid",
    ]);
    expect((await sessionDetail(session.id)).attempts).toHaveLength(1);
  });
});

describe("a provider no longer configured for the session's merchant", () => {
  it("shows the person the try-again page, not an error, and starts nothing", async () => {
    const session = await createSession({}, "sk_live_local");
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE session SET provider = 'dintero'");
    });
    const tapped = await go(session.code);
    expect(tapped.status).toBe(502);
    const page = await tapped.text();
    expect(page).toContain("The payment service did not answer");
    // A live session's page names its merchant, and has no TEST badge.
    expect(page).toContain("Payment page run by paylink for Live Shop");
    expect(page).not.toContain('class="test"');
    expect(await payStatus(session.code)).toMatchObject({ status: "open", attempt: null });
  });
});

describe("a burst on one link", () => {
  it("serves 200 concurrent opens, taps and status polls without an error, with at most one live attempt", async () => {
    const session = await createSession();
    const address = (i: number) => ({ "cf-connecting-ip": `198.51.100.${i % 20}`, "user-agent": IPHONE_SAFARI });
    const requests = Array.from({ length: 200 }, (_, i) => {
      const headers = address(i);
      if (i % 4 === 0) return go(session.code, "hosted", IPHONE_SAFARI);
      if (i % 4 === 1) return call(`/p/${session.code}/status`, { headers });
      return call(`/p/${session.code}`, { headers });
    });
    const answers = await Promise.all(requests);
    expect(answers.filter((answer) => answer.status >= 400).map((answer) => answer.status)).toEqual([]);
    const attempts = (await sessionDetail(session.id)).attempts;
    expect(attempts.filter((attempt) => attempt.status === "pending")).toHaveLength(1);
    expect(attempts).toHaveLength(1);
  });
});

describe("POST /v1/sessions/{id}/events/{event_id}/redeliver", () => {
  it("sends a delivered event again, with the same id and body, and records the try", async () => {
    const hook = uniquePath("hooks");
    const session = await createSession({ url: { callback_url: receiver(hook) } });
    await payInSandbox(session.code, "approve");
    const first = (await webhooksAt(session.id, hook, 3)).find((webhook) => JSON.parse(webhook.body).type === "session.paid");
    const paid = (await sessionDetail(session.id)).events.find((event) => event.type === "session.paid");
    const response = await api(`/v1/sessions/${session.id}/events/${paid?.id}/redeliver`, { method: "POST" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: paid?.id,
      delivery: { state: "delivered", attempts: [{ status: 200 }, { status: 200 }] },
    });
    const all = await received(hook);
    expect(all).toHaveLength(4);
    expect(all[3]?.body).toBe(first?.body);
  });

  it("refuses an event that is not sent, another merchant's session, and an unknown event", async () => {
    const session = await createSession({ url: { callback_url: receiver(uniquePath("hooks")) } });
    const created = (await sessionDetail(session.id)).events[0];
    const notWebhook = await api(`/v1/sessions/${session.id}/events/${created?.id}/redeliver`, { method: "POST" });
    expect(notWebhook.status).toBe(409);
    expect(await notWebhook.json()).toMatchObject({ errors: [{ field: "event_id" }] });
    const other = await api(`/v1/sessions/${session.id}/events/${created?.id}/redeliver`, { method: "POST", key: "sk_test_other" });
    expect(other.status).toBe(404);
    const unknown = await api(`/v1/sessions/${session.id}/events/evt_nope/redeliver`, { method: "POST" });
    expect(unknown.status).toBe(404);
  });
});
