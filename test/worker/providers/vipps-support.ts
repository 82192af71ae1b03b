/**
 * What the Vipps MobilePay client's tests share: a world of the fake Vipps of each test's own
 * (`/w/<name>`, its clock, tokens, payments, faults and rate limits), an account of the gateway
 * pointing there, a started attempt, and the webhooks the fake would send.
 */
import { expect, inject } from "vitest";
import type { VippsAccount } from "../../../src/config/provider-accounts";
import { ProviderError } from "../../../src/providers/http";
import type { AttemptOrder } from "../../../src/providers/provider";
import { vippsProvider } from "../../../src/providers/vipps";
import { FAKE_VIPPS } from "../../node/fakes/credentials";
import { type SignedWebhook, type VippsControl, vippsControl } from "../../node/fakes/vipps-control";
import { attemptOrder } from "./fixtures";

/** As the worker tests configure it (PROVIDER_TIMEOUT_MS). */
export const TIMEOUT_MS = 800;
export const CALLBACK = "https://pay.test/v1/providers/vipps/callback/mer_local";
export const CREATE_PATH = "/epayment/v1/payments";

let worlds = 0;

/** A world of the fake of its own, and an account of the gateway pointing there. */
export function world(overrides: Partial<VippsAccount> = {}): { fake: VippsControl; account: VippsAccount } {
  worlds += 1;
  const fake = vippsControl(`http://127.0.0.1:${inject("fakeVippsPort")}/w/provider-${Date.now().toString(36)}-${worlds}`);
  const account: VippsAccount = {
    baseUrl: fake.base,
    client_id: FAKE_VIPPS.clientId,
    client_secret: FAKE_VIPPS.clientSecret,
    subscription_key: FAKE_VIPPS.subscriptionKey,
    msn: FAKE_VIPPS.msn,
    currency: "NOK",
    webhook_secret: FAKE_VIPPS.webhookSecret,
    test: true,
    ...overrides,
  };
  return { fake, account };
}

export async function started(overrides: Partial<AttemptOrder> = {}, accountOverrides: Partial<VippsAccount> = {}) {
  const { fake, account } = world(accountOverrides);
  const provider = vippsProvider(account, { timeoutMs: TIMEOUT_MS });
  const attempt = attemptOrder("vipps", overrides);
  return { fake, account, provider, order: attempt, started: await provider.start(attempt) };
}

export async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

export function asRequest(
  webhook: SignedWebhook,
  changes: { url?: string; headers?: Record<string, string>; body?: string } = {},
): Request {
  return new Request(changes.url ?? webhook.url, {
    method: webhook.method,
    headers: changes.headers ?? webhook.headers,
    body: changes.body ?? webhook.body,
  });
}

export async function webhook(fake: VippsControl, reference: string, name: SignedWebhook["name"], target = CALLBACK) {
  const found = (await fake.outbox(reference, target)).find((entry) => entry.name === name);
  if (!found) throw new Error(`no ${name} webhook for ${reference}`);
  return found;
}

const encoder = new TextEncoder();
const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

/** The headers Vipps would send for `body` to `url` at `date`, computed here without the gateway's code. */
export async function signedFor(secret: string, url: string, date: string, body: string) {
  const target = new URL(url);
  const hash = base64(await crypto.subtle.digest("SHA-256", encoder.encode(body)));
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const text = `POST\n${target.pathname}${target.search}\n${date};${target.host};${hash}`;
  const mac = base64(await crypto.subtle.sign("HMAC", key, encoder.encode(text)));
  return { contentSha256: hash, authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${mac}` };
}

/** A Vipps notice about `reference` for `msn`, as a request signed with `secret` for `url`. */
export async function noticeRequest(url: string, secret: string, msn: string, reference: string): Promise<Request> {
  const body = JSON.stringify({
    msn,
    reference,
    pspReference: "7000000001",
    name: "AUTHORIZED",
    amount: { currency: "NOK", value: 29990 },
    timestamp: new Date().toISOString(),
    idempotencyKey: null,
    success: true,
  });
  const date = new Date().toUTCString();
  const { contentSha256, authorization } = await signedFor(secret, url, date, body);
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-ms-date": date, "x-ms-content-sha256": contentSha256, authorization },
    body,
  });
}
