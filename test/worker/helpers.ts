/**
 * Helpers for tests that go through the Worker as a client would: the API with a merchant's key,
 * the pay link as a browser follows it, and the merchant receiver that collects webhooks. `call`
 * is the one way tests reach the Worker (a test in `api/conformance.test.ts` keeps it so), and it
 * holds every answer against the OpenAPI document (`openapi-check.ts`): an answer the document
 * does not describe fails the test that received it.
 */

import { createExecutionContext, runDurableObjectAlarm } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { expect, inject } from "vitest";
import type { Env } from "../../src/env";
import worker from "../../src/index";
import { buildOpenApi } from "../../src/openapi";
import type { SandboxDecision } from "../../src/sandbox/sandbox-psp";
import type { PayStatus, SessionDetail } from "../../src/schemas/session";
import { sandboxPayment } from "../../src/session/stubs";
import { mismatches } from "./openapi-check";

export const ORIGIN = "https://pay.test";
/** The languages of the phone `call` stands for, unless a test sends its own. */
export const ENGLISH = "en-GB,en;q=0.9";
export const LOCAL_KEY = "sk_test_local";
export const OTHER_KEY = "sk_test_other";

/** A phone's browser: what a person tapping a pay link sends (in English unless a test says otherwise: `ENGLISH`). */
export const IPHONE_SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";

/** The document every answer is held against: the one `GET /openapi.json` serves. */
export const OPENAPI = buildOpenApi(ORIGIN);

/** Fails with every way `response` departs from the document; returns it untouched otherwise. */
async function conforming(method: string, url: string, response: Response): Promise<Response> {
  const body = response.body === null ? "" : await response.clone().text();
  const found = await mismatches(OPENAPI, { method, url, status: response.status, headers: response.headers, body });
  if (found.length) {
    throw new Error(
      `The answer departs from the OpenAPI document: ${method} ${new URL(url).pathname} → ${response.status}\n  ${found.join("\n  ")}`,
    );
  }
  return response;
}

/**
 * A request to the gateway, from a phone's browser unless it says otherwise; redirects are returned.
 * With `options.env` the Worker runs with that environment instead of the test's own.
 */
export async function call(path: string, init: RequestInit = {}, options: { env?: Env } = {}): Promise<Response> {
  const request = new Request(new URL(path, ORIGIN), { redirect: "manual", ...init });
  if (!request.headers.has("user-agent")) request.headers.set("user-agent", IPHONE_SAFARI);
  if (!request.headers.has("accept-language")) request.headers.set("accept-language", ENGLISH);
  const { method, url } = request;
  const response = await (options.env
    ? worker.fetch(request as Request<unknown, IncomingRequestCfProperties>, options.env, createExecutionContext())
    : exports.default.fetch(request));
  return conforming(method, url, response);
}

export function api(path: string, init: { method?: string; body?: unknown; key?: string; headers?: Record<string, string> } = {}) {
  return call(path, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      authorization: `Bearer ${init.key ?? LOCAL_KEY}`,
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: typeof init.body === "string" ? init.body : JSON.stringify(init.body) }),
  });
}

/** The merchant receiver's base URL, on 127.0.0.1 (plain http is allowed for the local merchant). */
export function receiver(path: string): string {
  return `http://127.0.0.1:${inject("receiverPort")}${path}`;
}

let counter = 0;

/** A fresh receiver path, so that tests never read each other's webhooks. */
export function uniquePath(prefix: string): string {
  counter += 1;
  return `/${prefix}/${Date.now().toString(36)}-${counter}`;
}

export function sessionBody(overrides: Record<string, unknown> = {}) {
  return {
    order: { amount: 29990, currency: "NOK", merchant_reference: "ORDER123", description: "Two tickets" },
    ...overrides,
  };
}

export interface CreatedSession {
  id: string;
  status: string;
  pay_url: string;
  code: string;
  /** The session's key (the id without `ps_`): its attempts' references are `<key>-<n>`, its return path `/r/<key>`. */
  sessionKey: string;
  [field: string]: unknown;
}

export async function createSession(overrides: Record<string, unknown> = {}, key = LOCAL_KEY): Promise<CreatedSession> {
  const response = await api("/v1/sessions", { body: sessionBody(overrides), key });
  expect(response.status, await response.clone().text()).toBe(201);
  const session = (await response.json()) as CreatedSession;
  return { ...session, code: session.pay_url.split("/p/")[1] ?? "", sessionKey: session.id.slice("ps_".length) };
}

export function location(response: Response): string {
  const value = response.headers.get("location");
  expect(value, `status ${response.status}`).toBeTruthy();
  return new URL(value ?? "", ORIGIN).toString();
}

/** The tap on "Continue": the pay page's form, posted as a phone's browser posts it. */
export function go(code: string, handoff: "hosted" | "app" = "hosted", userAgent = IPHONE_SAFARI): Promise<Response> {
  return call(`/p/${code}/go`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": userAgent },
    body: `handoff=${handoff}`,
  });
}

/** A customer opens the pay link, taps on, and posts `decision` on the sandbox page. */
async function decideInSandbox(code: string, decision: SandboxDecision) {
  const tapped = await go(code);
  expect(tapped.status).toBe(303);
  const providerUrl = location(tapped);
  const decided = await call(new URL(providerUrl).pathname, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: `decision=${decision}`,
  });
  return { providerUrl, decided };
}

