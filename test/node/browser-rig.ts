/**
 * What every real-browser test needs: the gateway under `wrangler dev` (with the fake Dintero and
 * Vipps as its providers), Debian's chromium, the merchant receiver, and helpers to create sessions and watch pages for errors. Start it in
 * `beforeAll` with `startRig()`, stop it in `afterAll`.
 */
import { createHmac } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { expect, inject, onTestFailed } from "vitest";
import { mismatches } from "../worker/openapi-check.ts";
import { launchChromium, newContext, newPhoneContext } from "./chromium";
import { providerVars } from "./fakes/credentials";
import type { Received } from "./merchant-receiver";
import { startWranglerDev, type WranglerDev } from "./wrangler-dev";

/** The local merchant of wrangler.toml. */
export const API_KEY = "sk_test_local";
export const WEBHOOK_SECRET = "whsec_local";
export const MERCHANT_NAME = "Local Test Shop";

/** How long a page may take to get somewhere, and how long a webhook may take to arrive. */
const STEP_TIMEOUT_MS = 15_000;
const WEBHOOK_TIMEOUT_MS = 10_000;

export interface CreatedSession {
  id: string;
  status: string;
  pay_url: string;
  transaction_id: string | null;
}

export interface SessionMoney {
  status: string;
  authorized_amount: number;
  captured_amount: number;
  refunded_amount: number;
}

export interface Rig {
  origin: string;
  receiver: string;
  createSession(reference: string, extra?: Record<string, unknown>): Promise<CreatedSession>;
  getSession(id: string): Promise<CreatedSession & SessionMoney & { attempts: { handoff: string; status: string }[] }>;
  /** The local merchant calls its API (`path` such as `/v1/links`), with a JSON body if given; the answer is held to /openapi.json. */
  merchantApi<T>(method: "GET" | "POST", path: string, body?: Record<string, unknown>): Promise<T>;
  payStatus(payUrl: string): Promise<string>;
  /** The merchant captures, refunds or cancels by the API; answers the session after. */
  moveMoney(id: string, kind: "capture" | "refund" | "cancel", body?: Record<string, unknown>): Promise<SessionMoney>;
  waitForWebhook(at: string, type: string): Promise<Received>;
  /** The first `count` webhooks of `type` at `at`, in the order they came. */
  waitForWebhooks(at: string, type: string, count: number): Promise<Received[]>;
  /** A fresh context (a phone by default) with one page whose errors are collected. */
  openPage(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
  stop(): Promise<void>;
}

export async function startRig(): Promise<Rig> {
  const gateway: WranglerDev = await startWranglerDev({
    vars: { WEBHOOK_RETRY_BASE_MS: "200", ...providerVars(inject("fakeDinteroPort"), inject("fakeVippsPort")) },
  });
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await gateway.stop();
    throw error;
  }
  const origin = gateway.origin;
  const receiver = `http://127.0.0.1:${inject("receiverPort")}`;
  // The gateway's own API document: every answer of a documented operation is held to it, here as
  // in the worker suite (`test/worker/openapi-check.ts`).
  const document = (await (await fetch(`${origin}/openapi.json`)).json()) as Record<string, unknown>;

  const getJson = async <T>(url: string, init?: RequestInit): Promise<T> => {
    const response = await fetch(url, init);
    const text = await response.text();
    expect(response.ok, `${url}: ${text}`).toBe(true);
    if (url.startsWith(origin)) {
      const answer = { method: init?.method ?? "GET", url, status: response.status, headers: response.headers, body: text };
      expect(await mismatches(document, answer), `${answer.method} ${url} against /openapi.json`).toEqual([]);
    }
    return JSON.parse(text) as T;
  };

  const merchantApi = <T>(method: "GET" | "POST", path: string, body?: Record<string, unknown>): Promise<T> =>
    getJson<T>(`${origin}${path}`, {
      method,
      headers: { authorization: `Bearer ${API_KEY}`, ...(body ? { "content-type": "application/json" } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  /** Polls the receiver until `count` webhooks of `type` arrived at `at`. */
  const waitForWebhooks = async (at: string, type: string, count: number): Promise<Received[]> => {
    const deadline = Date.now() + WEBHOOK_TIMEOUT_MS;
    let seen: Received[] = [];
    while (Date.now() < deadline) {
      seen = await getJson<Received[]>(`${receiver}/_received?path=${encodeURIComponent(at)}`);
      const found = seen.filter((entry) => entry.method === "POST" && (JSON.parse(entry.body) as { type?: string }).type === type);
      if (found.length >= count) return found.slice(0, count);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`no ${count} ${type} webhooks at ${at} within ${WEBHOOK_TIMEOUT_MS} ms; received: ${JSON.stringify(seen)}`);
  };

  return {
    origin,
    receiver,

    async createSession(reference, extra = {}) {
      const session = await merchantApi<CreatedSession>("POST", "/v1/sessions", {
        order: { amount: 29990, currency: "NOK", merchant_reference: reference, description: "Two tickets" },
        ...extra,
      });
      expect(new URL(session.pay_url).origin).toBe(origin);
      expect(new URL(session.pay_url).pathname).toMatch(/^\/p\/[1-9A-HJ-NP-Za-km-z]{14}$/);
      return session;
    },

    getSession: (id) => merchantApi("GET", `/v1/sessions/${id}`),

    merchantApi,

    moveMoney: (id, kind, body) => merchantApi("POST", `/v1/sessions/${id}/${kind}`, body),

    async payStatus(payUrl) {
      return (await getJson<{ status: string }>(`${payUrl}/status`)).status;
    },

    async waitForWebhook(at, type) {
      const [found] = await waitForWebhooks(at, type, 1);
      return found as Received;
    },

    waitForWebhooks,

    async openPage(options) {
      onTestFailed(() => {
        console.error(`wrangler dev log (last lines):\n${gateway.logTail(60)}`);
      });
      const context = options ? await newContext(browser, options) : await newPhoneContext(browser);
      const page = await context.newPage();
      page.setDefaultTimeout(STEP_TIMEOUT_MS);
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`${page.url()}: ${message.text()} (${message.location().url})`);
      });
      page.on("response", (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.origin !== origin && url.origin !== receiver && url.protocol.startsWith("http")) {
          errors.push(`request to elsewhere: ${request.url()}`);
        }
      });
      return { context, page, errors };
    },

    async stop() {
      try {
        await browser.close();
      } finally {
        await gateway.stop();
      }
    },
  };
}

/** Checks `Paylink-Signature: t=<unix>,v1=<hex>` on its own, the way a merchant would. */
export function expectSignedWith(secret: string, header: string | undefined, body: string): void {
  expect(header, "paylink-signature header").toMatch(/^t=\d+(,v1=[0-9a-f]{64})+$/);
  const parts = (header ?? "").split(",").map((part) => part.split("=") as [string, string]);
  const timestamp = Number(parts.find(([key]) => key === "t")?.[1]);
  expect(Math.abs(Date.now() / 1000 - timestamp)).toBeLessThan(300);
  const expected = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  expect(parts.filter(([key]) => key === "v1").map(([, value]) => value)).toContain(expected);
}

/** Where screenshots are kept: a test artefact, ignored by git. */
const SCREENSHOTS = join(import.meta.dirname, "..", "..", "test-results", "screenshots");

/** Keeps the whole of `page` as it is shown now as `test-results/screenshots/<name>.png`. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
