/**
 * Money after the authorization at Vipps MobilePay, the client against the fake Vipps: captures and
 * refunds in full and in parts, what Vipps refuses (more than is left, a payment not authorized or
 * released, a key used with another amount, too many calls), a release of what is not captured,
 * the amounts `read` reports at each step, a capture whose answer was lost, and the webhooks of each.
 */
import { describe, expect, it } from "vitest";
import { type AuthorizedPayment, type Money, type MoneyMovement, NO_MONEY } from "../../../src/providers/provider";
import { movementKey, vippsProvider } from "../../../src/providers/vipps";
import { asRequest, CREATE_PATH, providerError, started, TIMEOUT_MS, webhook } from "./vipps-support";

const AMOUNT = 29990;

const money = (authorized: number, captured: number, refunded: number): Money => ({ authorized, captured, refunded });

let movements = 0;

/** A movement of `amount` with a key of its own, unless it is given one. */
function movement(amount: number, idempotencyKey = `move-${Date.now().toString(36)}-${++movements}`): MoneyMovement {
  return { amount, idempotencyKey };
}

/** An attempt the customer approved, and what the gateway knows of it once read. */
async function authorized() {
  const setup = await started();
  const reference = setup.started.providerRef;
  await setup.fake.decide(reference, "approve");
  const { transactionId } = await setup.provider.read(reference);
  const payment: AuthorizedPayment = { providerRef: reference, transactionId: transactionId ?? "", currency: "NOK" };
  const path = (operation: "capture" | "refund" | "cancel") => `${CREATE_PATH}/${reference}/${operation}`;
  const held = (amounts: Money) => ({ status: "authorized", transactionId, money: amounts });
  return { ...setup, reference, payment, path, held };
}

describe("capturing", () => {
  it("captures the whole amount: Vipps' answer and a read say so, and the request is as the API asks", async () => {
    const { fake, provider, payment, reference, path, held } = await authorized();
    expect(await provider.capture(payment, movement(AMOUNT, "capture-all-1"))).toEqual(held(money(AMOUNT, AMOUNT, 0)));
    expect(await provider.read(reference)).toEqual(held(money(AMOUNT, AMOUNT, 0)));
    const [sent, ...more] = await fake.requests({ path: path("capture") });
    expect(more).toEqual([]);
    expect(sent?.status).toBe(200);
    expect(JSON.parse(sent?.body ?? "")).toEqual({ modificationAmount: { currency: "NOK", value: AMOUNT } });
    expect(sent?.headers).toMatchObject({ "idempotency-key": "capture-all-1", "content-type": "application/json" });
    expect(await fake.payment(reference)).toMatchObject({ state: "AUTHORIZED", events: ["CREATED", "AUTHORIZED", "CAPTURED"] });
  });

  it("captures in two parts, then Vipps refuses more than is left, with its words; what is left can still be taken", async () => {
    const { fake, provider, payment, reference, held } = await authorized();
    expect(await provider.capture(payment, movement(10000))).toEqual(held(money(AMOUNT, 10000, 0)));
    expect(await provider.capture(payment, movement(15000))).toEqual(held(money(AMOUNT, 25000, 0)));
    const refused = await providerError(provider.capture(payment, movement(5000)));
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ status: 400, title: "Capture amount too high" });
    expect(await provider.read(reference)).toEqual(held(money(AMOUNT, 25000, 0)));
    expect(await provider.capture(payment, movement(4990))).toEqual(held(money(AMOUNT, AMOUNT, 0)));
    expect(await fake.stats()).toMatchObject({ captureRequests: 4 });
  });

  it.each([
    ["not yet approved", null, "Cannot capture before reservation"],
    ["declined", "decline", "Payment cannot be captured"],
    ["expired", "abandon", "Payment cannot be captured"],
    ["terminated by the gateway", "terminate", "Payment cannot be captured"],
  ] as const)("is refused on a payment %s", async (_, action, title) => {
    const { fake, provider, started: result } = await started();
    if (action === "terminate") await provider.cancel(result.providerRef);
    else if (action) await fake.decide(result.providerRef, action);
    const payment = { providerRef: result.providerRef, transactionId: "none", currency: "NOK" };
    const refused = await providerError(provider.capture(payment, movement(100)));
    expect([refused.status, refused.body]).toMatchObject([400, { title }]);
    expect((await fake.payment(result.providerRef)).aggregate.capturedAmount.value).toBe(0);
  });

  it("sends a key longer than Vipps takes as its hash, the same every time", async () => {
    const { fake, provider, payment, path } = await authorized();
    const long = `merchant-key-${"x".repeat(60)}`;
    await provider.capture(payment, movement(100, long));
    await provider.capture(payment, movement(100, long));
    const keys = (await fake.requests({ path: path("capture") })).map((seen) => seen.headers["idempotency-key"]);
    expect(keys).toEqual([await movementKey(long), await movementKey(long)]);
    expect((await fake.payment(payment.providerRef)).aggregate.capturedAmount.value).toBe(100);
  });

  it.each([
    ["a key that fits", "k".repeat(50), "k".repeat(50)],
    ["a short key", "capture-1", "capture-1"],
  ])("sends %s as it is", async (_, key, sent) => {
    expect(await movementKey(key)).toBe(sent);
  });

  it("makes a longer key 43 characters of base64url, different for different keys", async () => {
    const [one, other] = [await movementKey("k".repeat(51)), await movementKey("k".repeat(52))];
    expect(one).toMatch(/^[\w-]{43}$/);
    expect(other).toMatch(/^[\w-]{43}$/);
    expect(one).not.toBe(other);
  });
});

