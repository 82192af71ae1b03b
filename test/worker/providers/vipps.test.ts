/**
 * The Vipps MobilePay client against the fake Vipps: what a payment is created with, how its state
 * and money are read and it is ended, tokens, provider trouble, and webhook verification (money
 * moved after the authorization: vipps-money.test.ts). Each test has a world of the fake to itself
 * (`/w/<name>`, see vipps-support.ts), so its clock, tokens, payments and faults are its own.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { newPayCode } from "../../../src/domain/ids";
import { type Money, NO_MONEY } from "../../../src/providers/provider";
import {
  attemptStatusOf,
  createPaymentBody,
  moneyOf,
  msisdn,
  paymentDescription,
  releasable,
  SYSTEM_HEADERS,
  VIPPS_URL_LIFETIME_MS,
  type VippsPayment,
  vippsProvider,
} from "../../../src/providers/vipps";
import { FAKE_VIPPS } from "../../node/fakes/credentials";
import { attemptOrder } from "./fixtures";
import { asRequest, CALLBACK, CREATE_PATH, providerError, started, TIMEOUT_MS, webhook, world } from "./vipps-support";

const money = (authorized: number, captured: number, refunded: number): Money => ({ authorized, captured, refunded });

afterEach(() => {
  vi.useRealTimers();
});

describe("what a payment is created with", () => {
  it("sends a WEB_REDIRECT payment for the hosted handoff, with every header Vipps asks for", async () => {
    const before = Date.now();
    const { fake, order: sent, started: result } = await started();
    expect(result.providerRef).toBe(sent.reference);
    expect(result.url).toMatch(new RegExp(`^${fake.base}/landing/[\\w-]+$`));
    expect(result.urlExpiresAt).toBeGreaterThanOrEqual(before + VIPPS_URL_LIFETIME_MS);
    expect(result.urlExpiresAt).toBeLessThanOrEqual(Date.now() + VIPPS_URL_LIFETIME_MS);

    const [create] = await fake.requests({ path: CREATE_PATH });
    expect(create?.status).toBe(201);
    expect(JSON.parse(create?.body ?? "")).toEqual({
      amount: { currency: "NOK", value: 29990 },
      paymentMethod: { type: "WALLET" },
      reference: sent.reference,
      userFlow: "WEB_REDIRECT",
      returnUrl: sent.returnUrl,
      paymentDescription: "Two tickets",
      customer: { phoneNumber: "4799999999" },
    });
    expect(create?.headers).toMatchObject({
      authorization: expect.stringMatching(/^Bearer fake\./),
      "ocp-apim-subscription-key": FAKE_VIPPS.subscriptionKey,
      "merchant-serial-number": FAKE_VIPPS.msn,
      "idempotency-key": sent.reference,
      "content-type": "application/json",
      "vipps-system-name": "paylink",
      "vipps-system-version": SYSTEM_HEADERS["Vipps-System-Version"],
      "vipps-system-plugin-name": SYSTEM_HEADERS["Vipps-System-Plugin-Name"],
      "vipps-system-plugin-version": SYSTEM_HEADERS["Vipps-System-Plugin-Version"],
    });
  });

  it("asks for the token with the four credentials and an empty body", async () => {
    const { fake } = await started();
    const [token] = await fake.requests({ path: "/accesstoken/get" });
    expect(token).toMatchObject({
      method: "POST",
      body: "",
      status: 200,
      headers: {
        client_id: FAKE_VIPPS.clientId,
        client_secret: FAKE_VIPPS.clientSecret,
        "ocp-apim-subscription-key": FAKE_VIPPS.subscriptionKey,
        "merchant-serial-number": FAKE_VIPPS.msn,
      },
    });
  });

  it("sends NATIVE_REDIRECT for the app handoff and passes the vippsMT:// deeplink on as given", async () => {
    const { fake, order: sent, started: result } = await started({ handoff: "app" });
    expect(result.url).toMatch(/^vippsMT:\/\/\?token=[\w-]+$/);
    expect((await fake.payment(sent.reference)).redirectUrl).toBe(result.url);
    const [create] = await fake.requests({ path: CREATE_PATH });
    expect(JSON.parse(create?.body ?? "")).toMatchObject({ userFlow: "NATIVE_REDIRECT", returnUrl: sent.returnUrl });
  });

  it("leaves the customer out when no usable phone number is known, and fits a short description", async () => {
    const { fake } = await started({ phoneNumber: null, description: "ab" });
    const [create] = await fake.requests({ path: CREATE_PATH });
    const body = JSON.parse(create?.body ?? "") as Record<string, unknown>;
    expect(body).not.toHaveProperty("customer");
    expect(body.paymentDescription).toBe("Local Test Shop ab");
  });

  it("asks for nothing more when the money is to be captured at once: ePayment has no direct capture", () => {
    const order = attemptOrder("vipps");
    expect(createPaymentBody({ ...order, capture: "automatic" })).toEqual(createPaymentBody({ ...order, capture: "manual" }));
  });

  it("starting the same attempt again is the same payment, not a second one", async () => {
    const { fake, provider, order: sent, started: first } = await started();
    expect(await provider.start(sent)).toMatchObject({ providerRef: first.providerRef, url: first.url });
    expect(await fake.stats()).toMatchObject({ createRequests: 2, paymentsCreated: 1 });
  });

  it("surfaces Vipps' refusal of a bad body, with its problem, and does not retry it", async () => {
    const { fake, account } = world();
    const error = await providerError(vippsProvider(account, { timeoutMs: TIMEOUT_MS }).start(attemptOrder("vipps", { amount: 0 })));
    expect(error.status).toBe(400);
    expect(error.body).toMatchObject({ status: 400, extraDetails: [{ name: "amount.value" }] });
    expect(await fake.stats()).toMatchObject({ createRequests: 1, paymentsCreated: 0 });
  });

  it.each(["DKK", "EUR"])("is refused by Vipps in %s, another currency than its Norwegian sales unit's", async (currency) => {
    const { fake, account } = world();
    const order = attemptOrder("vipps", { currency, paymentMethod: "mobilepay" });
    const error = await providerError(vippsProvider(account, { timeoutMs: TIMEOUT_MS }).start(order));
    expect(error.status).toBe(400);
    expect(error.body).toMatchObject({ extraDetails: [{ name: "amount.currency" }] });
    expect(await fake.stats()).toMatchObject({ createRequests: 1, paymentsCreated: 0 });
  });

  it("surfaces a 409 when the reference was used before with another body", async () => {
    const { provider, order: sent } = await started();
    const error = await providerError(provider.start({ ...sent, amount: 100 }));
    expect(error.status).toBe(409);
    expect(error.body).toMatchObject({ title: "Idempotency error" });
  });
});

describe("fitting Vipps' fields", () => {
  it.each([
    ["+4799999999", "4799999999"],
    ["+4512345678", "4512345678"],
    ["+471234567", null],
    ["+4712345678901234", null],
    [null, null],
  ])("the phone number %j is sent as %j", (phone, expected) => {
    expect(msisdn(phone)).toBe(expected);
  });

  it.each([
    ["Two tickets", "Local Test Shop", "Two tickets"],
    ["  Two \n tickets ", "Local Test Shop", "Two tickets"],
    ["ab", "Local Test Shop", "Local Test Shop ab"],
    ["a", "X", "X a"],
    ["", "X", "Payment X"],
    ["x".repeat(150), "Shop", `${"x".repeat(99)}…`],
    [`${"x".repeat(98)}😀😀`, "Shop", `${"x".repeat(98)}…`],
  ])("the description %j of %j is sent as %j", (description, merchant, expected) => {
    const text = paymentDescription(description, merchant);
    expect(text).toBe(expected);
    expect(text.length).toBeGreaterThanOrEqual(3);
    expect(text.length).toBeLessThanOrEqual(100);
  });
});

describe("reading a payment", () => {
  it("is pending until the customer approves, then authorized with Vipps' pspReference", async () => {
    const { fake, provider, started: result } = await started();
    expect(await provider.read(result.providerRef)).toEqual({ status: "pending", transactionId: null, money: NO_MONEY });
    expect(await fake.decide(result.providerRef, "approve")).toBe(200);
    const { pspReference } = await fake.payment(result.providerRef);
    expect(await provider.read(result.providerRef)).toEqual({
      status: "authorized",
      transactionId: pspReference,
      money: money(29990, 0, 0),
    });
  });

  it.each([
    ["decline", "cancelled"],
    ["abandon", "expired"],
  ] as const)("after the customer's %s it is %s", async (action, status) => {
    const { fake, provider, started: result } = await started();
    await fake.decide(result.providerRef, action);
    expect(await provider.read(result.providerRef)).toEqual({ status, transactionId: null, money: NO_MONEY });
  });

  it("cannot be opened after 5 minutes, and Vipps expires it only after the full 10", async () => {
    const { fake, provider, started: result } = await started();
    await fake.advanceClock(301);
    expect(await fake.decide(result.providerRef, "approve")).toBe(409);
    expect((await provider.read(result.providerRef)).status).toBe("pending");
    await fake.advanceClock(300);
    expect((await provider.read(result.providerRef)).status).toBe("expired");
  });

  it("opened within 5 minutes, it can still be approved until 10", async () => {
    const { fake, provider, started: result } = await started();
    await fake.advanceClock(240);
    expect((await fetch(result.url)).status).toBe(200);
    await fake.advanceClock(300);
    expect(await fake.decide(result.providerRef, "approve")).toBe(200);
    expect((await provider.read(result.providerRef)).status).toBe("authorized");
  });

  // What Vipps' aggregate says (authorized, cancelled, captured, refunded) and what the client makes of it.
  it.each([
    ["CREATED", [0, 0, 0, 0], "pending", NO_MONEY, true],
    ["ABORTED", [0, 0, 0, 0], "cancelled", NO_MONEY, false],
    ["EXPIRED", [0, 0, 0, 0], "expired", NO_MONEY, false],
    ["TERMINATED", [0, 100, 0, 0], "cancelled", NO_MONEY, false],
    ["AUTHORIZED", [100, 0, 0, 0], "authorized", money(100, 0, 0), true],
    ["AUTHORIZED", [100, 100, 0, 0], "cancelled", money(0, 0, 0), false],
    ["AUTHORIZED", [100, 0, 40, 0], "authorized", money(100, 40, 0), true],
    ["AUTHORIZED", [100, 60, 40, 0], "authorized", money(40, 40, 0), false],
    ["AUTHORIZED", [100, 0, 100, 0], "authorized", money(100, 100, 0), false],
    ["AUTHORIZED", [100, 0, 100, 30], "authorized", money(100, 100, 30), false],
    ["AUTHORIZED", [100, 60, 40, 40], "authorized", money(40, 40, 40), false],
  ] as const)(
    "%s with the aggregate %j is %s, holds %j, and a cancel would release something: %s",
    (state, amounts, status, held, cancellable) => {
      const nok = (value: number) => ({ currency: "NOK", value });
      const [authorized, cancelled, captured, refunded] = amounts;
      const payment: VippsPayment = {
        reference: "7Hq2xZk9PwR4mB-1",
        state,
        amount: nok(100),
        pspReference: "123",
        aggregate: {
          authorizedAmount: nok(authorized),
          cancelledAmount: nok(cancelled),
          capturedAmount: nok(captured),
          refundedAmount: nok(refunded),
        },
      };
      expect(attemptStatusOf(payment)).toBe(status);
      expect(moneyOf(payment)).toEqual(held);
      expect(releasable(payment)).toBe(cancellable);
    },
  );

  it("does not believe an answer of the wrong shape", async () => {
    const { fake, provider, started: result } = await started();
    await fake.fail({ path: `${CREATE_PATH}/${result.providerRef}`, method: "GET", status: 200 });
    const error = await providerError(provider.read(result.providerRef));
    expect(error.message).toMatch(/unexpected answer/);
  });
});

describe("ending a payment", () => {
  it("terminates one not yet authorized, with a key of its own, and needs nothing more the second time", async () => {
    const { fake, provider, started: result } = await started();
    await provider.cancel(result.providerRef);
    expect(await fake.payment(result.providerRef)).toMatchObject({ state: "TERMINATED", events: ["CREATED", "TERMINATED"] });
    await provider.cancel(result.providerRef);
    const cancels = await fake.requests({ path: `${CREATE_PATH}/${result.providerRef}/cancel` });
    expect(cancels.map((seen) => [seen.status, seen.headers["idempotency-key"]])).toEqual([[200, `${result.providerRef}-cancel-created`]]);
    expect(await provider.read(result.providerRef)).toEqual({ status: "cancelled", transactionId: null, money: NO_MONEY });
  });

  it("releases an authorization: Vipps keeps AUTHORIZED, the client reads it as cancelled", async () => {
    const { fake, provider, started: result } = await started();
    await fake.decide(result.providerRef, "approve");
    await provider.cancel(result.providerRef);
    const payment = await fake.payment(result.providerRef);
    expect(payment.state).toBe("AUTHORIZED");
    expect(payment.aggregate.cancelledAmount.value).toBe(29990);
    expect(payment.events.at(-1)).toBe("CANCELLED");
    expect(await provider.read(result.providerRef)).toEqual({ status: "cancelled", transactionId: null, money: money(0, 0, 0) });
    await provider.cancel(result.providerRef);
    expect(await fake.stats()).toMatchObject({ cancelRequests: 1 });
  });

  it.each(["decline", "abandon"] as const)("does nothing, and does not throw, for a payment already ended (%s)", async (action) => {
    const { fake, provider, started: result } = await started();
    await fake.decide(result.providerRef, action);
    await provider.cancel(result.providerRef);
    expect(await fake.stats()).toMatchObject({ cancelRequests: 0 });
  });

  it("takes Vipps' refusal as done when the payment ended meanwhile", async () => {
    const { fake, provider, started: result } = await started();
    await fake.fail({ path: `${CREATE_PATH}/*`, method: "POST", status: 409, afterProcessing: true });
    await provider.cancel(result.providerRef);
    expect((await fake.payment(result.providerRef)).state).toBe("TERMINATED");
  });

  it("throws when Vipps refuses and the payment is still live", async () => {
    const { fake, provider, started: result } = await started();
    await fake.fail({ path: `${CREATE_PATH}/*`, method: "POST", status: 409 });
    expect((await providerError(provider.cancel(result.providerRef))).status).toBe(409);
    expect((await fake.payment(result.providerRef)).state).toBe("CREATED");
  });

  it("retries a cancel that met a 503 with the same Idempotency-Key", async () => {
    const { fake, provider, started: result } = await started();
    await fake.fail({ path: `${CREATE_PATH}/*`, method: "POST", status: 503 });
    await provider.cancel(result.providerRef);
    const cancels = await fake.requests({ path: `${CREATE_PATH}/${result.providerRef}/cancel` });
    expect(cancels.map((seen) => seen.status)).toEqual([503, 200]);
    expect(new Set(cancels.map((seen) => seen.headers["idempotency-key"])).size).toBe(1);
  });
});

describe("access tokens", () => {
  it("fetches one token for many calls", async () => {
    const { fake, provider, started: result } = await started();
    await provider.read(result.providerRef);
    await provider.read(result.providerRef);
    await provider.cancel(result.providerRef);
    expect(await fake.stats()).toMatchObject({ tokenRequests: 1, createRequests: 1, getRequests: 3, cancelRequests: 1 });
  });

  it("fetches a new one when the old one has run out, before Vipps refuses it", async () => {
    const { fake, provider, started: result } = await started();
    await fake.advanceClock(3600);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 3600_000);
    await provider.read(result.providerRef);
    const seen = await fake.requests();
    expect(seen.map((entry) => [entry.path, entry.status])).toEqual([
      ["/accesstoken/get", 200],
      [CREATE_PATH, 201],
      ["/accesstoken/get", 200],
      [`${CREATE_PATH}/${result.providerRef}`, 200],
    ]);
  });

  it("renews a token Vipps refuses, once, and goes on", async () => {
    const { fake, provider, started: result } = await started();
    await fake.revokeTokens();
    expect((await provider.read(result.providerRef)).status).toBe("pending");
    const seen = await fake.requests({ path: `${CREATE_PATH}/${result.providerRef}` });
    expect(seen.map((entry) => entry.status)).toEqual([401, 200]);
    expect(seen[0]?.headers.authorization).not.toBe(seen[1]?.headers.authorization);
    expect(await fake.stats()).toMatchObject({ tokenRequests: 2 });
  });

  it("gives up when the fresh token is refused too", async () => {
    const { fake, provider, started: result } = await started();
    await fake.fail({ path: `${CREATE_PATH}/${result.providerRef}`, method: "GET", status: 401, times: 5 });
    expect((await providerError(provider.read(result.providerRef))).status).toBe(401);
    expect(await fake.stats()).toMatchObject({ tokenRequests: 2, getRequests: 2 });
  });

  it("does not believe a token answer of the wrong shape, and never passes that answer on", async () => {
    const { fake, account } = world();
    await fake.fail({ path: "/accesstoken/get", status: 200 });
    const error = await providerError(vippsProvider(account, { timeoutMs: TIMEOUT_MS }).start(attemptOrder("vipps")));
    expect(error.message).toMatch(/access token: unexpected answer/);
    expect(error.body).toBeNull();
  });

  it("surfaces wrong credentials as the token endpoint's 401", async () => {
    const { fake, account } = world({ client_secret: "wrong" });
    const error = await providerError(vippsProvider(account, { timeoutMs: TIMEOUT_MS }).start(attemptOrder("vipps")));
    expect(error.status).toBe(401);
    expect(await fake.stats()).toMatchObject({ tokenRequests: 1, createRequests: 0 });
  });
});

describe("provider trouble", () => {
  it("retries a create that met 503 twice: one payment, the same Idempotency-Key each time", async () => {
    const { fake, account } = world();
    await fake.fail({ path: CREATE_PATH, status: 503, times: 2 });
    const sent = attemptOrder("vipps");
    await vippsProvider(account, { timeoutMs: TIMEOUT_MS }).start(sent);
    const creates = await fake.requests({ path: CREATE_PATH });
    expect(creates.map((seen) => seen.status)).toEqual([503, 503, 201]);
    expect(creates.map((seen) => seen.headers["idempotency-key"])).toEqual([sent.reference, sent.reference, sent.reference]);
    expect(new Set(creates.map((seen) => seen.body)).size).toBe(1);
    expect(await fake.stats()).toMatchObject({ paymentsCreated: 1 });
  });

  it("gets the payment made by a try whose answer was lost, not a second one", async () => {
    const { fake, account } = world();
    await fake.fail({ path: CREATE_PATH, status: 502, afterProcessing: true });
    const result = await vippsProvider(account, { timeoutMs: TIMEOUT_MS }).start(attemptOrder("vipps"));
    expect(await fake.stats()).toMatchObject({ createRequests: 2, paymentsCreated: 1 });
    expect((await fake.payment(result.providerRef)).redirectUrl).toBe(result.url);
  });

  it("waits as Retry-After asks after a 429", async () => {
    const { fake, account } = world();
    await fake.fail({ path: CREATE_PATH, status: 429, retryAfter: 1 });
    await vippsProvider(account, { timeoutMs: TIMEOUT_MS }).start(attemptOrder("vipps"));
    const creates = await fake.requests({ path: CREATE_PATH });
    expect(creates.map((seen) => seen.status)).toEqual([429, 201]);
    expect((creates[1]?.at ?? 0) - (creates[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it("gives up after the bounded tries when Vipps does not answer in time", async () => {
    const { fake, account } = world();
    await fake.fail({ path: CREATE_PATH, hangMs: 2000, times: 5 });
    const error = await providerError(vippsProvider(account, { timeoutMs: 300 }).start(attemptOrder("vipps")));
    expect(error.status).toBeNull();
    expect(error.message).toMatch(/timed out/);
    expect(await fake.stats()).toMatchObject({ createRequests: 3 });
  });
});

describe("the fake keeps Vipps' contract", () => {
  const credentials = {
    client_id: FAKE_VIPPS.clientId,
    client_secret: FAKE_VIPPS.clientSecret,
    "Ocp-Apim-Subscription-Key": FAKE_VIPPS.subscriptionKey,
    "Merchant-Serial-Number": FAKE_VIPPS.msn,
  };

  async function session() {
    const { fake } = world();
    const token = (await (await fetch(`${fake.base}/accesstoken/get`, { method: "POST", headers: credentials })).json()) as {
      access_token: string;
      expires_in: string;
    };
    const headers = {
      authorization: `Bearer ${token.access_token}`,
      "Ocp-Apim-Subscription-Key": FAKE_VIPPS.subscriptionKey,
      "Merchant-Serial-Number": FAKE_VIPPS.msn,
    };
    const create = (body: unknown, extra: Record<string, string> = {}) =>
      fetch(`${fake.base}${CREATE_PATH}`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", "Idempotency-Key": newPayCode(), ...extra },
        body: JSON.stringify(body),
      });
    return { fake, token, headers, create };
  }

  const good = () => {
    const reference = `${newPayCode()}-1`;
    return {
      amount: { currency: "NOK", value: 29990 },
      paymentMethod: { type: "WALLET" },
      reference,
      userFlow: "WEB_REDIRECT",
      returnUrl: `https://pay.test/r/${reference}`,
      paymentDescription: "Two tickets",
    };
  };

  it("issues tokens as Vipps does: strings, 1 hour in the test environment", async () => {
    const { token } = await session();
    expect(token).toMatchObject({ expires_in: "3600", access_token: expect.any(String) });
  });

  it.each([
    ["a reference with a space", { reference: "7Hq2xZk9 PwR4mB-1" }, "reference"],
    ["a reference too short", { reference: "7Hq2-1" }, "reference"],
    ["a currency Vipps does not take", { amount: { currency: "SEK", value: 100 } }, "amount.currency"],
    ["a fractional amount", { amount: { currency: "NOK", value: 10.5 } }, "amount.value"],
    ["a zero amount", { amount: { currency: "NOK", value: 0 } }, "amount.value"],
    ["an unknown user flow", { userFlow: "REDIRECT" }, "userFlow"],
    ["a WEB_REDIRECT without a return URL", { returnUrl: undefined }, "returnUrl"],
    ["a return URL over plain http", { returnUrl: "http://pay.test/r/x" }, "returnUrl"],
    ["a two-letter description", { paymentDescription: "ab" }, "paymentDescription"],
    ["a description of 101 characters", { paymentDescription: "x".repeat(101) }, "paymentDescription"],
    ["a phone number with +", { customer: { phoneNumber: "+4799999999" } }, "customer.phoneNumber"],
    ["a phone number too short", { customer: { phoneNumber: "479999999" } }, "customer.phoneNumber"],
    ["no payment method", { paymentMethod: undefined }, "paymentMethod"],
  ])("refuses a payment with %s, naming the field", async (_, change, field) => {
    const { create } = await session();
    const response = await create({ ...good(), ...change });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { status: number; traceId: string; extraDetails: { name: string }[] };
    expect(problem.extraDetails.map((detail) => detail.name)).toContain(field);
  });

  it("takes a phone number of digits, and a NATIVE_REDIRECT without a return URL", async () => {
    const { create } = await session();
    expect((await create({ ...good(), customer: { phoneNumber: "4799999999" } })).status).toBe(201);
    expect((await create({ ...good(), userFlow: "NATIVE_REDIRECT", returnUrl: undefined })).status).toBe(201);
  });

  it.each([
    ["no Idempotency-Key", { "Idempotency-Key": "" }, 400],
    ["an Idempotency-Key of 51 characters", { "Idempotency-Key": "k".repeat(51) }, 400],
    ["no subscription key", { "Ocp-Apim-Subscription-Key": "" }, 401],
    ["a token it never issued", { authorization: "Bearer fake.forged" }, 401],
    ["another sales unit's MSN", { "Merchant-Serial-Number": "654321" }, 403],
    ["a body that is not JSON by its type", { "content-type": "text/plain" }, 415],
  ])("refuses a create with %s", async (_, extra, status) => {
    const { create } = await session();
    expect((await create(good(), extra)).status).toBe(status);
  });

  it("refuses a token that has run out", async () => {
    const { fake, create } = await session();
    await fake.advanceClock(3600);
    expect((await create(good())).status).toBe(401);
  });

  it.each([
    ["a wrong client secret", { client_secret: "wrong" }],
    ["a wrong subscription key", { "Ocp-Apim-Subscription-Key": "wrong" }],
    ["another MSN", { "Merchant-Serial-Number": "654321" }],
  ])("refuses a token request with %s", async (_, change) => {
    const { fake } = world();
    expect((await fetch(`${fake.base}/accesstoken/get`, { method: "POST", headers: { ...credentials, ...change } })).status).toBe(401);
  });

  it("answers the same Idempotency-Key and body with the same payment, another body with 409", async () => {
    const { fake, create } = await session();
    const body = good();
    const first = await create(body, { "Idempotency-Key": body.reference });
    const again = await create(body, { "Idempotency-Key": body.reference });
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(await first.json());
    expect((await create({ ...body, paymentDescription: "Other" }, { "Idempotency-Key": body.reference })).status).toBe(409);
    expect((await create(body, { "Idempotency-Key": "another-key" })).status).toBe(409);
    expect(await fake.stats()).toMatchObject({ paymentsCreated: 1 });
  });

  it("answers 404 for a payment it does not have, and 400 to cancel one that ended", async () => {
    const { fake, headers, create } = await session();
    expect((await fetch(`${fake.base}${CREATE_PATH}/unknown-reference`, { headers })).status).toBe(404);
    const body = good();
    await create(body);
    await fake.decide(body.reference, "decline");
    const cancel = await fetch(`${fake.base}${CREATE_PATH}/${body.reference}/cancel`, {
      method: "POST",
      headers: { ...headers, "Idempotency-Key": "cancel-1" },
    });
    expect(cancel.status).toBe(400);
    expect(await cancel.json()).toMatchObject({ title: "Payment cannot be cancelled" });
  });

  /** An approved payment of 299.90 NOK, and a way to adjust it as a client would. */
  async function approved() {
    const { fake, headers, create } = await session();
    const body = good();
    await create(body);
    await fake.decide(body.reference, "approve");
    const adjust = (operation: "capture" | "refund", sent: unknown, extra: Record<string, string> = {}) =>
      fetch(`${fake.base}${CREATE_PATH}/${body.reference}/${operation}`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json", "Idempotency-Key": newPayCode(), ...extra },
        body: JSON.stringify(sent),
      });
    return { fake, reference: body.reference, adjust };
  }

  it.each([
    ["no modificationAmount", {}, "modificationAmount"],
    ["a fractional amount", { modificationAmount: { currency: "NOK", value: 10.5 } }, "modificationAmount.value"],
    ["a currency Vipps does not take", { modificationAmount: { currency: "SEK", value: 100 } }, "modificationAmount.currency"],
    ["another currency than the payment's", { modificationAmount: { currency: "DKK", value: 100 } }, "modificationAmount.currency"],
    ["a zero amount", { modificationAmount: { currency: "NOK", value: 0 } }, "modificationAmount.value"],
  ])("refuses a capture or refund with %s, naming the field", async (_, sent, field) => {
    const { fake, reference, adjust } = await approved();
    for (const operation of ["capture", "refund"] as const) {
      const response = await adjust(operation, sent);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as { extraDetails: { name: string }[] };
      expect(problem.extraDetails.map((detail) => detail.name)).toContain(field);
    }
    expect((await fake.payment(reference)).aggregate).toMatchObject({ capturedAmount: { value: 0 }, refundedAmount: { value: 0 } });
  });

  it.each([
    ["no Idempotency-Key", { "Idempotency-Key": "" }, 400],
    ["a body that is not JSON by its type", { "content-type": "text/plain" }, 415],
  ])("refuses a capture with %s", async (_, extra, status) => {
    const { adjust } = await approved();
    expect((await adjust("capture", { modificationAmount: { currency: "NOK", value: 100 } }, extra)).status).toBe(status);
  });

  it("answers a sixth capture on a payment within a minute as Azure API Management does: 429, Retry-After, its own body", async () => {
    const { fake, adjust } = await approved();
    const one = { modificationAmount: { currency: "NOK", value: 100 } };
    for (let n = 0; n < 5; n++) expect((await adjust("capture", one)).status).toBe(200);
    const limited = await adjust("capture", one);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(59);
    expect(await limited.json()).toMatchObject({ statusCode: 429, message: expect.stringMatching(/Try again in \d+ seconds/) });
    expect((await adjust("refund", one)).status).toBe(200);
    await fake.advanceClock(60);
    expect((await adjust("capture", one)).status).toBe(200);
  });
});

