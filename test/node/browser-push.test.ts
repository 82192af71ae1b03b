/**
 * The live status socket in a real browser (`wrangler dev` + Debian's chromium): a pay page left in
 * the background learns of a payment made elsewhere at once, by push, without asking the status
 * endpoint at all; and with its socket refused, the page still learns of it by polling.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Rig, startRig } from "./browser-rig";

/** The page's first status poll would come this long after it loaded: 5 s, in ms (pay-script.ts). */
const FIRST_POLL_MS = 5_000;
/** How soon after the payment the page in the background must show it: 1 s, in ms. */
const PUSH_WITHIN_MS = 1_000;

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
}, 120_000);

afterAll(() => rig?.stop(), 30_000);

/** The status endpoint's URLs that `page` asks, from now on. */
function statusRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith("/status")) asked.push(request.url());
  });
  return asked;
}

/** Records in the page when its "Payment complete" view is first shown (ms since the epoch). */
function watchPaidView(page: Page): Promise<void> {
  return page.evaluate(() => {
    const paid = document.querySelector<HTMLElement>('[data-when="paid"]');
    if (!paid) throw new Error("no paid view");
    new MutationObserver(() => {
      if (!paid.hidden && !("paidShownAt" in window)) Object.assign(window, { paidShownAt: Date.now() });
    }).observe(paid, { attributes: true });
  });
}

/** Pays the session on a fresh phone page in the sandbox, as another device would. */
async function payOn(page: Page, payUrl: string): Promise<void> {
  await page.goto(payUrl);
  await page.getByRole("button", { name: "Continue to Vipps" }).tap();
  await page.waitForURL((url) => url.pathname.startsWith("/sandbox/pay/"));
  await page.getByRole("button", { name: "Approve payment" }).tap();
  await page.waitForURL((url) => url.origin === rig.receiver);
}

describe("the live status socket in a browser", () => {
  it("a page in the background learns of a payment within a second, pushed, with no status request", async () => {
    const session = await rig.createSession("ORDER-P1", {
      url: { return_url: `${rig.receiver}/return/p1`, callback_url: `${rig.receiver}/hooks/p1` },
    });
    const { context, page, errors } = await rig.openPage();
    try {
      const asked = statusRequests(page);
      const socket = page.waitForEvent("websocket");
      await page.goto(session.pay_url);
      expect(new URL((await socket).url()).pathname).toBe(`${new URL(session.pay_url).pathname}/live`);
      await watchPaidView(page);
      // In front and untouched past its first poll: the open socket stands in for polling.
      await page.waitForTimeout(FIRST_POLL_MS + 1_000);
      expect(asked).toEqual([]);

      // Then behind another tab (real focus moves with the tab in front in Debian's chromium; the
      // headless shell of @sparticuz/chromium keeps it, and either keeps a page behind another
      // visible, so it could still poll: it must not). No event that makes the page look again
      // (focus, visibilitychange, pageshow) may reach it: what it shows must come by push.
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setFocusEmulationEnabled", { enabled: false });
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as { comebacks?: string[] }).comebacks = seen;
        for (const type of ["focus", "visibilitychange", "pageshow"]) {
          window.addEventListener(type, () => seen.push(type), true);
          document.addEventListener(type, () => seen.push(type), true);
        }
      });
      const other = await context.newPage();
      await other.bringToFront();
      await payOn(other, session.pay_url);

      const paid = (await rig.getSession(session.id)) as unknown as { status: string; updated_at: string };
      expect(paid.status).toBe("paid");
      const shown = await page.waitForFunction(() => (window as { paidShownAt?: number }).paidShownAt, undefined, { timeout: 3_000 });
      expect(Number(await shown.jsonValue()) - Date.parse(paid.updated_at)).toBeLessThan(PUSH_WITHIN_MS);
      expect(await page.evaluate(() => document.querySelector<HTMLElement>('[data-when="paid"]')?.hidden)).toBe(false);
      expect(asked).toEqual([]);
      expect(await page.evaluate(() => (window as { comebacks?: string[] }).comebacks)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a payment approved with every notification lost turns up as paid on the tab left behind, found by the gateway itself", async () => {
    const session = await rig.createSession("ORDER-P5", { url: { callback_url: `${rig.receiver}/hooks/p5` } });
    const { context, page, errors } = await rig.openPage();
    try {
      await page.goto(session.pay_url);
      await watchPaidView(page);
      const other = await context.newPage();
      await other.goto(session.pay_url);
      await other.getByRole("button", { name: "Continue to Vipps" }).tap();
      await other.waitForURL((url) => url.pathname.startsWith("/sandbox/pay/"));
      // The phone dies on the way back: no callback, no return to the gateway.
      await other.getByRole("button", { name: "Approve, then lose the way back (test)" }).tap();
      await other.getByText("The phone died on the way back").waitFor({ state: "visible" });
      const approvedAt = Date.now();
      expect(other.url()).toContain("/sandbox/pay/");

      const shown = await page.waitForFunction(() => (window as { paidShownAt?: number }).paidShownAt, undefined, { timeout: 30_000 });
      expect(Number(await shown.jsonValue()) - approvedAt).toBeLessThan(30_000);
      expect(await page.evaluate(() => document.querySelector<HTMLElement>('[data-when="paid"]')?.hidden)).toBe(false);
      const webhook = await rig.waitForWebhook("/hooks/p5", "session.authorized");
      expect((JSON.parse(webhook.body) as { data: { id: string } }).data.id).toBe(session.id);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 45_000);

  it("keeps its socket alive with a ping every 30 s, answered pong", async () => {
    const session = await rig.createSession("ORDER-P3");
    const { context, page, errors } = await rig.openPage();
    try {
      await page.clock.install();
      const socket = page.waitForEvent("websocket");
      await page.goto(session.pay_url);
      const frames: string[] = [];
      const live = await socket;
      live.on("framesent", (frame) => frames.push(`sent ${frame.payload}`));
      live.on("framereceived", (frame) => frames.push(`got ${frame.payload}`));
      await live.waitForEvent("framereceived");
      await page.clock.runFor(29_000);
      expect(frames).not.toContain("sent ping");
      await page.clock.runFor(2_000);
      await expect.poll(() => frames.filter((frame) => !frame.includes("{"))).toEqual(["sent ping", "got pong"]);
      await page.clock.runFor(30_000);
      await expect.poll(() => frames.filter((frame) => frame === "sent ping").length).toBe(2);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a page whose socket is refused learns of the payment by polling", async () => {
    const session = await rig.createSession("ORDER-P2", {
      url: { return_url: `${rig.receiver}/return/p2`, callback_url: `${rig.receiver}/hooks/p2` },
    });
    const waiting = await rig.openPage();
    const phone = await rig.openPage();
    try {
      let refused = 0;
      await waiting.page.routeWebSocket(/\/live$/, (socket) => {
        refused += 1;
        socket.close({ code: 1011, reason: "refused by the test" });
      });
      const asked = statusRequests(waiting.page);
      await waiting.page.goto(session.pay_url);
      await payOn(phone.page, session.pay_url);
      await waiting.page.getByRole("heading", { name: "Payment complete" }).waitFor({ state: "visible", timeout: 10_000 });
      expect(refused).toBe(1);
      expect(asked.length).toBeGreaterThan(0);
      expect(waiting.errors).toEqual([]);
    } finally {
      await waiting.context.close();
      await phone.context.close();
    }
  });
});
