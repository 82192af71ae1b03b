/**
 * The sandbox provider after the authorization: its client (`src/providers/sandbox.ts`) against
 * its Durable Object (`src/sandbox/sandbox-psp.ts`), inside workerd. Captures, refunds and voids,
 * whole and in parts, what each read reports, the refusals in the sandbox's words, one movement
 * per idempotency key, and the TEST page showing the money as it stands.
 */
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { configOf } from "../../../src/config/config";
import { wordsFor } from "../../../src/i18n/words";
import { ProviderError } from "../../../src/providers/http";
import type { AttemptOrder, AuthorizedPayment, Money } from "../../../src/providers/provider";
import { sandboxProvider } from "../../../src/providers/sandbox";
import type { SandboxDecision } from "../../../src/sandbox/sandbox-psp";
import { call, sandboxStub } from "../helpers";
import { attemptOrder } from "./fixtures";

const provider = sandboxProvider(env, configOf(env).sandboxCallbackSecret);
const AMOUNT = 29990;

let keys = 0;
/** A fresh idempotency key, as the gateway derives one per movement. */
function newKey(): string {
  keys += 1;
  return `mv_${Date.now().toString(36)}_${keys}`;
}

const money = (authorized: number, captured: number, refunded: number): Money => ({ authorized, captured, refunded });
const moving = (amount: number, idempotencyKey = newKey()) => ({ amount, idempotencyKey });

/** A sandbox payment started for `overrides` and decided on its page. */
async function decided(decision: SandboxDecision, overrides: Partial<AttemptOrder> = {}) {
  const order = attemptOrder("sandbox", overrides);
  const { providerRef } = await provider.start(order);
  await sandboxStub(providerRef).decide(decision);
  return { order, providerRef };
}

/** An approved sandbox payment of 299,90 NOK, as capture and refund name it. */
async function authorized(overrides: Partial<AttemptOrder> = {}): Promise<AuthorizedPayment> {
  const { order, providerRef } = await decided("approve", overrides);
  const { transactionId } = await provider.read(providerRef);
  if (!transactionId) throw new Error("an approved sandbox payment has a transaction id");
  return { providerRef, transactionId, currency: order.currency };
}

/** How the sandbox refused, as the ProviderError says it: the status, the sandbox's code, the words. */
async function refused(promise: Promise<unknown>): Promise<{ status: number | null; code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    const words = error.body as { error?: { code: string } } | null;
    return { status: error.status, code: words?.error?.code ?? "", message: error.message };
  }
  throw new Error("the sandbox did not refuse");
}

/** The sandbox's own word for the payment, as its record holds it. */
async function sandboxStatus(payment: AuthorizedPayment): Promise<string | undefined> {
  return (await sandboxStub(payment.providerRef).get())?.status;
}

describe("reading the money", () => {
  it("is all 0 before the authorization and the whole amount after it", async () => {
    const order = attemptOrder("sandbox");
    const { providerRef } = await provider.start(order);
    expect(await provider.read(providerRef)).toEqual({ status: "pending", transactionId: null, money: money(0, 0, 0) });
    await sandboxStub(providerRef).decide("approve");
    expect(await provider.read(providerRef)).toEqual({ status: "authorized", transactionId: providerRef, money: money(AMOUNT, 0, 0) });
  });

  it.each(["decline", "cancel"] as const)("is all 0 after a %s", async (decision) => {
    const { providerRef } = await decided(decision);
    expect((await provider.read(providerRef)).money).toEqual(money(0, 0, 0));
  });

  it("ignores capture: automatic, like Vipps: the gateway captures by calling capture", async () => {
    const payment = await authorized({ capture: "automatic" });
    expect(await provider.read(payment.providerRef)).toEqual({
      status: "authorized",
      transactionId: payment.providerRef,
      money: money(AMOUNT, 0, 0),
    });
    expect(await sandboxStatus(payment)).toBe("AUTHORIZED");
  });

  it("counts the whole amount of an authorization recorded before the sandbox moved money", async () => {
    const { providerRef } = await decided("approve");
    await runInDurableObject(sandboxStub(providerRef), async (_, state) => {
      const { money: _dropped, ...older } = (await state.storage.get<{ money: Money }>("payment")) ?? { money: null };
      await state.storage.put("payment", older);
    });
    expect((await provider.read(providerRef)).money).toEqual(money(AMOUNT, 0, 0));
    const payment = { providerRef, transactionId: providerRef, currency: "NOK" };
    expect((await provider.capture(payment, moving(AMOUNT))).money).toEqual(money(AMOUNT, AMOUNT, 0));
  });

  it("is a ProviderError 404 for a payment the sandbox does not have", async () => {
    expect((await refused(provider.read("sbx_1111111111111111111A"))).status).toBe(404);
  });
});

