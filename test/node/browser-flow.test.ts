/**
 * End to end in a real browser: a person on a phone opens a pay link served by `wrangler dev`, taps
 * through Debian's chromium to the sandbox provider and back to the shop, and the merchant gets a
 * signed webhook. The merchant's side is the receiver started by global setup.
 */
import { createHmac } from "node:crypto";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from "vitest";
import { launchChromium, newPhoneContext } from "./chromium";
import type { Received } from "./merchant-receiver";
import { type WranglerDev, startWranglerDev } from "./wrangler-dev";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCREENSHOT = path.join(ROOT, "test-results", "pay-page.png");

/** The local merchant of wrangler.toml. */
const API_KEY = "sk_test_local";
const WEBHOOK_SECRET = "whsec_local";
const MERCHANT_NAME = "Local Test Shop";

/** How long a page may take to get somewhere, and how long a webhook may take to arrive. */
const STEP_TIMEOUT_MS = 15_000;
const WEBHOOK_TIMEOUT_MS = 10_000;

const receiver = `http://127.0.0.1:${inject("receiverPort")}`;

let gateway: WranglerDev | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  gateway = await startWranglerDev({ vars: { WEBHOOK_RETRY_BASE_MS: "200" } });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  try {
    await browser?.close();
  } finally {
    await gateway?.stop();
  }
}, 30_000);

interface CreatedSession {
  id: string;
  status: string;
  pay_url: string;
  transaction_id: string | null;
}

function api(): string {
  if (!gateway) throw new Error("wrangler dev is not running");
  return gateway.origin;
}

async function createSession(reference: string, returnPath: string, callbackPath: string): Promise<CreatedSession> {
  const response = await fetch(`${api()}/v1/sessions`, {
    method: "POST",
    headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({
      order: { amount: 29990, currency: "NOK", merchant_reference: reference, description: "Two tickets" },
      url: { return_url: `${receiver}${returnPath}`, callback_url: `${receiver}${callbackPath}` },
    }),
  });
  const text = await response.text();
  expect(response.status, text).toBe(201);
  const session = JSON.parse(text) as CreatedSession;
  expect(new URL(session.pay_url).origin).toBe(api());
  expect(new URL(session.pay_url).pathname).toMatch(/^\/p\/[1-9A-HJ-NP-Za-km-z]{14}$/);
  return session;
}

