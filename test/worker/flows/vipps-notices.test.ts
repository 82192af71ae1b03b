/**
 * Vipps' webhook at the sales unit's URL (`POST /v1/providers/vipps/callback`, registered once per
 * MSN by `npm run vipps:webhooks`): a genuine notice from the fake Vipps settles the session of its
 * reference; one for an MSN the gateway does not know, or signed with another secret, is refused
 * as not verified and changes nothing.
 */
import { describe, expect, inject, it } from "vitest";
import { FAKE_VIPPS } from "../../node/fakes/credentials";
import { vippsControl } from "../../node/fakes/vipps-control";
import { call, createSession, go, ORIGIN, payStatus } from "../helpers";
import { noticeRequest } from "../providers/vipps-support";

const fake = vippsControl(`http://127.0.0.1:${inject("fakeVippsPort")}`);
const NOTICES = `${ORIGIN}/v1/providers/vipps/callback`;

async function deliver(request: Request): Promise<Response> {
  return call(new URL(request.url).pathname, { method: "POST", headers: Object.fromEntries(request.headers), body: await request.text() });
}

async function approved() {
  const session = await createSession({ provider: "vipps" });
  expect((await go(session.code)).status).toBe(303);
  const reference = `${session.sessionKey}-1`;
  expect(await fake.decide(reference, "approve")).toBe(200);
  return { session, reference };
}

describe("Vipps notices at the sales unit's URL", () => {
  it("settles the session a genuine one names", async () => {
    const { session, reference } = await approved();
    const authorized = (await fake.outbox(reference, NOTICES)).find((notice) => notice.name === "AUTHORIZED");
    if (!authorized) throw new Error("no AUTHORIZED notice");
    const answer = await call(authorized.path, { method: "POST", headers: authorized.headers, body: authorized.body });
    expect(answer.status).toBe(200);
    // the local merchant captures automatically: read at Vipps, authorized and then captured
    expect(await answer.json()).toEqual({ received: true, status: "paid" });
    expect((await payStatus(session.code)).status).toBe("paid");
  });

  it.each([
    ["for an MSN the gateway does not know, signed with that MSN's own secret", "999999", "secret-of-999999"],
    ["for an MSN the gateway does not know, signed with the known MSN's secret", "999999", FAKE_VIPPS.webhookSecret],
    ["for the known MSN, signed with another secret", FAKE_VIPPS.msn, "not-the-secret"],
  ])("refuses one %s", async (_, msn, secret) => {
    const { session, reference } = await approved();
    const answer = await deliver(await noticeRequest(NOTICES, secret, msn, reference));
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({ type: "/problems/bad-signature", errors: [{ field: "signature" }] });
    expect((await payStatus(session.code)).status).toBe("open");
  });
});