describe("capture", () => {
  it("takes the whole authorization at once", async () => {
    const payment = await authorized();
    const after = await provider.capture(payment, moving(AMOUNT));
    expect(after).toEqual({ status: "authorized", transactionId: payment.providerRef, money: money(AMOUNT, AMOUNT, 0) });
    expect(await provider.read(payment.providerRef)).toEqual(after);
    expect(await sandboxStatus(payment)).toBe("CAPTURED");
  });

  it("takes two parts, then refuses more than is left, in its own words, and takes exactly the rest", async () => {
    const payment = await authorized();
    expect((await provider.capture(payment, moving(10000))).money).toEqual(money(AMOUNT, 10000, 0));
    expect(await sandboxStatus(payment)).toBe("PARTIALLY_CAPTURED");
    expect((await provider.capture(payment, moving(15000))).money).toEqual(money(AMOUNT, 25000, 0));
    expect((await provider.read(payment.providerRef)).money).toEqual(money(AMOUNT, 25000, 0));

    const error = await provider.capture(payment, moving(5000)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      provider: "sandbox",
      status: 400,
      message: "sandbox: a capture of 5000 is more than the 4990 left to capture",
      body: { error: { code: "AMOUNT_TOO_LARGE", message: "a capture of 5000 is more than the 4990 left to capture" } },
    });
    expect((await provider.read(payment.providerRef)).money).toEqual(money(AMOUNT, 25000, 0));

    expect((await provider.capture(payment, moving(4990))).money).toEqual(money(AMOUNT, AMOUNT, 0));
    expect(await sandboxStatus(payment)).toBe("CAPTURED");
  });

  it.each([
    ["decline", "DECLINED"],
    ["cancel", "CANCELLED"],
  ] as const)("is refused on a payment its customer chose to %s (%s)", async (decision, status) => {
    const { order, providerRef } = await decided(decision);
    expect(await refused(provider.capture({ providerRef, transactionId: providerRef, currency: order.currency }, moving(100)))).toEqual({
      status: 409,
      code: "INVALID_TRANSACTION_STATUS",
      message: `sandbox: the payment is ${status}: it takes no capture`,
    });
  });

  it("is refused on an expired payment", async () => {
    const { order, providerRef } = await decided("approve");
    await runInDurableObject(sandboxStub(providerRef), async (_, state) => {
      const record = await state.storage.get<object>("payment");
      await state.storage.put("payment", { ...record, status: "CREATED", money: undefined, expires_at: Date.now() - 1 });
    });
    expect(await refused(provider.capture({ providerRef, transactionId: providerRef, currency: order.currency }, moving(100)))).toEqual({
      status: 409,
      code: "INVALID_TRANSACTION_STATUS",
      message: "sandbox: the payment is EXPIRED: it takes no capture",
    });
  });

  it("is refused in another currency, for an amount of 0, or for a payment the sandbox does not have", async () => {
    const payment = await authorized();
    expect(await refused(provider.capture({ ...payment, currency: "EUR" }, moving(100)))).toEqual({
      status: 400,
      code: "INVALID_CURRENCY",
      message: "sandbox: the payment is in NOK, not EUR",
    });
    expect((await refused(provider.capture(payment, moving(0)))).code).toBe("INVALID_AMOUNT");
    const unknown = { ...payment, providerRef: "sbx_1111111111111111111A" };
    expect((await refused(provider.capture(unknown, moving(100)))).status).toBe(404);
    expect((await refused(provider.capture({ ...payment, providerRef: "not-a-sandbox-id" }, moving(100)))).status).toBe(404);
    expect((await provider.read(payment.providerRef)).money).toEqual(money(AMOUNT, 0, 0));
  });
});