describe("refunding", () => {
  it("refunds in parts and in full, and Vipps refuses more than was captured, with its words", async () => {
    const { provider, payment, reference, held } = await authorized();
    await provider.capture(payment, movement(20000));
    expect(await provider.refund(payment, movement(5000))).toEqual(held(money(AMOUNT, 20000, 5000)));
    const tooMuch = await providerError(provider.refund(payment, movement(15001)));
    expect([tooMuch.status, tooMuch.body]).toMatchObject([400, { title: "Not enough refundable" }]);
    expect(await provider.refund(payment, movement(15000))).toEqual(held(money(AMOUNT, 20000, 20000)));
    const again = await providerError(provider.refund(payment, movement(1)));
    expect([again.status, again.body]).toMatchObject([400, { title: "Payment already refunded" }]);
    expect(await provider.read(reference)).toEqual(held(money(AMOUNT, 20000, 20000)));
  });

  it("is refused for money never captured", async () => {
    const { provider, payment } = await authorized();
    const refused = await providerError(provider.refund(payment, movement(100)));
    expect([refused.status, refused.body]).toMatchObject([400, { title: "Not enough refundable" }]);
  });
});

describe("releasing what is not captured (cancel)", () => {
  it("releases an authorization in full: nothing can be captured after", async () => {
    const { provider, payment, reference } = await authorized();
    await provider.cancel(reference);
    expect(await provider.read(reference)).toEqual({ status: "cancelled", transactionId: null, money: money(0, 0, 0) });
    const refused = await providerError(provider.capture(payment, movement(100)));
    expect([refused.status, refused.body]).toMatchObject([400, { title: "Cannot capture a cancelled payment" }]);
  });

  it("releases only the rest of a partly captured payment; the captured part stays, and can be refunded", async () => {
    const { fake, provider, payment, reference, held } = await authorized();
    await provider.capture(payment, movement(10000));
    await provider.cancel(reference);
    expect((await fake.payment(reference)).aggregate).toMatchObject({
      authorizedAmount: { value: AMOUNT },
      cancelledAmount: { value: AMOUNT - 10000 },
      capturedAmount: { value: 10000 },
    });
    expect(await provider.read(reference)).toEqual(held(money(10000, 10000, 0)));
    await provider.cancel(reference);
    expect(await fake.stats()).toMatchObject({ cancelRequests: 1 });
    const refused = await providerError(provider.capture(payment, movement(1)));
    expect(refused.body).toMatchObject({ title: "Cannot capture a cancelled payment" });
    expect(await provider.refund(payment, movement(10000))).toEqual(held(money(10000, 10000, 10000)));
  });

  it("has nothing to release on a fully captured payment, and asks Vipps nothing", async () => {
    const { fake, provider, payment, reference, held } = await authorized();
    await provider.capture(payment, movement(AMOUNT));
    await provider.cancel(reference);
    expect(await fake.stats()).toMatchObject({ cancelRequests: 0 });
    expect(await provider.read(reference)).toEqual(held(money(AMOUNT, AMOUNT, 0)));
  });
});

describe("what a read reports", () => {
  it("reports the money at each step: none, reserved, captured, refunded, the rest released", async () => {
    const { fake, provider, started: result } = await started();
    const reference = result.providerRef;
    const read = async () => (await provider.read(reference)).money;
    expect(await read()).toEqual(NO_MONEY);
    await fake.decide(reference, "approve");
    expect(await read()).toEqual(money(AMOUNT, 0, 0));
    const payment = { providerRef: reference, transactionId: (await fake.payment(reference)).pspReference, currency: "NOK" };
    await provider.capture(payment, movement(12000));
    expect(await read()).toEqual(money(AMOUNT, 12000, 0));
    await provider.refund(payment, movement(2000));
    expect(await read()).toEqual(money(AMOUNT, 12000, 2000));
    await provider.cancel(reference);
    expect(await read()).toEqual(money(12000, 12000, 2000));
  });
});

