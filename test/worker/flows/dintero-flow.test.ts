/**
 * The whole flow with Dintero, against the fake Dintero: the local merchant's session goes to the
 * fake's hosted page or app deeplink, the customer decides there, the fake's signed callback (taken
 * from its outbox) and the return reach the gateway, and the merchant hears the outcome once.
 * Attempts, callbacks that must be refused, and a provider in trouble, seen from the gateway.
 */
import { runInDurableObject } from "cloudflare:test";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { signCallback } from "../../../src/signatures/dintero";
import { FAKE_DINTERO } from "../../node/fakes/credentials";
import { type ControlSession, fakeDintero, type OutboxEntry } from "../../node/fakes/dintero-control";
import {
  call,
  createSession,
  go,
  location,
  ORIGIN,
  payStatus,
  received,
  receiver,
  runAlarm,
  sessionDetail,
  sessionStub,
  uniquePath,
  webhooksAt,
} from "../helpers";

const fake = fakeDintero(inject("fakeDinteroPort"));

const statusOf = async (code: string) => (await payStatus(code)).status;

function dinteroSession(overrides: Record<string, unknown> = {}) {
  return createSession({ provider: "dintero", ...overrides });
}

/** The one session the fake holds for an attempt reference. */
async function atFake(reference: string): Promise<ControlSession> {
  const found = await fake.sessions(reference);
  expect(found, reference).toHaveLength(1);
  return found[0] as ControlSession;
}

/** Delivers a callback from the fake's outbox to the gateway, as Dintero would. */
function deliver(entry: OutboxEntry, path = entry.path): Promise<Response> {
  return call(path, { method: entry.method, headers: entry.headers, ...(entry.body ? { body: entry.body } : {}) });
}

/** The customer decides on the fake's hosted page, as a browser: the answer is the return URL. */
async function decideOnPage(pageUrl: string, decision: "approve" | "decline" | "cancel"): Promise<string> {
  const page = await fetch(pageUrl);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain("FAKE DINTERO /");
  const decided = await fetch(pageUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: `decision=${decision}`,
    redirect: "manual",
  });
  expect(decided.status).toBe(303);
  return decided.headers.get("location") ?? "";
}

async function onlyCallback(reference: string): Promise<OutboxEntry> {
  const entries = await fake.outbox(reference);
  expect(entries).toHaveLength(1);
  return entries[0] as OutboxEntry;
}

/** A session whose hosted payment (-1) was started, then paid in the app (-2), told by its callback. */
async function paidInTheAppWithHostedStarted(overrides: Record<string, unknown>) {
  const session = await dinteroSession(overrides);
  await go(session.code, "hosted");
  await go(session.code, "app");
  const hosted = await atFake(`${session.sessionKey}-1`);
  const app = await atFake(`${session.sessionKey}-2`);
  await fake.decide(app.id, "approve");
  expect(await (await deliver(await onlyCallback(`${session.sessionKey}-2`))).json()).toMatchObject({ status: "paid" });
  return { session, hosted, app };
}

afterEach(async () => {
  vi.useRealTimers();
  await fake.advanceClock(0, { reset: true });
});