describe("refund", () => {
  it("gives back part, refuses more than is left, then gives back the rest", async () => {
    const payment = await authorized();
    await provider.capture(payment, moving(AMOUNT));
    expect((await provider.refund(payment, { ...moving(10000), reason: "one ticket returned" })).money).toEqual(
      money(AMOUNT, AMOUNT, 10000),
    );
    expect(await sandboxStatus(payment)).toBe("PARTIALLY_REFUNDED");
    expect(await refused(provider.refund(payment, moving(20000)))).toEqual({
      status: 400,
      code: "AMOUNT_TOO_LARGE",
      message: "sandbox: a refund of 20000 is more than the 19990 left to refund",
    });
    const after = await provider.refund(payment, moving(19990));
    expect(after).toEqual({ status: "authorized", transactionId: payment.providerRef, money: money(AMOUNT, AMOUNT, AMOUNT) });
    expect(await provider.read(payment.providerRef)).toEqual(after);
    expect(await sandboxStatus(payment)).toBe("REFUNDED");
  });

  it("never gives back more than was captured, and the rest can still be captured", async () => {
    const payment = await authorized();
    expect((await refused(provider.refund(payment, moving(1)))).message).toBe("sandbox: a refund of 1 is more than the 0 left to refund");
    await provider.capture(payment, moving(10000));
    expect((await refused(provider.refund(payment, moving(10001)))).code).toBe("AMOUNT_TOO_LARGE");
    expect((await provider.refund(payment, moving(10000))).money).toEqual(money(AMOUNT, 10000, 10000));
    expect(await sandboxStatus(payment)).toBe("PARTIALLY_CAPTURED_REFUNDED");
    expect((await provider.capture(payment, moving(19990))).money).toEqual(money(AMOUNT, AMOUNT, 10000));
    expect(await sandboxStatus(payment)).toBe("PARTIALLY_REFUNDED");
  });
});

describe("void (cancel)", () => {
  it("releases a whole authorization: nothing can be captured after it, and repeating it changes nothing", async () => {
    const payment = await authorized();
    await provider.cancel(payment.providerRef);
    const voided = { status: "cancelled", transactionId: null, money: money(0, 0, 0) };
    expect(await provider.read(payment.providerRef)).toEqual(voided);
    expect(await sandboxStatus(payment)).toBe("AUTHORIZATION_VOIDED");
    expect(await refused(provider.capture(payment, moving(100)))).toEqual({
      status: 409,
      code: "INVALID_TRANSACTION_STATUS",
      message: "sandbox: the payment is AUTHORIZATION_VOIDED: it takes no capture",
    });
    await provider.cancel(payment.providerRef);
    expect(await provider.read(payment.providerRef)).toEqual(voided);
  });

  it("releases what a partly captured payment has not captured, and keeps what it has", async () => {
    const payment = await authorized();
    await provider.capture(payment, moving(10000));
    await provider.cancel(payment.providerRef);
    expect(await provider.read(payment.providerRef)).toEqual({
      status: "authorized",
      transactionId: payment.providerRef,
      money: money(10000, 10000, 0),
    });
    expect(await sandboxStatus(payment)).toBe("CAPTURED");
    expect((await refused(provider.capture(payment, moving(1)))).message).toBe(
      "sandbox: a capture of 1 is more than the 0 left to capture",
    );
    expect((await provider.refund(payment, moving(10000))).money).toEqual(money(10000, 10000, 10000));
    expect(await sandboxStatus(payment)).toBe("REFUNDED");
  });

  it("releases nothing of a captured payment", async () => {
    const payment = await authorized();
    await provider.capture(payment, moving(AMOUNT));
    await provider.cancel(payment.providerRef);
    expect((await provider.read(payment.providerRef)).money).toEqual(money(AMOUNT, AMOUNT, 0));
  });
});