describe("webhooks", () => {
  it("names the attempt of a genuine one", async () => {
    const { fake, provider, started: result } = await started();
    await fake.decide(result.providerRef, "approve");
    const authorized = await webhook(fake, result.providerRef, "AUTHORIZED");
    expect(authorized.event).toBe("epayments.payment.authorized.v1");
    expect(await provider.verifyCallback(asRequest(authorized))).toBe(result.providerRef);
  });

  it("refuses a changed body", async () => {
    const { fake, provider, started: result } = await started();
    const created = await webhook(fake, result.providerRef, "CREATED");
    expect(await provider.verifyCallback(asRequest(created, { body: created.body.replace("CREATED", "AUTHORIZED") }))).toBeNull();
  });

  it("refuses one signed for another host or path", async () => {
    const { fake, provider, started: result } = await started();
    const elsewhere = await webhook(fake, result.providerRef, "CREATED", "https://other.test/v1/providers/vipps/callback/mer_local");
    expect(await provider.verifyCallback(asRequest(elsewhere, { url: CALLBACK }))).toBeNull();
    const otherPath = await webhook(fake, result.providerRef, "CREATED", `${CALLBACK}x`);
    expect(await provider.verifyCallback(asRequest(otherPath, { url: CALLBACK }))).toBeNull();
  });

  it("refuses a genuine one for another sales unit (msn)", async () => {
    const { fake, started: result } = await started();
    const created = await webhook(fake, result.providerRef, "CREATED");
    const { account } = world({ msn: "654321" });
    expect(await vippsProvider(account, { timeoutMs: TIMEOUT_MS }).verifyCallback(asRequest(created))).toBeNull();
  });

  it("refuses every one when no webhook secret is configured", async () => {
    const { fake, started: result } = await started();
    const created = await webhook(fake, result.providerRef, "CREATED");
    const { account } = world({ webhook_secret: undefined });
    expect(await vippsProvider(account, { timeoutMs: TIMEOUT_MS }).verifyCallback(asRequest(created))).toBeNull();
  });

  it("refuses a body larger than any notice", async () => {
    const { fake, provider, started: result } = await started();
    const created = await webhook(fake, result.providerRef, "CREATED");
    expect(await provider.verifyCallback(asRequest(created, { body: `${created.body}${" ".repeat(20_000)}` }))).toBeNull();
  });
});