describe("a customer pays with Dintero", () => {
  it("hosted: Vipps' page, the signed callback, the return, the merchant's webhook", async () => {
    const hook = uniquePath("dintero-hooks");
    const session = await dinteroSession({ url: { return_url: receiver("/return/dintero"), callback_url: receiver(hook) } });
    const reference = `${session.sessionKey}-1`;

    const tapped = await go(session.code, "hosted");
    expect(tapped.status).toBe(303);
    const at = await atFake(reference);
    expect(location(tapped)).toBe(`${fake.base}/hosted/${at.id}`);
    expect(at.request.configuration).toEqual({ channel: "hosted", auto_capture: true, dintero_psp: { vipps: { enabled: true } } });
    expect(at.request.url).toEqual({
      return_url: `${ORIGIN}/r/${reference}`,
      callback_url: `${ORIGIN}/v1/providers/dintero/callback/mer_local?report_error=true`,
    });

    const returnUrl = await decideOnPage(location(tapped), "approve");
    const transactionId = (await fake.session(at.id))?.transaction_id;
    expect(Object.fromEntries(new URL(returnUrl).searchParams)).toEqual({
      merchant_reference: reference,
      session_id: at.id,
      transaction_id: transactionId,
    });

    const callback = await onlyCallback(reference);
    expect(callback.method).toBe("GET");
    expect(callback.headers["dintero-signature"]).toMatch(/^t=\d+,v0-hmac-sha256=[0-9a-f]{64}$/);
    const answered = await deliver(callback);
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ received: true, status: "paid" });
    expect(await statusOf(session.code)).toBe("paid");

    const back = await call(returnUrl.replace(ORIGIN, ""));
    expect(back.status).toBe(303);
    const merchant = new URL(location(back));
    expect(merchant.origin + merchant.pathname).toBe(receiver("/return/dintero"));
    expect(Object.fromEntries(merchant.searchParams)).toEqual({
      merchant_reference: "ORDER123",
      session_id: session.id,
      transaction_id: transactionId,
    });

    // auto_capture: Dintero captured at authorization, so the merchant hears all three at once.
    const webhooks = (await webhooksAt(session.id, hook, 3)).map((webhook) => JSON.parse(webhook.body) as { type: string });
    expect(webhooks.map((webhook) => webhook.type)).toEqual(["session.authorized", "session.captured", "session.paid"]);
    expect(webhooks.at(-1)).toMatchObject({ data: { status: "paid", transaction_id: transactionId, captured_amount: 29990 } });
  });

  it("app: the in_app deeplink to Vipps, approved in the app", async () => {
    const session = await dinteroSession();
    const tapped = await go(session.code, "app");
    expect(location(tapped)).toMatch(/^vipps:\/\/\?token=/);
    const at = await atFake(`${session.sessionKey}-1`);
    expect(at.request.configuration).toEqual({ channel: "in_app", auto_capture: true, dintero_psp: { vipps: { enabled: true } } });
    const decided = await fake.decide(at.id, "approve");
    expect(decided.ok && decided.callback).toBeTruthy();
    expect((await deliver(await onlyCallback(`${session.sessionKey}-1`))).status).toBe(200);
    expect(await sessionDetail(session.id)).toMatchObject({ status: "paid", attempts: [{ handoff: "app", status: "authorized" }] });
  });

  it("MobilePay (DKK): Swedbank Pay's MobilePay is the one product enabled", async () => {
    const session = await dinteroSession({ order: { amount: 12500, currency: "DKK", merchant_reference: "ORDER-DK" } });
    const tapped = await go(session.code, "hosted");
    const at = await atFake(`${session.sessionKey}-1`);
    expect(at.request.configuration).toEqual({ channel: "hosted", auto_capture: true, payex: { mobilepay: { enabled: true } } });
    expect(at.request.order).toMatchObject({ amount: 12500, currency: "DKK" });
    const returnUrl = await decideOnPage(location(tapped), "approve");
    expect((await deliver(await onlyCallback(`${session.sessionKey}-1`))).status).toBe(200);
    expect(await (await call(returnUrl.replace(ORIGIN, ""))).text()).toContain("Payment complete");
    expect(await statusOf(session.code)).toBe("paid");
  });
});

describe("the customer's phone number at Dintero", () => {
  it("is sent in E.123 (E.164), however the merchant typed it", async () => {
    const session = await dinteroSession({ customer: { phone_number: "0047 999.99.999" } });
    expect((await go(session.code, "hosted")).status).toBe(303);
    expect((await atFake(`${session.sessionKey}-1`)).request.customer).toEqual({ phone_number: "+4799999999" });
  });
});