describe("one movement per idempotency key", () => {
  it("answers a repeated capture with its first result and moves the money once", async () => {
    const payment = await authorized();
    const first = moving(10000);
    const answer = await provider.capture(payment, first);
    expect(await provider.capture(payment, first)).toEqual(answer);
    await provider.capture(payment, moving(5000));
    expect(await provider.capture(payment, first)).toEqual(answer);
    expect((await provider.read(payment.providerRef)).money).toEqual(money(AMOUNT, 15000, 0));
  });

  it("moves money once when the answer to the first try was lost and the same capture is sent again", async () => {
    const payment = await authorized();
    const movement = moving(10000);
    // The first try reached the sandbox and moved the money; its answer never came back.
    const lost = await sandboxStub(payment.providerRef).move({
      kind: "capture",
      key: movement.idempotencyKey,
      amount: 10000,
      currency: "NOK",
    });
    expect(lost.ok).toBe(true);
    const retried = await provider.capture(payment, movement);
    expect(retried.money).toEqual(money(AMOUNT, 10000, 0));
    expect((await provider.read(payment.providerRef)).money).toEqual(money(AMOUNT, 10000, 0));
  });

  it("moves money once for the same capture sent three times at once", async () => {
    const payment = await authorized();
    const movement = moving(10000);
    const answers = await Promise.all([1, 2, 3].map(() => provider.capture(payment, movement)));
    for (const answer of answers) expect(answer.money).toEqual(money(AMOUNT, 10000, 0));
    expect((await provider.read(payment.providerRef)).money).toEqual(money(AMOUNT, 10000, 0));
  });

  it("moves a refund once for its key", async () => {
    const payment = await authorized();
    await provider.capture(payment, moving(AMOUNT));
    const refund = moving(5000);
    await provider.refund(payment, refund);
    await provider.refund(payment, refund);
    expect((await provider.read(payment.providerRef)).money).toEqual(money(AMOUNT, AMOUNT, 5000));
  });

  it("refuses the same key with another amount, or for a refund, and moves nothing for it", async () => {
    const payment = await authorized();
    const key = newKey();
    await provider.capture(payment, moving(10000, key));
    expect(await refused(provider.capture(payment, moving(12000, key)))).toEqual({
      status: 409,
      code: "IDEMPOTENCY_KEY_REUSED",
      message: "sandbox: the idempotency key was used for a capture of 10000 NOK, not a capture of 12000 NOK",
    });
    expect((await refused(provider.refund(payment, moving(10000, key)))).code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect((await provider.read(payment.providerRef)).money).toEqual(money(AMOUNT, 10000, 0));
  });

  it("keeps keys per payment: the same key captures on two payments", async () => {
    const [one, two] = await Promise.all([authorized(), authorized()]);
    const key = newKey();
    await provider.capture(one, moving(10000, key));
    expect((await provider.capture(two, moving(20000, key))).money).toEqual(money(AMOUNT, 20000, 0));
  });
});

describe("the TEST page", () => {
  const nok = (minor: number) => wordsFor("en").amount(minor, "NOK");

  async function page(payment: AuthorizedPayment): Promise<string> {
    const response = await call(`/sandbox/pay/${payment.providerRef}`);
    expect(response.status).toBe(200);
    return response.text();
  }

  it("shows the status and the money as it stands after each step", async () => {
    const payment = await authorized();
    expect(await page(payment)).toContain(
      `This test payment is authorized</h2><p class="note">Authorized ${nok(AMOUNT)} · Captured ${nok(0)} · Refunded ${nok(0)}</p>`,
    );
    await provider.capture(payment, moving(10000));
    expect(await page(payment)).toContain(
      `This test payment is partly captured</h2><p class="note">Authorized ${nok(AMOUNT)} · Captured ${nok(10000)} · Refunded ${nok(0)}</p>`,
    );
    await provider.refund(payment, moving(2500));
    expect(await page(payment)).toContain(
      `This test payment is partly captured, partly refunded</h2><p class="note">Authorized ${nok(AMOUNT)} · Captured ${nok(10000)} · Refunded ${nok(2500)}</p>`,
    );
    await provider.cancel(payment.providerRef);
    expect(await page(payment)).toContain(
      `This test payment is partly refunded</h2><p class="note">Authorized ${nok(10000)} · Captured ${nok(10000)} · Refunded ${nok(2500)}</p>`,
    );
  });

  it("shows no money for a payment that was never authorized", async () => {
    const { providerRef } = await decided("decline");
    const text = await page({ providerRef, transactionId: providerRef, currency: "NOK" });
    expect(text).toContain("This test payment is declined");
    expect(text).not.toContain("Authorized");
  });
});
