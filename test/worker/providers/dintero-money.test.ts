/**
 * The Dintero client's money after the authorization, against the fake Dintero: captures and
 * refunds, whole and partial, what Dintero refuses, voids of authorized and partly captured
 * payments, the amounts every read reports, movements made once per key although Dintero takes
 * no idempotency key (the key rides as `capture_reference` / `refund_reference`), and
 * `auto_capture`. The decisions behind them are tested first, as tables.
 */
import { describe, expect, it } from "vitest";
import type { DinteroAccount } from "../../../src/config/provider-accounts";
import { afterRefusedCancel, movedWith, transactionMoney } from "../../../src/providers/dintero";
import { ProviderError } from "../../../src/providers/http";
import { type AttemptOrder, type AttemptState, type AuthorizedPayment, NO_MONEY } from "../../../src/providers/provider";
import { FAKE_DINTERO } from "../../node/fakes/credentials";
import { begin, fake, newAccount } from "./dintero-setup";

/** The fixtures' order amount, in minor units. */
const AMOUNT = 29990;
/** One week and a minute, in seconds: past the fake's 7-day authorization window. */
const PAST_AUTHORIZATION_S = 7 * 24 * 3_600 + 60;

let keys = 0;
/** A fresh movement key, as the session object derives one from a merchant's Idempotency-Key. */
const key = () => `move-${Date.now().toString(36)}-${++keys}`;

const money = (authorized: number, captured: number, refunded: number) => ({ authorized, captured, refunded });

/** A payment the customer approved at the fake, and what capture and refund need to name it. */
async function approved(order: Partial<AttemptOrder> = {}, account?: DinteroAccount) {
  const started = await begin(order, account);
  await fake.decide(started.attempt.providerRef, "approve");
  const state = await started.provider.read(started.attempt.providerRef);
  if (!state.transactionId) throw new Error(`not authorized: ${JSON.stringify(state)}`);
  const payment: AuthorizedPayment = {
    providerRef: started.attempt.providerRef,
    transactionId: state.transactionId,
    currency: started.sent.currency,
  };
  const read = () => started.provider.read(started.attempt.providerRef);
  const atFake = async () => (await fake.session(started.attempt.providerRef))?.transaction;
  /** The POSTs of `operation` this test's client sent. */
  const posts = async (operation: string) =>
    (await fake.log(started.account.client_id)).counts[`POST /v1/transactions/{id}/${operation}`] ?? 0;
  return { ...started, payment, read, atFake, posts };
}

