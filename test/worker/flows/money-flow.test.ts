/**
 * Money after the authorization, through the API and the sandbox provider: manual and automatic
 * capture, partial captures and refunds, the void of a reservation, the limits of each, the
 * idempotency of each, and the webhooks that say so.
 */
import { describe, expect, it } from "vitest";
import { api, createSession, payInSandbox, payStatus, receiver, sessionDetail, uniquePath, webhooksAt } from "../helpers";

type Money = { status: string; authorized_amount: number; captured_amount: number; refunded_amount: number };

async function move(id: string, kind: "capture" | "refund" | "cancel", body?: unknown, key?: string) {
  const response = await api(`/v1/sessions/${id}/${kind}`, {
    method: "POST",
    ...(body === undefined ? {} : { body }),
    ...(key ? { headers: { "idempotency-key": key } } : {}),
  });
  return { status: response.status, body: (await response.json()) as Money & { detail?: string; type?: string } };
}

const amounts = (session: Money) => [session.status, session.authorized_amount, session.captured_amount, session.refunded_amount];

async function authorizedSession(capture: "manual" | "automatic", callbackPath?: string) {
  const session = await createSession({
    capture,
    ...(callbackPath ? { url: { callback_url: receiver(callbackPath) } } : {}),
  });
  await payInSandbox(session.code, "approve");
  return session;
}

describe("manual capture", () => {
  it("waits in authorized; two partial captures make it paid, two partial refunds refunded; each webhook carries the amounts", async () => {
    const hook = uniquePath("money");
    const session = await authorizedSession("manual", hook);
    expect(amounts(await sessionDetail(session.id))).toEqual(["authorized", 29990, 0, 0]);
    expect((await payStatus(session.code)).status).toBe("paid");

    expect(amounts((await move(session.id, "capture", { amount: 10000 })).body)).toEqual(["authorized", 29990, 10000, 0]);
    expect(amounts((await move(session.id, "capture")).body)).toEqual(["paid", 29990, 29990, 0]);
    expect(amounts((await move(session.id, "refund", { amount: 5000, reason: "One ticket" })).body)).toEqual(["paid", 29990, 29990, 5000]);
    expect(amounts((await move(session.id, "refund")).body)).toEqual(["refunded", 29990, 29990, 29990]);
    expect((await payStatus(session.code)).status).toBe("paid");

    const hooks = await webhooksAt(session.id, hook, 6);
    const sent = hooks.map((hookBody) => JSON.parse(hookBody.body) as { type: string; detail?: { amount?: number }; data: Money });
    expect(sent.map((event) => [event.type, event.detail?.amount ?? null, ...amounts(event.data)])).toEqual([
      ["session.authorized", 29990, "authorized", 29990, 0, 0],
      ["session.captured", 10000, "authorized", 29990, 10000, 0],
      ["session.captured", 19990, "paid", 29990, 29990, 0],
      ["session.paid", 29990, "paid", 29990, 29990, 0],
      ["session.refunded", 5000, "paid", 29990, 29990, 5000],
      ["session.refunded", 24990, "refunded", 29990, 29990, 29990],
    ]);
  });

  it("never takes more than is left, and says how much is", async () => {
    const session = await authorizedSession("manual");
    const over = await move(session.id, "capture", { amount: 29991 });
    expect(over.status).toBe(409);
    expect(over.body.type).toBe("/problems/session-conflict");
    expect(over.body.detail).toContain("at most 29990 is left to capture");
    expect((await move(session.id, "refund", { amount: 1 })).status).toBe(409);
    await move(session.id, "capture", { amount: 20000 });
    expect((await move(session.id, "refund", { amount: 20001 })).body.detail).toContain("at most 20000 is left to refund");
    expect(amounts(await sessionDetail(session.id))).toEqual(["authorized", 29990, 20000, 0]);
  });

  it("a capture sent twice with one Idempotency-Key is done once; another key does it again", async () => {
    const session = await authorizedSession("manual");
    const first = await move(session.id, "capture", { amount: 5000 }, "cap-1");
    const again = await move(session.id, "capture", { amount: 5000 }, "cap-1");
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(amounts(again.body)).toEqual(["authorized", 29990, 5000, 0]);
    expect(amounts((await move(session.id, "capture", { amount: 5000 }, "cap-2")).body)).toEqual(["authorized", 29990, 10000, 0]);
    expect((await move(session.id, "capture", { amount: 6000 }, "cap-1")).status).toBe(422);
  });

  it("cancel voids the reservation: cancelled, nothing captured, the reservation released", async () => {
    const hook = uniquePath("money");
    const session = await authorizedSession("manual", hook);
    const cancelled = await move(session.id, "cancel");
    expect(cancelled.status).toBe(200);
    expect(amounts(cancelled.body)).toEqual(["cancelled", 0, 0, 0]);
    expect((await move(session.id, "capture")).status).toBe(409);
    const hooks = await webhooksAt(session.id, hook, 2);
    expect(hooks.map((entry) => JSON.parse(entry.body) as { type: string; detail: unknown }).at(-1)).toMatchObject({
      type: "session.cancelled",
      detail: { released: 29990 },
    });
  });

  it("cancel after a partial capture releases the rest: paid with what was captured", async () => {
    const session = await authorizedSession("manual");
    await move(session.id, "capture", { amount: 10000 });
    const done = await move(session.id, "cancel");
    expect(done.status).toBe(200);
    expect(amounts(done.body)).toEqual(["paid", 10000, 10000, 0]);
    expect(amounts((await move(session.id, "refund")).body)).toEqual(["refunded", 10000, 10000, 10000]);
  });
});

describe("automatic capture", () => {
  it("the gateway captures all once it has read the authorization: paid, with one capture", async () => {
    const session = await authorizedSession("automatic");
    const detail = await sessionDetail(session.id);
    expect(amounts(detail)).toEqual(["paid", 29990, 29990, 0]);
    expect(detail.events.map((event) => event.type)).toEqual([
      "session.created",
      "attempt.started",
      "session.authorized",
      "session.captured",
      "session.paid",
    ]);
    expect((await move(session.id, "capture")).status).toBe(409);
  });

  it("is the local merchant's default", async () => {
    const session = await createSession();
    expect(session).toMatchObject({ capture: "automatic", authorized_amount: 0, captured_amount: 0, refunded_amount: 0 });
  });
});

describe("bad input to capture and refund", () => {
  it.each([
    ["capture", { amount: 0 }, "amount"],
    ["capture", { amount: -5 }, "amount"],
    ["capture", { amount: 1.5 }, "amount"],
    ["capture", { amount: "100" }, "amount"],
    ["capture", { amount: 100, extra: true }, "extra"],
    ["refund", { reason: "" }, "reason"],
    ["refund", { reason: "x".repeat(201) }, "reason"],
    ["refund", { amount: 1e12 }, "amount"],
  ] as const)("%s %j: 422 naming %s", async (kind, body, field) => {
    const session = await createSession({ capture: "manual" });
    const answer = await move(session.id, kind, body);
    expect(answer.status).toBe(422);
    expect(JSON.stringify(answer.body)).toContain(`"field":"${field}"`);
  });

  it("a body that is not JSON is a 400, an unknown session a 404, and nothing is stored", async () => {
    const session = await createSession({ capture: "manual" });
    expect((await move(session.id, "capture", "{not json")).status).toBe(400);
    expect((await move("ps_11111111111111", "capture")).status).toBe(404);
    expect(amounts(await sessionDetail(session.id))).toEqual(["open", 0, 0, 0]);
  });
});