describe("the same movement sent twice", () => {
  it.each([
    ["held past the timeout", { hangMs: 2000 }],
    ["answered 502", { status: 502 }],
  ])("a capture whose answer was lost (%s) is retried with the same key, and the money moves once", async (_, fault) => {
    const { fake, provider, payment, reference, path, held } = await authorized();
    await fake.fail({ path: path("capture"), method: "POST", afterProcessing: true, ...fault });
    expect(await provider.capture(payment, movement(10000, "capture-lost-1"))).toEqual(held(money(AMOUNT, 10000, 0)));
    const sent = await fake.requests({ path: path("capture") });
    expect(sent.map((seen) => seen.headers["idempotency-key"])).toEqual(["capture-lost-1", "capture-lost-1"]);
    expect(sent[1]?.status).toBe(200);
    const { aggregate, events } = await fake.payment(reference);
    expect(aggregate.capturedAmount.value).toBe(10000);
    expect(events.filter((name) => name === "CAPTURED")).toHaveLength(1);
  });

  it("a refund sent again later with its key moves nothing more, and is answered as the first time", async () => {
    const { fake, provider, payment, reference, held } = await authorized();
    await provider.capture(payment, movement(AMOUNT));
    const first = await provider.refund(payment, movement(5000, "refund-twice-1"));
    expect(await provider.refund(payment, movement(5000, "refund-twice-1"))).toEqual(first);
    expect(first).toEqual(held(money(AMOUNT, AMOUNT, 5000)));
    expect(await fake.stats()).toMatchObject({ refundRequests: 2 });
    expect((await fake.payment(reference)).aggregate.refundedAmount.value).toBe(5000);
  });

  it("the same key with another amount is Vipps' 409, with its words, and moves nothing", async () => {
    const { fake, provider, payment, reference } = await authorized();
    await provider.capture(payment, movement(10000, "capture-conflict-1"));
    const refused = await providerError(provider.capture(payment, movement(5000, "capture-conflict-1")));
    expect([refused.status, refused.body]).toMatchObject([409, { title: "Capture idempotency conflict" }]);
    expect((await fake.payment(reference)).aggregate.capturedAmount.value).toBe(10000);
  });
});

describe("Vipps' rate limit on adjustments", () => {
  it("refuses a sixth capture on one payment within a minute with Vipps' 429, and lets it through a minute later", async () => {
    const { fake, account, payment } = await authorized();
    const once = vippsProvider(account, { timeoutMs: TIMEOUT_MS, tries: 1 });
    for (let n = 0; n < 5; n++) await once.capture(payment, movement(100));
    const refused = await providerError(once.capture(payment, movement(100)));
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ statusCode: 429, message: expect.stringMatching(/^Rate limit is exceeded/) });
    await fake.advanceClock(60);
    expect((await once.capture(payment, movement(100))).money.captured).toBe(600);
  });

  it("counts each payment on its own", async () => {
    const first = await authorized();
    const once = vippsProvider(first.account, { timeoutMs: TIMEOUT_MS, tries: 1 });
    for (let n = 0; n < 5; n++) await once.capture(first.payment, movement(100));
    const other = await first.provider.start({ ...first.order, reference: `${first.reference}0` });
    await first.fake.decide(other.providerRef, "approve");
    const payment = { ...first.payment, providerRef: other.providerRef };
    expect((await once.capture(payment, movement(100))).money.captured).toBe(100);
  });
});

describe("webhooks of money moved", () => {
  it("the fake queues captured, refunded and cancelled notices with the amount moved and the key; each names the attempt", async () => {
    const { fake, provider, payment, reference } = await authorized();
    await provider.capture(payment, movement(10000, "capture-notice-1"));
    await provider.refund(payment, movement(4000, "refund-notice-1"));
    await provider.cancel(reference);
    const expected = [
      ["CAPTURED", "epayments.payment.captured.v1", 10000, "capture-notice-1"],
      ["REFUNDED", "epayments.payment.refunded.v1", 4000, "refund-notice-1"],
      ["CANCELLED", "epayments.payment.cancelled.v1", AMOUNT - 10000, `${reference}-cancel-authorized`],
    ] as const;
    for (const [name, event, value, key] of expected) {
      const notice = await webhook(fake, reference, name);
      expect(notice.event).toBe(event);
      expect(JSON.parse(notice.body)).toMatchObject({ name, amount: { currency: "NOK", value }, idempotencyKey: key, success: true });
      expect(await provider.verifyCallback(asRequest(notice))).toBe(reference);
    }
  });
});
