/**
 * End to end in a real browser: a person on a phone opens a pay link served by `wrangler dev`, taps
 * through Debian's chromium to the sandbox provider and back to the shop, and the merchant gets a
 * signed webhook; a tab left behind learns of the payment when it is back in front.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectSignedWith, MERCHANT_NAME, type Rig, type SessionMoney, startRig, WEBHOOK_SECRET } from "./browser-rig";

const SCREENSHOT = path.join(fileURLToPath(new URL("../..", import.meta.url)), "test-results", "pay-page.png");

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
}, 120_000);

afterAll(() => rig?.stop(), 30_000);

const urls = (name: string) => ({ return_url: `${rig.receiver}/return/${name}`, callback_url: `${rig.receiver}/hooks/${name}` });

/** The pay page of a fresh NOK 299.90 session, as the person sees it. */
async function expectPayPage(page: Page): Promise<void> {
  await page.getByText(MERCHANT_NAME, { exact: true }).waitFor({ state: "visible" });
  await page.getByText("299.90").waitFor({ state: "visible" });
  await page.getByRole("button", { name: "Continue to Vipps" }).waitFor({ state: "visible" });
}

/** Taps on from the pay page and lands on the sandbox provider's TEST page; returns its URL. */
async function tapThroughToSandbox(page: Page): Promise<URL> {
  await page.getByRole("button", { name: "Continue to Vipps" }).tap();
  await page.waitForURL((url) => url.pathname.startsWith("/sandbox/pay/"));
  await page.getByText(/^TEST\b/).waitFor({ state: "visible" });
  await page.getByText("299.90").waitFor({ state: "visible" });
  return new URL(page.url());
}

/** Waits for the browser to arrive at the receiver's `returnPath` and the shop's page to show. */
async function expectBackAtShop(page: Page, returnPath: string): Promise<URL> {
  await page.waitForURL((url) => url.origin === rig.receiver && url.pathname === returnPath);
  await page.locator("#shop").waitFor({ state: "visible" });
  return new URL(page.url());
}

