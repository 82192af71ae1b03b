/**
 * Money after the authorization through the merchant API and each real provider's fake: the manual
 * flow (partial captures and refunds, a void), and a capture or refund whose answer the provider
 * lost, retried by the merchant with its Idempotency-Key: the money moves once. The fakes answer
 * late on purpose (`hangMs` past the gateway's provider timeout, after carrying the request out).
 */
import { describe, expect, inject, it } from "vitest";
import { fakeDintero } from "../../node/fakes/dintero-control";
import { vippsControl } from "../../node/fakes/vipps-control";
import { api, call, createSession, go, location } from "../helpers";

const vipps = vippsControl(`http://127.0.0.1:${inject("fakeVippsPort")}`);
const dintero = fakeDintero(inject("fakeDinteroPort"));

/** Past the gateway's provider timeout in tests (800 ms): the answer never arrives in time. */
const TOO_LATE_MS = 1_500;
/** Three tries of a call that each wait out the timeout, and the waits between them. */
const SLOW_TEST_MS = 20_000;

type Money = { status: string; authorized_amount: number; captured_amount: number; refunded_amount: number };
const amounts = (session: Money) => [session.status, session.authorized_amount, session.captured_amount, session.refunded_amount];

async function move(id: string, kind: "capture" | "refund" | "cancel", body?: unknown, key?: string) {
  const response = await api(`/v1/sessions/${id}/${kind}`, {
    method: "POST",
    ...(body === undefined ? {} : { body }),
    ...(key ? { headers: { "idempotency-key": key } } : {}),
  });
  return { status: response.status, body: (await response.json()) as Money & { type?: string } };
}

interface Provider {
  name: "vipps" | "dintero";
  /** Creates a manual-capture session, and has the customer approve it at the provider. */
  authorize(): Promise<{ id: string; reference: string }>;
  /** What the provider itself holds: captured and refunded, in minor units. */
  held(reference: string): Promise<{ captured: number; refunded: number }>;
  /** Makes the next `times` calls of `kind` on this payment be carried out but answered too late. */
  loseAnswers(reference: string, kind: "capture" | "refund", times: number): Promise<void>;
  /**
   * The merchant's first answer when the provider's answers are lost: Vipps' client can only say it
   * does not know (502, and the merchant tries again); Dintero's reads the transaction after the
   * timeout and finds the movement there by its reference (200 at once).
   */
  lostAnswerStatus: number;
}

const PROVIDERS: Provider[] = [
  {
    name: "vipps",
    lostAnswerStatus: 502,
    async authorize() {
      const session = await createSession({ provider: "vipps", capture: "manual" });
      const reference = `${session.sessionKey}-1`;
      expect((await go(session.code)).status).toBe(303);
      expect(await vipps.decide(reference, "approve")).toBe(200);
      await call(`/r/${reference}`);
      return { id: session.id, reference };
    },
    async held(reference) {
      const { aggregate } = await vipps.payment(reference);
      return { captured: aggregate.capturedAmount.value, refunded: aggregate.refundedAmount.value };
    },
    async loseAnswers(reference, kind, times) {
      await vipps.fail({
        path: `/epayment/v1/payments/${reference}/${kind}`,
        method: "POST",
        hangMs: TOO_LATE_MS,
        afterProcessing: true,
        times,
      });
    },
  },
  {
    name: "dintero",
    lostAnswerStatus: 200,
    async authorize() {
      const session = await createSession({ provider: "dintero", capture: "manual" });
      const reference = `${session.sessionKey}-1`;
      const tapped = await go(session.code);
      expect(tapped.status).toBe(303);
      const [at] = await dintero.sessions(reference);
      const decided = await dintero.decide(at?.id ?? "", "approve");
      expect(decided.ok).toBe(true);
      await call(`/r/${reference}`);
      expect(location(tapped)).toContain("/hosted/");
      return { id: session.id, reference };
    },
    async held(reference) {
      const [at] = await dintero.sessions(reference);
      const done = (at?.transaction?.events ?? []).filter((event) => event.success);
      const sum = (name: string) => done.filter((event) => event.event === name).reduce((total, event) => total + (event.amount ?? 0), 0);
      return { captured: sum("CAPTURE"), refunded: sum("REFUND") };
    },
    async loseAnswers(reference, kind, times) {
      const [at] = await dintero.sessions(reference);
      const path = `/v1/transactions/${at?.transaction?.id}/${kind}`;
      await dintero.fail({ path, method: "POST", hangMs: TOO_LATE_MS, afterProcessing: true, times });
    },
  },
];