describe("a customer declines or cancels with Dintero", () => {
  it.each([
    ["decline", "failed"],
    ["cancel", "cancelled"],
  ] as const)("%s: the error callback fails the attempt, the return says error=%s", async (decision, error) => {
    const hook = uniquePath("dintero-hooks");
    const session = await dinteroSession({ url: { return_url: receiver("/return/no"), callback_url: receiver(hook) } });
    const tapped = await go(session.code, "hosted");
    const returnUrl = await decideOnPage(location(tapped), decision);
    expect(new URL(returnUrl).searchParams.get("error")).toBe(error);

    const callback = await onlyCallback(`${session.sessionKey}-1`);
    expect(new URL(callback.url).searchParams.get("error")).toBe(error);
    expect(new URL(callback.url).searchParams.has("transaction_id")).toBe(false);
    expect(await (await deliver(callback)).json()).toEqual({ received: true, status: "open" });
    const detail = await sessionDetail(session.id);
    expect(detail.attempts.map((attempt) => attempt.status)).toEqual([error]);
    expect(detail.events.filter((event) => event.type === "session.payment_failed")).toHaveLength(1);

    const merchant = new URL(location(await call(returnUrl.replace(ORIGIN, ""))));
    expect(merchant.searchParams.get("error")).toBe(error);
    expect(merchant.searchParams.has("transaction_id")).toBe(false);
    const [webhook] = await webhooksAt(session.id, hook);
    expect(JSON.parse(webhook?.body ?? "{}")).toMatchObject({ type: "session.payment_failed", data: { status: "open" } });
  });
});

describe("attempts with Dintero", () => {
  it("reuses the session within its 5 minutes, and starts a new one after them", async () => {
    const session = await dinteroSession();
    const first = location(await go(session.code, "hosted"));
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 4 * 60_000);
    await fake.advanceClock(4 * 60);
    expect(location(await go(session.code, "hosted"))).toBe(first);

    vi.setSystemTime(Date.now() + 60_000);
    await fake.advanceClock(60);
    const second = location(await go(session.code, "hosted"));
    expect(second).not.toBe(first);
    // The first is left alone: the person may be approving it in the app right now.
    expect((await atFake(`${session.sessionKey}-1`)).cancelled_at).toBeUndefined();
    expect(second).toBe(`${fake.base}/hosted/${(await atFake(`${session.sessionKey}-2`)).id}`);
    expect((await sessionDetail(session.id)).attempts.map((attempt) => attempt.status)).toEqual(["pending", "pending"]);
  });

  it("starts the app payment beside the hosted one when the customer switches, and never ends the one that may be approved", async () => {
    const session = await dinteroSession();
    await go(session.code, "hosted");
    expect(location(await go(session.code, "app"))).toMatch(/^vipps:/);
    expect((await atFake(`${session.sessionKey}-1`)).cancelled_at).toBeUndefined();
    expect((await atFake(`${session.sessionKey}-2`)).request.configuration.channel).toBe("in_app");
    const detail = await sessionDetail(session.id);
    expect(detail.attempts.map((attempt) => `${attempt.handoff} ${attempt.status}`)).toEqual(["hosted pending", "app pending"]);
    expect(detail.events.filter((event) => event.type === "attempt.ended")).toEqual([]);
  });

  it("pays once when both sessions are authorized, and voids the other at Dintero", async () => {
    const hook = uniquePath("dintero-hooks");
    const { session, hosted, app } = await paidInTheAppWithHostedStarted({ url: { callback_url: receiver(hook) } });
    const raced = await fake.decide(hosted.id, "approve", true);
    expect(raced.ok).toBe(true);
    expect(await (await deliver(await onlyCallback(`${session.sessionKey}-1`))).json()).toMatchObject({ status: "paid" });

    // Both were captured at authorization (auto_capture): the one the session does not keep is refunded.
    expect((await fake.session(hosted.id))?.transaction?.status).toBe("REFUNDED");
    expect((await fake.session(app.id))?.transaction?.status).toBe("CAPTURED");
    const detail = await sessionDetail(session.id);
    expect(detail.transaction_id).toBe((await fake.session(app.id))?.transaction_id);
    expect(detail.events.filter((event) => event.type === "session.paid")).toHaveLength(1);
    expect(detail.events.find((event) => event.type === "attempt.voided")?.detail).toEqual({
      attempt: 1,
      reason: "session already paid",
      refunded: 29990,
    });
    expect(detail).toMatchObject({ authorized_amount: 29990, captured_amount: 29990, refunded_amount: 0 });
    await webhooksAt(session.id, hook, 3);
    expect((await received(hook)).map((webhook) => JSON.parse(webhook.body).type)).toEqual([
      "session.authorized",
      "session.captured",
      "session.paid",
    ]);
  });
});