describe("browser flow (wrangler dev + chromium)", () => {
  it("a person pays in the sandbox; the merchant captures it all, then refunds it in two parts, told by signed webhooks", async () => {
    const session = await rig.createSession("ORDER-B9", { url: urls("b9"), capture: "manual" });
    const { context, page, errors } = await rig.openPage();
    try {
      await page.goto(session.pay_url);
      await expectPayPage(page);
      await tapThroughToSandbox(page);
      await page.getByRole("button", { name: "Approve payment" }).tap();
      await expectBackAtShop(page, "/return/b9");
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    expect(await rig.payStatus(session.pay_url)).toBe("paid");
    const amounts = (money: SessionMoney) => [money.status, money.authorized_amount, money.captured_amount, money.refunded_amount];
    expect(amounts(await rig.getSession(session.id))).toEqual(["authorized", 29990, 0, 0]);
    expect(amounts(await rig.moveMoney(session.id, "capture"))).toEqual(["paid", 29990, 29990, 0]);
    expect(amounts(await rig.moveMoney(session.id, "refund", { amount: 10000, reason: "One ticket" }))).toEqual([
      "paid",
      29990,
      29990,
      10000,
    ]);
    expect(amounts(await rig.moveMoney(session.id, "refund", { amount: 19990 }))).toEqual(["refunded", 29990, 29990, 29990]);

    for (const [type, amount] of [
      ["session.authorized", 29990],
      ["session.captured", 29990],
      ["session.paid", 29990],
    ] as const) {
      const webhook = await rig.waitForWebhook("/hooks/b9", type);
      expectSignedWith(WEBHOOK_SECRET, webhook.headers["paylink-signature"], webhook.body);
      expect((JSON.parse(webhook.body) as { detail: { amount: number } }).detail.amount).toBe(amount);
    }
    const refunds = await rig.waitForWebhooks("/hooks/b9", "session.refunded", 2);
    for (const webhook of refunds) expectSignedWith(WEBHOOK_SECRET, webhook.headers["paylink-signature"], webhook.body);
    expect(
      refunds.map((webhook) => JSON.parse(webhook.body) as { detail: { amount: number }; data: { refunded_amount: number } }),
    ).toMatchObject([
      { detail: { amount: 10000 }, data: { refunded_amount: 10000 } },
      { detail: { amount: 19990 }, data: { refunded_amount: 29990 } },
    ]);
  });

  it("a person on a phone pays a sandbox payment by tapping through", async () => {
    const session = await rig.createSession("ORDER-B1", { url: urls("b1") });
    const { context, page, errors } = await rig.openPage();
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
      expect((await rig.getSession(session.id)).transaction_id).toBe(query.transaction_id);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }

    expect(await rig.payStatus(session.pay_url)).toBe("paid");
    const webhook = await rig.waitForWebhook("/hooks/b1", "session.paid");
    expectSignedWith(WEBHOOK_SECRET, webhook.headers["paylink-signature"], webhook.body);
    const event = JSON.parse(webhook.body) as { id: string; type: string; data: { id: string; status: string } };
    expect(webhook.headers["content-type"]).toBe("application/json");
    expect(webhook.headers["paylink-event-id"]).toBe(event.id);
    expect(event.data).toMatchObject({ id: session.id, status: "paid" });
  });

  it("a person who declines goes back to the shop with an error, and the link still works", async () => {
    const session = await rig.createSession("ORDER-B2", { url: urls("b2") });
    const { context, page, errors } = await rig.openPage();
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
      expect(await rig.payStatus(session.pay_url)).toBe("open");

      // The same link, in the same tab, says the payment was not completed and offers it again.
      await page.goto(session.pay_url);
      await page.getByText("Payment not completed.").waitFor({ state: "visible" });
      await expectPayPage(page);
      const secondAttempt = await tapThroughToSandbox(page);
      expect(secondAttempt.pathname).not.toBe(firstAttempt.pathname);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    expect(await rig.payStatus(session.pay_url)).toBe("open");
  });

  it("the tab left behind shows the payment within a second of being back in front, without a reload", async () => {
    const session = await rig.createSession("ORDER-B3", { url: urls("b3") });
    const { context, page, errors } = await rig.openPage();
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
      await page.getByRole("heading", { name: "Payment complete" }).waitFor({ state: "visible", timeout: 1_000 });
      expect(await page.getByRole("button", { name: "Continue to Vipps" }).isVisible()).toBe(false);
      expect(await page.getByRole("link", { name: `Back to ${MERCHANT_NAME}` }).isVisible()).toBe(true);
      expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a desktop page that stays in front learns by polling that the payment was made on a phone", async () => {
    const session = await rig.createSession("ORDER-B4", { url: urls("b4") });
    const desktop = await rig.openPage({
      viewport: { width: 1280, height: 800 },
      userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    });
    const phone = await rig.openPage();
    try {
      await desktop.page.goto(session.pay_url);
      await desktop.page.locator("img[data-qr]").waitFor({ state: "visible" });
      await phone.page.goto(session.pay_url);
      await tapThroughToSandbox(phone.page);
      await phone.page.getByRole("button", { name: "Approve payment" }).tap();
      await expectBackAtShop(phone.page, "/return/b4");
      // No focus or visibility change on the desktop: only its polling (5 s, then every 2 s) can tell it.
      await desktop.page.getByRole("heading", { name: "Payment complete" }).waitFor({ state: "visible", timeout: 10_000 });
      expect(desktop.errors).toEqual([]);
    } finally {
      await desktop.context.close();
      await phone.context.close();
    }
  });

  it.each([
    ["vipps", "Approve", /\/landing\//],
    ["dintero", "approve", /\/hosted\//],
  ])("a person pays with %s through the provider's own page (a fake keeping its contract)", async (provider, approve, page) => {
    const session = await rig.createSession(`ORDER-${provider}`, { provider, url: urls(provider) });
    const phone = await rig.openPage();
    try {
      await phone.page.goto(session.pay_url);
      await expectPayPage(phone.page);
      await phone.page.getByRole("button", { name: "Continue to Vipps" }).tap();
      await phone.page.waitForURL(page);
      await phone.page.getByRole("button", { name: approve, exact: true }).tap();
      const back = await expectBackAtShop(phone.page, `/return/${provider}`);
      expect(back.searchParams.get("session_id")).toBe(session.id);
      expect(back.searchParams.get("transaction_id")).toBeTruthy();
    } finally {
      await phone.context.close();
    }
    expect(await rig.payStatus(session.pay_url)).toBe("paid");
  });
});