describe.each(PROVIDERS)("$name: manual capture through the API", (provider) => {
  it("captures in two parts and refunds in two, and the provider holds what the session says", async () => {
    const { id, reference } = await provider.authorize();
    expect(amounts((await move(id, "capture", { amount: 10000 })).body)).toEqual(["authorized", 29990, 10000, 0]);
    expect(amounts((await move(id, "capture")).body)).toEqual(["paid", 29990, 29990, 0]);
    expect(amounts((await move(id, "refund", { amount: 5000, reason: "One ticket" })).body)).toEqual(["paid", 29990, 29990, 5000]);
    expect(amounts((await move(id, "refund")).body)).toEqual(["refunded", 29990, 29990, 29990]);
    expect(await provider.held(reference)).toEqual({ captured: 29990, refunded: 29990 });
    expect((await move(id, "refund", { amount: 1 })).status).toBe(409);
  });

  it(
    "a capture whose answer was lost, retried with the same Idempotency-Key, captures once",
    async () => {
      const { id, reference } = await provider.authorize();
      await provider.loseAnswers(reference, "capture", 3);
      const lost = await move(id, "capture", { amount: 10000 }, `ship-${id}`);
      expect(lost.status).toBe(provider.lostAnswerStatus);
      expect(await provider.held(reference)).toEqual({ captured: 10000, refunded: 0 });
      const retried = await move(id, "capture", { amount: 10000 }, `ship-${id}`);
      expect(retried.status).toBe(200);
      expect(amounts(retried.body)).toEqual(["authorized", 29990, 10000, 0]);
      expect(await provider.held(reference)).toEqual({ captured: 10000, refunded: 0 });
    },
    SLOW_TEST_MS,
  );

  it(
    "a refund whose answer was lost, retried with the same Idempotency-Key, refunds once",
    async () => {
      const { id, reference } = await provider.authorize();
      await move(id, "capture");
      await provider.loseAnswers(reference, "refund", 3);
      expect((await move(id, "refund", { amount: 5000 }, `return-${id}`)).status).toBe(provider.lostAnswerStatus);
      const retried = await move(id, "refund", { amount: 5000 }, `return-${id}`);
      expect(retried.status).toBe(200);
      expect(amounts(retried.body)).toEqual(["paid", 29990, 29990, 5000]);
      expect(await provider.held(reference)).toEqual({ captured: 29990, refunded: 5000 });
    },
    SLOW_TEST_MS,
  );
});

describe("void through the API", () => {
  it("vipps: cancel releases the reservation; nothing is captured", async () => {
    const { id, reference } = await PROVIDERS[0]!.authorize();
    expect(amounts((await move(id, "cancel")).body)).toEqual(["cancelled", 0, 0, 0]);
    expect((await vipps.payment(reference)).aggregate.cancelledAmount.value).toBe(29990);
  });

  it("dintero: cancel voids the authorization", async () => {
    const { id, reference } = await PROVIDERS[1]!.authorize();
    expect(amounts((await move(id, "cancel")).body)).toEqual(["cancelled", 0, 0, 0]);
    const [at] = await dintero.sessions(reference);
    expect(at?.transaction?.status).toBe("AUTHORIZATION_VOIDED");
  });
});