describe("a duplicate authorization at Dintero, given back", () => {
  it("counts the void only once Dintero confirms it: a refused void is tried again at the attempt's next check", async () => {
    const { session, hosted } = await paidInTheAppWithHostedStarted({ capture: "manual" });
    // The hosted one was ended when the app one paid; as if that end never reached Dintero:
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE attempts SET status = 'pending' WHERE n = 1");
    });
    expect((await fake.decide(hosted.id, "approve", true)).ok).toBe(true);
    const transaction = (await fake.session(hosted.id))?.transaction?.id ?? "";
    await fake.fail({ path: `/v1/sessions/${hosted.id}/cancel`, method: "POST", status: 400 });
    await fake.fail({ path: `/v1/transactions/${transaction}/void`, method: "POST", status: 400 });

    // The callback's read finds the duplicate; Dintero refuses the void: nothing is counted yet.
    expect((await deliver(await onlyCallback(`${session.sessionKey}-1`))).status).toBe(503);
    expect((await sessionDetail(session.id)).attempts.map((attempt) => attempt.status)).toEqual(["pending", "authorized"]);
    expect((await fake.session(hosted.id))?.transaction?.status).toBe("AUTHORIZED");

    // The next check gives it back, and only then is it counted.
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE attempts SET checked_at = 0, created_at = created_at - 10000 WHERE n = 1");
    });
    await runAlarm(session.id);
    expect((await fake.session(hosted.id))?.transaction?.status).toBe("AUTHORIZATION_VOIDED");
    const detail = await sessionDetail(session.id);
    expect(detail.attempts.map((attempt) => attempt.status)).toEqual(["cancelled", "authorized"]);
    expect(detail.events.filter((event) => event.type === "attempt.voided")).toHaveLength(1);
    expect(detail).toMatchObject({ status: "authorized", authorized_amount: 29990 });
  });
});

