/**
 * Never lose an approved payment, never kill a live one: the session reads its attempts at the
 * provider by itself (a return or a callback may never come), a tap never ends a payment the person
 * may be approving, a session starts at most so many provider payments, and returns, callbacks,
 * taps and cancels are one at a time even when the provider answers slowly.
 */
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, inject, it } from "vitest";
import { MAX_ATTEMPTS } from "../../../src/session/attempts";
import { vippsControl } from "../../node/fakes/vipps-control";
import {
  api,
  approveSilentlyInSandbox,
  call,
  createSession,
  eventually,
  go,
  received,
  receiver,
  runAlarm,
  sessionDetail,
  sessionStub,
  uniquePath,
} from "../helpers";

const vipps = vippsControl(`http://127.0.0.1:${inject("fakeVippsPort")}`);

/** Slower than a quick answer, well within the gateway's provider timeout (800 ms in tests). */
const SLOW_MS = 400;

describe("reconciliation", () => {
  it("finds a payment approved with every notification lost, and tells the merchant within 30 s, by its own alarm", async () => {
    const hook = uniquePath("reconcile");
    const session = await createSession({ url: { callback_url: receiver(hook) } });
    // The person approves; the phone dies on the way back: no callback, no return.
    expect((await approveSilentlyInSandbox(session.code)).page.status).toBe(200);
    const started = Date.now();
    const types = await eventually(async () => {
      const sent = (await received(hook)).map((webhook) => (JSON.parse(webhook.body) as { type: string }).type);
      return sent.includes("session.paid") ? sent : undefined;
    }, 30_000);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(types).toEqual(["session.authorized", "session.captured", "session.paid"]);
    expect((await sessionDetail(session.id)).status).toBe("paid");
  }, 35_000);

  it("reads again on its schedule while the attempt is pending, and ends it once its approval window is over", async () => {
    const session = await createSession({ provider: "vipps", customer: { phone_number: "+4799999999" } });
    await go(session.code);
    const reference = `${session.sessionKey}-1`;
    const reads = async () =>
      (await vipps.requests({ path: `/epayment/v1/payments/${reference}` })).filter((seen) => seen.method === "GET").length;
    // Five seconds on: the first read.
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE attempts SET created_at = created_at - 5000");
    });
    await runAlarm(session.id);
    expect(await reads()).toBe(1);
    expect((await sessionDetail(session.id)).attempts[0]?.status).toBe("pending");
    // Twelve minutes on (Vipps' 10 and the grace): the last read, and the attempt is ended at Vipps.
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec(
        "UPDATE attempts SET created_at = created_at - 720000, checked_at = checked_at - 720000, url_expires_at = url_expires_at - 720000",
      );
    });
    await runAlarm(session.id);
    expect(await reads()).toBe(3); // the last read, and the one Vipps' cancel makes to see what is left to release
    const detail = await sessionDetail(session.id);
    expect(detail.attempts[0]?.status).toBe("cancelled");
    expect(detail.events.find((event) => event.type === "attempt.ended")?.detail).toEqual({ attempt: 1, reason: "timed_out" });
    expect((await vipps.payment(reference)).state).toBe("TERMINATED");
  });
});

describe("taps", () => {
  it(`start at most ${MAX_ATTEMPTS} provider payments; one more gets a clear page and asks no provider`, async () => {
    const session = await createSession();
    const runOut = () =>
      runInDurableObject(sessionStub(session.id), (_, state) => {
        state.storage.sql.exec("UPDATE attempts SET url_expires_at = 0");
      });
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await runOut(); // every URL so far has run out, so this tap starts a new payment
      expect((await go(session.code)).status).toBe(303);
    }
    expect((await sessionDetail(session.id)).attempts).toHaveLength(MAX_ATTEMPTS);
    await runOut();
    const refused = await go(session.code);
    expect(refused.status).toBe(429);
    const page = await refused.text();
    expect(page).toContain("tried too many times");
    // A page of a test-mode session: its TEST badge, its merchant, who runs it.
    expect(page).toContain('<header class="test">TEST · no real money</header>');
    expect(page).toContain("Payment page run by paylink for Local Test Shop");
    expect((await sessionDetail(session.id)).attempts).toHaveLength(MAX_ATTEMPTS);
  });
});

describe("one change at a time, with a provider that answers slowly", () => {
  async function approvedAtVipps() {
    const session = await createSession({ provider: "vipps", customer: { phone_number: "+4799999999" } });
    await go(session.code, "hosted");
    const reference = `${session.sessionKey}-1`;
    expect(await vipps.decide(reference, "approve")).toBe(200);
    return { session, reference };
  }

  it("a second device's tap while the return is being read never voids the authorization", async () => {
    const { session, reference } = await approvedAtVipps();
    await vipps.fail({ path: `/epayment/v1/payments/${reference}`, method: "GET", hangMs: SLOW_MS, times: 2 });
    const [back, tapped] = await Promise.all([call(`/r/${reference}`), go(session.code, "app")]);
    expect(back.status).toBe(200);
    expect(tapped.status).toBe(303);
    const payment = await vipps.payment(reference);
    expect(payment.aggregate.cancelledAmount.value).toBe(0);
    expect(payment.aggregate.capturedAmount.value).toBe(29990);
    const detail = await sessionDetail(session.id);
    expect(detail.status).toBe("paid");
    expect(detail.attempts.map((attempt) => attempt.status)).toEqual(["authorized"]);
  });

  it("a merchant's cancel while the return is being read: either voided and cancelled, or paid and refused; never both", async () => {
    const { session, reference } = await approvedAtVipps();
    await vipps.fail({ path: `/epayment/v1/payments/${reference}`, method: "GET", hangMs: SLOW_MS, times: 2 });
    const [, cancelled] = await Promise.all([call(`/r/${reference}`), api(`/v1/sessions/${session.id}/cancel`, { method: "POST" })]);
    const detail = await sessionDetail(session.id);
    const { aggregate } = await vipps.payment(reference);
    if (cancelled.status === 200) {
      expect(detail).toMatchObject({ status: "cancelled", authorized_amount: 0, captured_amount: 0 });
      expect([aggregate.capturedAmount.value, aggregate.cancelledAmount.value]).toEqual([0, 29990]);
    } else {
      expect(cancelled.status).toBe(409);
      expect(detail).toMatchObject({ status: "paid", captured_amount: 29990 });
      expect([aggregate.capturedAmount.value, aggregate.cancelledAmount.value]).toEqual([29990, 0]);
    }
  });
});
