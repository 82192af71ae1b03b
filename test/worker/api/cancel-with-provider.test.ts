/** Cancelling a session whose payment is live at a provider: the provider is told first, or nothing changes. */
import { describe, expect, inject, it } from "vitest";
import { vippsControl } from "../../node/fakes/vipps-control";
import { api, createSession, go, payStatus, sessionDetail } from "../helpers";

const fake = vippsControl(`http://127.0.0.1:${inject("fakeVippsPort")}`);

describe("POST /v1/sessions/{id}/cancel with a live Vipps payment", () => {
  it("answers the provider's failure as a 502 problem, changes nothing, and succeeds once the provider is back", async () => {
    const session = await createSession({ provider: "vipps" });
    expect((await go(session.code)).status).toBe(303);
    const reference = `${session.sessionKey}-1`;
    await fake.fail({ path: `/epayment/v1/payments/${reference}/cancel`, method: "POST", status: 500, times: 3 });

    const refused = await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    expect(refused.status).toBe(502);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(await refused.json()).toMatchObject({
      status: 502,
      type: "/problems/provider-error",
      provider: { provider: "vipps", status: 500 },
      errors: [{ field: "provider" }],
    });
    expect(await payStatus(session.code)).toMatchObject({ status: "open", attempt: "pending" });

    const cancelled = await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    expect(cancelled.status).toBe(200);
    const detail = await sessionDetail(session.id);
    expect(detail.status).toBe("cancelled");
    expect(detail.attempts.map((attempt) => attempt.status)).toEqual(["cancelled"]);
    expect((await fake.payment(reference))?.state).toBe("TERMINATED");
  });

  it("voids a session the customer has just authorized: the reservation is released at Vipps", async () => {
    const session = await createSession({ provider: "vipps", capture: "manual" });
    await go(session.code);
    await fake.decide(`${session.sessionKey}-1`, "approve");
    const voided = await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    expect(voided.status).toBe(200);
    expect(await voided.json()).toMatchObject({ status: "cancelled", authorized_amount: 0, captured_amount: 0 });
    expect((await fake.payment(`${session.sessionKey}-1`))?.aggregate.cancelledAmount.value).toBe(29990);
    const again = await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ detail: "status: the session is cancelled." });
  });

  it("refuses to cancel a session whose money is all captured, and says so", async () => {
    const session = await createSession({ provider: "vipps", capture: "automatic" });
    await go(session.code);
    await fake.decide(`${session.sessionKey}-1`, "approve");
    await api(`/r/${session.sessionKey}-1`);
    expect((await sessionDetail(session.id)).status).toBe("paid");
    const refused = await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ detail: "status: the session is paid." });
  });
});