async function getSession(id: string): Promise<CreatedSession> {
  const response = await fetch(`${api()}/v1/sessions/${id}`, { headers: { authorization: `Bearer ${API_KEY}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as CreatedSession;
}

async function payStatus(payUrl: string): Promise<string> {
  const response = await fetch(`${payUrl}/status`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { status: string }).status;
}

/** Waits until the receiver has a POST at `at` whose JSON body has `type`; fails after the timeout. */
async function waitForWebhook(at: string, type: string): Promise<Received> {
  const deadline = Date.now() + WEBHOOK_TIMEOUT_MS;
  let seen: Received[] = [];
  while (Date.now() < deadline) {
    seen = (await (await fetch(`${receiver}/_received?path=${encodeURIComponent(at)}`)).json()) as Received[];
    const found = seen.find((entry) => entry.method === "POST" && (JSON.parse(entry.body) as { type?: string }).type === type);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ${type} webhook at ${at} within ${WEBHOOK_TIMEOUT_MS} ms; received: ${JSON.stringify(seen)}`);
}

/** Checks `Paylink-Signature: t=<unix>,v1=<hex>` on its own, the way a merchant would. */
function expectSignedWith(secret: string, header: string | undefined, body: string): void {
  expect(header, "paylink-signature header").toMatch(/^t=\d+(,v1=[0-9a-f]{64})+$/);
  const parts = (header ?? "").split(",").map((part) => part.split("=") as [string, string]);
  const timestamp = Number(parts.find(([key]) => key === "t")?.[1]);
  expect(Math.abs(Date.now() / 1000 - timestamp)).toBeLessThan(300);
  const expected = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  expect(parts.filter(([key]) => key === "v1").map(([, value]) => value)).toContain(expected);
}

/**
 * A phone with one tab. Script errors, console errors (CSP violations among them) and failed
 * responses are collected, and the gateway's log is printed when the test fails.
 */
async function openPhone(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  if (!browser) throw new Error("chromium is not running");
  onTestFailed(() => {
    console.error(`wrangler dev log (last lines):\n${gateway?.logTail(60) ?? "(not started)"}`);
  });
  const context = await newPhoneContext(browser);
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    errors.push(`${page.url()}: ${message.text()} (${message.location().url})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return { context, page, errors };
}

/** The pay page of a fresh NOK 299.90 session, as the person sees it. */
async function expectPayPage(page: Page): Promise<void> {
  await page.getByText(MERCHANT_NAME, { exact: true }).waitFor({ state: "visible" });
  await page.getByText("299,90").waitFor({ state: "visible" });
  await page.getByRole("link", { name: "Continue to Vipps" }).waitFor({ state: "visible" });
}

/** Taps on from the pay page and lands on the sandbox provider's TEST page; returns its URL. */
async function tapThroughToSandbox(page: Page): Promise<URL> {
  await page.getByRole("link", { name: "Continue to Vipps" }).tap();
  await page.waitForURL((url) => url.pathname.startsWith("/sandbox/pay/"));
  await page.getByText(/^TEST\b/).waitFor({ state: "visible" });
  await page.getByText("299,90").waitFor({ state: "visible" });
  return new URL(page.url());
}

/** Waits for the browser to arrive at the receiver's `returnPath` and the shop's page to show. */
async function expectBackAtShop(page: Page, returnPath: string): Promise<URL> {
  await page.waitForURL((url) => url.origin === receiver && url.pathname === returnPath);
  await page.locator("#shop").waitFor({ state: "visible" });
  return new URL(page.url());
}

describe("browser flow (wrangler dev + chromium)", () => {
  it("a person on a phone pays a sandbox payment by tapping through", async () => {
    const session = await createSession("ORDER-B1", "/return/b1", "/hooks/b1");
    const { context, page, errors } = await openPhone();
    try {
      await page.goto(session.pay_url);
      await expectPayPage(page);
      await mkdir(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });

      await tapThroughToSandbox(page);
      await page.getByRole("button", { name: "Approve payment" }).tap();

      const back = await expectBackAtShop(page, "/return/b1");
      const query = Object.fromEntries(back.searchParams);
      expect(Object.keys(query).sort()).toEqual(["merchant_reference", "session_id", "transaction_id"]);
      expect(query.merchant_reference).toBe("ORDER-B1");
      expect(query.session_id).toBe(session.id);
      expect(query.transaction_id).toMatch(/^\S+$/);
      expect((await getSession(session.id)).transaction_id).toBe(query.transaction_id);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }

    expect(await payStatus(session.pay_url)).toBe("paid");

    const webhook = await waitForWebhook("/hooks/b1", "session.paid");
    expectSignedWith(WEBHOOK_SECRET, webhook.headers["paylink-signature"], webhook.body);
    const event = JSON.parse(webhook.body) as { id: string; type: string; data: { id: string; status: string } };
    expect(webhook.headers["content-type"]).toBe("application/json");
    expect(webhook.headers["paylink-event-id"]).toBe(event.id);
    expect(event.data.id).toBe(session.id);
    expect(event.data.status).toBe("paid");
  });

  it("a person who declines goes back to the shop with an error, and the link still works", async () => {
    const session = await createSession("ORDER-B2", "/return/b2", "/hooks/b2");
    const { context, page, errors } = await openPhone();
    try {
      await page.goto(session.pay_url);
      await expectPayPage(page);
      const firstAttempt = await tapThroughToSandbox(page);
      await page.getByRole("button", { name: "Decline" }).tap();

      const back = await expectBackAtShop(page, "/return/b2");
      expect(back.searchParams.get("error")).toBe("failed");
      expect(back.searchParams.get("merchant_reference")).toBe("ORDER-B2");
      expect(back.searchParams.get("session_id")).toBe(session.id);
      expect(back.searchParams.has("transaction_id")).toBe(false);
      expect(await payStatus(session.pay_url)).toBe("open");

      // The same link, in the same tab, offers to pay again, and tapping on starts a new attempt.
      await page.goto(session.pay_url);
      await expectPayPage(page);
      const secondAttempt = await tapThroughToSandbox(page);
      expect(secondAttempt.pathname).not.toBe(firstAttempt.pathname);
      await page.getByRole("button", { name: "Approve payment" }).waitFor({ state: "visible" });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    expect(await payStatus(session.pay_url)).toBe("open");
  });

  it("the tab left behind shows the payment once it is back in front, without a reload", async () => {
    const session = await createSession("ORDER-B3", "/return/b3", "/hooks/b3");
    const { context, page, errors } = await openPhone();
    try {
      await page.goto(session.pay_url);
      await expectPayPage(page);
      // Playwright tells every page it has focus; without that, switching tabs moves real focus.
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setFocusEmulationEnabled", { enabled: false });
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));

      const other = await context.newPage();
      await other.bringToFront();
      await other.goto(session.pay_url);
      await tapThroughToSandbox(other);
      await other.getByRole("button", { name: "Approve payment" }).tap();
      await expectBackAtShop(other, "/return/b3");

      await page.bringToFront();
      await page.getByRole("heading", { name: "Payment complete" }).waitFor({ state: "visible" });
      expect(await page.getByRole("link", { name: "Continue to Vipps" }).isVisible()).toBe(false);
      expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