/** What the promise was rejected with, which must be a ProviderError. */
async function refusal(promise: Promise<unknown>): Promise<ProviderError> {
  const error: unknown = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

type Transaction = Parameters<typeof transactionMoney>[0];
/** A transaction as Dintero answers it, authorized for 1000. */
const tx = (status: Transaction["status"], events: Transaction["events"] = []): Transaction => ({
  id: "T11223344.t",
  status,
  amount: 1000,
  events,
});
const ok = (event: string, amount?: number, reference?: string) => ({
  event,
  success: true,
  ...(amount === undefined ? {} : { amount }),
  ...(reference === undefined ? {} : { event_reference: reference }),
});

describe("the money of a transaction", () => {
  it.each([
    ["initiated", tx("INITIATED"), NO_MONEY],
    ["declined", tx("DECLINED"), NO_MONEY],
    ["on hold", tx("ON_HOLD"), NO_MONEY],
    ["authorized", tx("AUTHORIZED", [ok("AUTHORIZE")]), money(1000, 0, 0)],
    ["partly captured twice", tx("PARTIALLY_CAPTURED", [ok("CAPTURE", 300), ok("CAPTURE", 200)]), money(1000, 500, 0)],
    [
      "a failed capture not counted",
      tx("PARTIALLY_CAPTURED", [ok("CAPTURE", 300), { event: "CAPTURE", success: false, amount: 700 }]),
      money(1000, 300, 0),
    ],
    ["a capture still under way not counted", tx("AUTHORIZED", [ok("INITIATE_CAPTURE", 400)]), money(1000, 0, 0)],
    ["captured and partly refunded", tx("PARTIALLY_REFUNDED", [ok("CAPTURE", 1000), ok("REFUND", 250)]), money(1000, 1000, 250)],
    ["refunded", tx("REFUNDED", [ok("CAPTURE", 1000), ok("REFUND", 400), ok("REFUND", 600)]), money(1000, 1000, 1000)],
    ["voided", tx("AUTHORIZATION_VOIDED", [ok("AUTHORIZE"), ok("VOID", 1000)]), money(0, 0, 0)],
    ["voided, its events left out", tx("AUTHORIZATION_VOIDED"), money(0, 0, 0)],
    ["voided after a part capture", tx("CAPTURED", [ok("CAPTURE", 300), ok("VOID", 700)]), money(300, 300, 0)],
  ])("%s", (_, transaction, expected) => {
    expect(transactionMoney(transaction)).toEqual(expected);
  });

  it.each([
    ["a capture with the key", "capture", [ok("CAPTURE", 100, "k")], true],
    ["a capture under way with the key", "capture", [ok("INITIATE_CAPTURE", 100, "k")], true],
    ["a failed capture with the key", "capture", [{ event: "CAPTURE", success: false, amount: 100, event_reference: "k" }], false],
    ["a capture with another key", "capture", [ok("CAPTURE", 100, "other")], false],
    ["a refund with the key, asked about a capture", "capture", [ok("REFUND", 100, "k")], false],
    ["a refund with the key", "refund", [ok("CAPTURE", 100), ok("REFUND", 100, "k")], true],
    ["no events", "refund", [], false],
  ] as const)("a movement is on the transaction already: %s is %s", (_, movement, events, expected) => {
    expect(movedWith(tx("CAPTURED", [...events]), movement, "k")).toBe(expected);
  });

  const state = (status: AttemptState["status"], held: ReturnType<typeof money>): AttemptState => ({
    status,
    transactionId: status === "authorized" ? "T11223344.t" : null,
    money: held,
  });
  it.each([
    ["a payment that may still come", state("pending", NO_MONEY), "refused"],
    ["an authorization", state("authorized", money(1000, 0, 0)), "void"],
    ["a partly captured payment", state("authorized", money(1000, 300, 0)), "void"],
    ["a captured payment", state("authorized", money(1000, 1000, 200)), "done"],
    ["a payment voided after a part capture", state("authorized", money(300, 300, 0)), "done"],
    ["a voided authorization", state("cancelled", NO_MONEY), "done"],
    ["a failed payment", state("failed", NO_MONEY), "done"],
  ] as const)("after Dintero refused to cancel the session of %s: %s", (_, given, expected) => {
    expect(afterRefusedCancel(given)).toBe(expected);
  });
});

describe("capturing", () => {
  it("captures the whole amount with the movement's key as capture_reference", async () => {
    const { provider, payment, read, atFake } = await approved();
    const movement = { amount: AMOUNT, idempotencyKey: key() };
    expect(await provider.capture(payment, movement)).toEqual({
      status: "authorized",
      transactionId: payment.transactionId,
      money: money(AMOUNT, AMOUNT, 0),
    });
    expect((await read()).money).toEqual(money(AMOUNT, AMOUNT, 0));
    const transaction = await atFake();
    expect(transaction?.status).toBe("CAPTURED");
    expect(transaction?.events.filter((entry) => entry.event === "CAPTURE")).toMatchObject([
      { amount: AMOUNT, success: true, event_reference: movement.idempotencyKey },
    ]);
  });

  it("captures in parts, reads the amounts at each step, and is refused more than is left", async () => {
    const { provider, payment, read, atFake, posts } = await approved();
    expect((await read()).money).toEqual(money(AMOUNT, 0, 0));
    expect((await provider.capture(payment, { amount: 10_000, idempotencyKey: key() })).money).toEqual(money(AMOUNT, 10_000, 0));
    expect((await read()).money).toEqual(money(AMOUNT, 10_000, 0));
    expect((await atFake())?.status).toBe("PARTIALLY_CAPTURED");
    expect((await provider.capture(payment, { amount: 15_000, idempotencyKey: key() })).money).toEqual(money(AMOUNT, 25_000, 0));
    const error = await refusal(provider.capture(payment, { amount: 5_000, idempotencyKey: key() }));
    expect(error).toMatchObject({
      status: 400,
      body: { error: { code: "BAD_REQUEST", message: "amount: 5000 is more than the 4990 left to capture" } },
    });
    expect(await posts("capture")).toBe(3);
    expect((await read()).money).toEqual(money(AMOUNT, 25_000, 0));
    expect((await provider.capture(payment, { amount: 4_990, idempotencyKey: key() })).money).toEqual(money(AMOUNT, AMOUNT, 0));
    expect((await atFake())?.status).toBe("CAPTURED");
  });

  it("is refused on a voided authorization, in Dintero's words", async () => {
    const { provider, payment } = await approved();
    await provider.cancel(payment.providerRef);
    const error = await refusal(provider.capture(payment, { amount: 100, idempotencyKey: key() }));
    expect(error).toMatchObject({
      status: 400,
      body: {
        error: {
          code: "TRANSACTION_OPERATION_NOT_ALLOWED",
          message: "cannot capture a dintero_psp.vipps transaction that is AUTHORIZATION_VOIDED",
        },
      },
    });
  });

  it("is refused once the authorization has expired", async () => {
    const { account, provider, payment, read } = await approved();
    await fake.advanceClock(PAST_AUTHORIZATION_S, { clientId: account.client_id });
    const error = await refusal(provider.capture(payment, { amount: AMOUNT, idempotencyKey: key() }));
    expect(error).toMatchObject({ status: 400, body: { error: { code: "AUTHORIZATION_EXPIRED" } } });
    expect((await read()).money).toEqual(money(AMOUNT, 0, 0));
  });
});

describe("refunding", () => {
  it("refunds in part and then the rest, with its reason, and is refused more than was captured", async () => {
    const { provider, payment, read, atFake } = await approved();
    await provider.capture(payment, { amount: AMOUNT, idempotencyKey: key() });
    const first = { amount: 5_000, idempotencyKey: key(), reason: "One ticket returned" };
    expect((await provider.refund(payment, first)).money).toEqual(money(AMOUNT, AMOUNT, 5_000));
    expect((await atFake())?.status).toBe("PARTIALLY_REFUNDED");
    const error = await refusal(provider.refund(payment, { amount: 30_000, idempotencyKey: key() }));
    expect(error).toMatchObject({ status: 400, body: { error: { message: "amount: 30000 is more than the 24990 left to refund" } } });
    expect((await provider.refund(payment, { amount: 24_990, idempotencyKey: key() })).money).toEqual(money(AMOUNT, AMOUNT, AMOUNT));
    expect(await read()).toEqual({ status: "authorized", transactionId: payment.transactionId, money: money(AMOUNT, AMOUNT, AMOUNT) });
    expect((await atFake())?.status).toBe("REFUNDED");
    const { entries } = await fake.log(first.idempotencyKey);
    expect(entries.filter((entry) => entry.method === "POST").map((entry) => entry.body)).toEqual([
      { amount: 5_000, refund_reference: first.idempotencyKey, reason: "One ticket returned" },
    ]);
  });

  it("refunds only what a part capture took", async () => {
    const { provider, payment, atFake } = await approved();
    await provider.capture(payment, { amount: 10_000, idempotencyKey: key() });
    const error = await refusal(provider.refund(payment, { amount: 10_001, idempotencyKey: key() }));
    expect(error).toMatchObject({ status: 400, body: { error: { message: "amount: 10001 is more than the 10000 left to refund" } } });
    expect((await provider.refund(payment, { amount: 10_000, idempotencyKey: key() })).money).toEqual(money(AMOUNT, 10_000, 10_000));
    expect((await atFake())?.status).toBe("PARTIALLY_CAPTURED_REFUNDED");
  });

  it("is refused before anything was captured", async () => {
    const { provider, payment } = await approved();
    const error = await refusal(provider.refund(payment, { amount: 100, idempotencyKey: key() }));
    expect(error).toMatchObject({
      status: 400,
      body: { error: { message: "cannot refund a dintero_psp.vipps transaction that is AUTHORIZED" } },
    });
  });
});

describe("voiding", () => {
  it("releases an authorization: nothing is held after", async () => {
    const { provider, payment, read, atFake } = await approved();
    await provider.cancel(payment.providerRef);
    expect(await read()).toEqual({ status: "cancelled", transactionId: null, money: NO_MONEY });
    expect((await atFake())?.status).toBe("AUTHORIZATION_VOIDED");
  });

  it("releases what a part capture left of a MobilePay authorization, and keeps the capture", async () => {
    const { provider, payment, read, atFake, posts } = await approved({ currency: "DKK", paymentMethod: "mobilepay" });
    await provider.capture(payment, { amount: 10_000, idempotencyKey: key() });
    await provider.cancel(payment.providerRef);
    expect(await posts("void")).toBe(1);
    expect(await read()).toEqual({ status: "authorized", transactionId: payment.transactionId, money: money(10_000, 10_000, 0) });
    expect((await atFake())?.events.at(-1)).toMatchObject({ event: "VOID", amount: AMOUNT - 10_000, success: true });
    await expect(provider.cancel(payment.providerRef)).resolves.toBeUndefined();
    expect(await posts("void")).toBe(1);
    const error = await refusal(provider.capture(payment, { amount: 1, idempotencyKey: key() }));
    expect(error.status).toBe(400);
  });

  it("passes on Dintero's refusal to void a part-captured payment of its own Vipps", async () => {
    const { provider, payment, read } = await approved();
    await provider.capture(payment, { amount: 10_000, idempotencyKey: key() });
    const error = await refusal(provider.cancel(payment.providerRef));
    expect(error).toMatchObject({
      status: 400,
      body: { error: { message: "cannot void a dintero_psp.vipps transaction that is PARTIALLY_CAPTURED" } },
    });
    expect((await read()).money).toEqual(money(AMOUNT, 10_000, 0));
  });

  it("takes a void whose answer was lost for done, when its retry finds nothing left to release", async () => {
    const { account, provider, payment, read, posts } = await approved({ currency: "DKK", paymentMethod: "mobilepay" });
    await provider.capture(payment, { amount: 10_000, idempotencyKey: key() });
    await fake.fail({
      path: `/v1/transactions/${payment.transactionId}/void`,
      match: account.client_id,
      status: 500,
      afterProcessing: true,
    });
    await provider.cancel(payment.providerRef);
    expect(await posts("void")).toBe(2);
    expect((await read()).money).toEqual(money(10_000, 10_000, 0));
  });

  // Dintero answers 200 yet leaves the money reserved (the fake plays a fault that answers 200 and
  // does nothing): the void does not count, the caller hears it as the provider's failure.
  it.each([
    [
      "the session's cancel of an authorization",
      { currency: "NOK", paymentMethod: "vipps" },
      (payment: AuthorizedPayment) => `/v1/sessions/${payment.providerRef}/cancel`,
    ],
    [
      "the void of what a part capture left",
      { currency: "DKK", paymentMethod: "mobilepay" },
      (payment: AuthorizedPayment) => `/v1/transactions/${payment.transactionId}/void`,
    ],
  ] as const)("does not count %s that Dintero accepted but did not carry out", async (_, order, path) => {
    const { account, provider, payment, read } = await approved(order);
    if (order.paymentMethod === "mobilepay") await provider.capture(payment, { amount: 10_000, idempotencyKey: key() });
    const before = (await read()).money;
    await fake.fail({ path: path(payment), match: account.client_id, status: 200 });
    const error = await refusal(provider.cancel(payment.providerRef));
    expect(error.message).toMatch(/not voided/);
    expect(await read()).toMatchObject({ status: "authorized", money: before });
    await provider.cancel(payment.providerRef);
    expect((await read()).money.authorized).toBe(before.captured);
  });

  it("has nothing to release on a captured payment", async () => {
    const { provider, payment, read, posts } = await approved();
    await provider.capture(payment, { amount: AMOUNT, idempotencyKey: key() });
    await provider.cancel(payment.providerRef);
    expect(await posts("void")).toBe(0);
    expect((await read()).money).toEqual(money(AMOUNT, AMOUNT, 0));
  });
});

describe("a movement made once per key", () => {
  it.each([
    ["whose answer never came (timed out after Dintero captured)", { hangMs: 3_000, afterProcessing: true }],
    ["answered 500 after Dintero captured", { status: 500, afterProcessing: true }],
    ["answered 503 before Dintero captured", { status: 503 }],
  ])(
    "a capture %s is captured once",
    async (_, fault) => {
      const { account, provider, payment, atFake } = await approved();
      await fake.fail({ path: `/v1/transactions/${payment.transactionId}/capture`, match: account.client_id, ...fault });
      const state = await provider.capture(payment, { amount: 10_000, idempotencyKey: key() });
      expect(state.money).toEqual(money(AMOUNT, 10_000, 0));
      expect((await atFake())?.events.filter((entry) => entry.event === "CAPTURE")).toHaveLength(1);
    },
    10_000,
  );

  it("a refund whose answer never came is refunded once", async () => {
    const { account, provider, payment, atFake } = await approved();
    await provider.capture(payment, { amount: AMOUNT, idempotencyKey: key() });
    await fake.fail({
      path: `/v1/transactions/${payment.transactionId}/refund`,
      match: account.client_id,
      hangMs: 3_000,
      afterProcessing: true,
    });
    expect((await provider.refund(payment, { amount: 1_000, idempotencyKey: key() })).money).toEqual(money(AMOUNT, AMOUNT, 1_000));
    expect((await atFake())?.events.filter((entry) => entry.event === "REFUND")).toHaveLength(1);
  }, 10_000);

  it("the same capture asked twice is sent once; another key is another capture", async () => {
    const { provider, payment, posts } = await approved();
    const movement = { amount: 10_000, idempotencyKey: key() };
    const first = await provider.capture(payment, movement);
    expect(await provider.capture(payment, movement)).toEqual(first);
    expect(await posts("capture")).toBe(1);
    expect((await provider.capture(payment, { ...movement, idempotencyKey: key() })).money).toEqual(money(AMOUNT, 20_000, 0));
  });

  it("a refusal is not tried again", async () => {
    const { provider, payment, posts } = await approved();
    await refusal(provider.capture(payment, { amount: AMOUNT + 1, idempotencyKey: key() }));
    expect(await posts("capture")).toBe(1);
  });

  it("gives up after three tries without an answer, with nothing captured", async () => {
    const { account, provider, payment, read } = await approved();
    await fake.fail({ path: `/v1/transactions/${payment.transactionId}/capture`, match: account.client_id, status: 503, times: 3 });
    const error = await refusal(provider.capture(payment, { amount: AMOUNT, idempotencyKey: key() }));
    expect(error).toMatchObject({ status: 503, body: { error: { message: "injected 503" } } });
    expect((await read()).money).toEqual(money(AMOUNT, 0, 0));
  }, 10_000);
});

describe("auto_capture", () => {
  it("is asked for an automatic capture, and the payment is captured at authorization", async () => {
    const { sent, read, atFake } = await approved({ capture: "automatic" });
    expect((await fake.sessions(sent.reference))[0]?.request.configuration.auto_capture).toBe(true);
    expect((await read()).money).toEqual(money(AMOUNT, AMOUNT, 0));
    expect((await atFake())?.status).toBe("CAPTURED");
  });

  it.each([
    ["manual", money(AMOUNT, 0, 0)],
    ["automatic", money(AMOUNT, AMOUNT, 0)],
  ] as const)("with a profile that captures at authorization, a %s capture holds", async (capture, expected) => {
    const account = await newAccount({ profile_id: FAKE_DINTERO.autoCaptureProfileId });
    const { read } = await approved({ capture }, account);
    expect((await read()).money).toEqual(expected);
  });
});