/**
 * A customer opens the pay link, taps on, and decides on the sandbox page. Returns each stop:
 * the provider page, the gateway return URL, and where the gateway sent the browser from there.
 */
export async function payInSandbox(code: string, decision: "approve" | "decline" | "cancel") {
  const { providerUrl, decided } = await decideInSandbox(code, decision);
  expect(decided.status).toBe(303);
  const returnUrl = location(decided);
  const back = await call(returnUrl.replace(ORIGIN, ""));
  return { providerUrl, returnUrl, back };
}

/**
 * A customer approves on the sandbox page and the phone dies on the way back: the sandbox
 * authorizes the payment but sends no callback and no return. Returns the provider page and the
 * sandbox's page that the browser was left on.
 */
export async function approveSilentlyInSandbox(code: string) {
  const { providerUrl, decided } = await decideInSandbox(code, "approve_silently");
  return { providerUrl, page: decided };
}

/** The Durable Object of session `id` (`ps_…`). */
export function sessionStub(id: string) {
  return env.SESSIONS.get(env.SESSIONS.idFromName(id));
}

export interface Received {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  answered: number;
}

/** The session as the merchant API shows it (to the merchant of `key`), with attempts and events. */
export async function sessionDetail(id: string, key = LOCAL_KEY): Promise<SessionDetail> {
  return (await (await api(`/v1/sessions/${id}`, { key })).json()) as SessionDetail;
}

/** The status the pay page's script reads. */
export async function payStatus(code: string): Promise<PayStatus> {
  return (await (await call(`/p/${code}/status`)).json()) as PayStatus;
}

/** What the merchant receiver got at `path`. */
export async function received(path: string): Promise<Received[]> {
  const response = await fetch(receiver(`/_received?path=${encodeURIComponent(path)}`));
  return (await response.json()) as Received[];
}

/** Runs the session's alarm now (webhook delivery, expiry) instead of waiting for it. */
export async function runAlarm(id: string): Promise<boolean> {
  return runDurableObjectAlarm(sessionStub(id));
}

/** Runs the session's alarm and waits until the receiver has at least `count` webhooks at `path`. */
export async function webhooksAt(id: string, path: string, count = 1): Promise<Received[]> {
  await runAlarm(id);
  return eventually(async () => {
    const got = await received(path);
    return got.length >= count ? got : undefined;
  });
}

export function sandboxStub(id: string) {
  return sandboxPayment(env, id);
}

/** Waits, boundedly, until `check` returns a value other than undefined. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A payment link's body: a fixed 50.00 NOK unless a test says otherwise. */
export function linkBody(overrides: Record<string, unknown> = {}) {
  return { amount: 5000, currency: "NOK", merchant_reference: "CAFE", description: "Coffee", ...overrides };
}

export interface CreatedLink {
  id: string;
  url: string;
  code: string;
  active: boolean;
  counts: { opened: number; sessions_started: number; paid: number; amount_paid: number };
  [field: string]: unknown;
}

export async function createLink(overrides: Record<string, unknown> = {}, key = LOCAL_KEY): Promise<CreatedLink> {
  const response = await api("/v1/links", { body: linkBody(overrides), key });
  expect(response.status, await response.clone().text()).toBe(201);
  const link = (await response.json()) as CreatedLink;
  return { ...link, code: link.url.split("/l/")[1] ?? "" };
}

/** The link as the merchant API shows it. */
export async function linkDetail(id: string, key = LOCAL_KEY): Promise<CreatedLink> {
  const response = await api(`/v1/links/${id}`, { key });
  expect(response.status).toBe(200);
  return (await response.json()) as CreatedLink;
}

/** A payer taps Continue on the link's page, with what they typed (an open amount). */
export function tapLink(code: string, amount?: string, userAgent = IPHONE_SAFARI): Promise<Response> {
  return call(`/l/${code}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": userAgent },
    body: amount === undefined ? "" : `amount=${encodeURIComponent(amount)}`,
  });
}

/** The session id behind a return URL `/r/<key>-<n>`. */
export function sessionIdOfReturn(returnUrl: string): string {
  return `ps_${new URL(returnUrl).pathname.slice("/r/".length).replace(/-\d+$/, "")}`;
}

/** The payer on the sandbox page `providerUrl` decides and comes back to the gateway; their session's id. */
export async function decideAt(providerUrl: string, decision: SandboxDecision = "approve"): Promise<string> {
  const decided = await call(new URL(providerUrl).pathname, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: `decision=${decision}`,
  });
  expect(decided.status).toBe(303);
  const returnUrl = location(decided);
  await call(returnUrl.replace(ORIGIN, ""));
  return sessionIdOfReturn(returnUrl);
}

/** A payer taps Continue on the link (typing `amount` on an open one) and approves on the sandbox page; their session's id. */
export async function payOnLink(code: string, amount?: string): Promise<string> {
  const tapped = await tapLink(code, amount);
  expect(tapped.status, await tapped.clone().text()).toBe(303);
  return decideAt(location(tapped));
}