describe("Dintero's callbacks", () => {
  async function startedSession() {
    const session = await dinteroSession();
    await go(session.code, "hosted");
    return { session, at: await atFake(`${session.sessionKey}-1`) };
  }

  it("refuses a missing, forged or old signature, or one for another merchant, and changes nothing", async () => {
    const { session, at } = await startedSession();
    await fake.advanceClock(-360);
    await fake.decide(at.id, "approve");
    const stale = await onlyCallback(`${session.sessionKey}-1`);
    const { "dintero-signature": _, ...unsigned } = stale.headers;
    const url = new URL(stale.url);
    const forged = await signCallback("not-the-secret", FAKE_DINTERO.accountId, "GET", url, Math.floor(Date.now() / 1000));
    const genuineNow = await signCallback(FAKE_DINTERO.callbackSecret, FAKE_DINTERO.accountId, "GET", url, Math.floor(Date.now() / 1000));

    expect((await deliver({ ...stale, headers: unsigned })).status).toBe(401);
    expect((await deliver({ ...stale, headers: { ...unsigned, "dintero-signature": forged } })).status).toBe(401);
    expect((await deliver(stale)).status).toBe(401);
    const elsewhere = { ...stale, headers: { ...unsigned, "dintero-signature": genuineNow } };
    expect((await deliver(elsewhere, stale.path.replace("/callback/mer_local", "/callback/mer_other"))).status).toBe(401);
    expect(await sessionDetail(session.id)).toMatchObject({ status: "open", attempts: [{ status: "pending" }] });
  });

  it("changes nothing on a genuine callback while Dintero has no transaction yet", async () => {
    const { session, at } = await startedSession();
    const url = new URL(
      `/v1/providers/dintero/callback/mer_local?report_error=true&merchant_reference=${session.sessionKey}-1&session_id=${at.id}&transaction_id=T11223344.claimed`,
      ORIGIN,
    );
    const signature = await signCallback(FAKE_DINTERO.callbackSecret, FAKE_DINTERO.accountId, "GET", url, Math.floor(Date.now() / 1000));
    const response = await call(url.pathname + url.search, { headers: { "dintero-signature": signature } });
    expect(await response.json()).toEqual({ received: true, status: "open" });
    expect(await sessionDetail(session.id)).toMatchObject({ status: "open", attempts: [{ status: "pending" }] });
  });

  it("pays once however often, and in whatever order, the callback and the return come", async () => {
    const hook = uniquePath("dintero-hooks");
    const session = await dinteroSession({ url: { callback_url: receiver(hook) } });
    const tapped = await go(session.code, "hosted");
    const returnUrl = await decideOnPage(location(tapped), "approve");
    expect(await statusOf(session.code)).toBe("open");
    await call(returnUrl.replace(ORIGIN, ""));
    const callback = await onlyCallback(`${session.sessionKey}-1`);
    for (let i = 0; i < 3; i++) expect(await (await deliver(callback)).json()).toEqual({ received: true, status: "paid" });
    await call(returnUrl.replace(ORIGIN, ""));
    expect((await sessionDetail(session.id)).events.filter((event) => event.type === "session.paid")).toHaveLength(1);
    await webhooksAt(session.id, hook, 3);
    expect((await received(hook)).map((webhook) => (JSON.parse(webhook.body) as { type: string }).type)).toEqual([
      "session.authorized",
      "session.captured",
      "session.paid",
    ]);
  });
});

describe("Dintero in trouble", () => {
  it("creates the session after two 503s: three tries, one session at Dintero", async () => {
    const session = await dinteroSession();
    const reference = `${session.sessionKey}-1`;
    await fake.fail({ path: "/v1/sessions-profile", match: reference, status: 503, times: 2 });
    const tapped = await go(session.code, "hosted");
    expect(location(tapped)).toBe(`${fake.base}/hosted/${(await atFake(reference)).id}`);
    expect((await fake.log(reference)).entries.map((entry) => entry.status)).toEqual([503, 503, 200]);
  });

  it("shows the try-again page when Dintero does not answer in time, and nothing is paid", async () => {
    const session = await dinteroSession();
    const reference = `${session.sessionKey}-1`;
    await fake.fail({ path: "/v1/sessions-profile", match: reference, hangMs: 3_000, afterProcessing: true, times: 3 });
    const tapped = await go(session.code, "hosted");
    expect(tapped.status).toBe(502);
    const page = await tapped.text();
    expect(page).toContain("The payment service did not answer");
    expect(page).toContain(`href="/p/${session.code}"`);
    expect(await sessionDetail(session.id)).toMatchObject({ status: "open", attempts: [{ n: 1, status: "failed" }] });
    const orphans = await fake.sessions(reference);
    expect(orphans).toHaveLength(3);
    expect(orphans.every((orphan) => orphan.transaction === null)).toBe(true);
  }, 10_000);

  it("does not retry a 400 from Dintero", async () => {
    const session = await dinteroSession();
    const reference = `${session.sessionKey}-1`;
    await fake.fail({ path: "/v1/sessions-profile", match: reference, status: 400 });
    expect((await go(session.code, "hosted")).status).toBe(502);
    expect((await fake.log(reference)).entries).toHaveLength(1);
    expect(await fake.sessions(reference)).toHaveLength(0);
  });
});
