/**
 * Each kind of device, emulated in Debian's chromium (user agent, client hints, viewport, touch),
 * opens a pay link served by `wrangler dev` and lands where the routing table says: the provider's
 * https page, the app (only for a merchant's own app that asked for it), with a way out of an
 * in-app browser, with a QR code on desktops. Every user agent is one seen in the wild (`seen`).
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Rig, startRig } from "./browser-rig";

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
}, 120_000);

afterAll(() => rig?.stop(), 30_000);

interface Hints {
  brands: { brand: string; version: string }[];
  platform: string;
  platformVersion: string;
  model: string;
  mobile: boolean;
}

interface DeviceCase {
  name: string;
  userAgent: string;
  /** Where the user agent was seen (given for the web views, whose routing rests on it). */
  seen?: string;
  /** The session's handoff policy (the merchant's say); `auto` when left out. */
  handoff?: "app";
  viewport: { width: number; height: number };
  touch: number;
  /** What Chrome would send as client hints; without them, none are sent. */
  hints?: Hints;
  /** navigator.platform, for an iPad that says it is a Mac. */
  platform?: string;
  /** `page`: this session's page kind, which `GET /v1/device` also names unless the merchant chose (`device`). */
  expect: { page: string; device?: string; button: string; lands: RegExp; escape?: { label: string; href: RegExp }; qr: boolean };
}

const chromeBrands = (extra: string) => [
  { brand: "Chromium", version: "126" },
  { brand: extra, version: "126" },
  { brand: "Not/A)Brand", version: "8" },
];
const hosted = /\/sandbox\/pay\/sbx_/;

const DEVICES: DeviceCase[] = [
  {
    name: "Safari on an iPhone",
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
    viewport: { width: 390, height: 844 },
    touch: 5,
    expect: { page: "hosted", button: "Continue to Vipps", lands: hosted, qr: false },
  },
  {
    name: "Chrome on Android (reduced user agent, version from client hints)",
    userAgent: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
    viewport: { width: 412, height: 915 },
    touch: 5,
    hints: { brands: chromeBrands("Google Chrome"), platform: "Android", platformVersion: "14.0.0", model: "Pixel 8", mobile: true },
    expect: { page: "hosted", button: "Continue to Vipps", lands: hosted, qr: false },
  },
  {
    name: "Instagram's browser on iOS 17",
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 336.0.3.19.92 (iPhone14,5; iOS 17_5_1; nb_NO; nb; scale=3.00; 1170x2532; 614587214)",
    viewport: { width: 390, height: 844 },
    touch: 5,
    expect: {
      page: "hosted",
      button: "Continue to Vipps",
      lands: hosted,
      escape: { label: "Open in Safari", href: /^x-safari-https:\/\/127\.0\.0\.1:\d+\/p\/[1-9A-HJ-NP-Za-km-z]{14}$/ },
      qr: false,
    },
  },
  {
    name: "Facebook's browser on Android",
    userAgent:
      "Mozilla/5.0 (Linux; Android 13; SM-G991B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/469.0.0.48.77;]",
    viewport: { width: 360, height: 800 },
    touch: 5,
    hints: { brands: chromeBrands("Android WebView"), platform: "Android", platformVersion: "13.0.0", model: "SM-G991B", mobile: true },
    expect: {
      page: "hosted",
      button: "Continue to Vipps",
      lands: hosted,
      escape: { label: "Open in your browser", href: /^intent:\/\/127\.0\.0\.1:\d+\/p\/[1-9A-HJ-NP-Za-km-z]{14}#Intent;scheme=https;end$/ },
      qr: false,
    },
  },
  {
    name: "Outlook for Android's web view (an unnamed web view: a mail app, not the merchant's)",
    userAgent:
      "Mozilla/5.0 (Linux; Android 9; SM-G975N Build/PQ3B.190801.08041932; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/91.0.4472.114 Mobile Safari/537.36 PKeyAuth/1.0",
    seen: "requests of Outlook Lite for Android (X-Requested-With: com.microsoft.outlooklite) in public code; ' PKeyAuth/1.0' is what Microsoft's auth library appends to the WebView's user agent ([MS-OAPXBC] 3.1.5.1.2.1)",
    viewport: { width: 412, height: 915 },
    touch: 5,
    hints: { brands: chromeBrands("Android WebView"), platform: "Android", platformVersion: "9.0.0", model: "SM-G975N", mobile: true },
    expect: { page: "hosted", button: "Continue to Vipps", lands: hosted, qr: false },
  },
  {
    name: "an iOS mail app's web view (Mobile/15E148 without Safari/)",
    userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 13_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
    seen: "php-browser-detection tests/ios_webview.php (github.com/foroco/php-browser-detection), as in test/worker/device/user-agents.ts",
    viewport: { width: 390, height: 844 },
    touch: 5,
    expect: { page: "hosted", button: "Continue to Vipps", lands: hosted, qr: false },
  },
  {
    name: "the merchant's own app (an Android web view) that asked for the app",
    userAgent:
      "Mozilla/5.0 (Linux; Android 15; REA-NX9 Build/HONORREA-N39; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/143.0.7499.192 Mobile Safari/537.36",
    seen: "device-detector Tests/fixtures/clienthints-app.yml (github.com/matomo-org/device-detector), with its Android WebView client hints, as in test/worker/device/user-agents.ts",
    handoff: "app",
    viewport: { width: 412, height: 915 },
    touch: 5,
    hints: { brands: chromeBrands("Android WebView"), platform: "Android", platformVersion: "15.0.0", model: "REA-NX9", mobile: true },
    expect: { page: "app", device: "hosted", button: "Open Vipps", lands: /\/sandbox\/app\/sbx_/, qr: false },
  },
  {
    name: "an iPad that says it is a Mac",
    userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    viewport: { width: 820, height: 1180 },
    touch: 5,
    platform: "MacIntel",
    expect: { page: "hosted", button: "Continue to Vipps", lands: hosted, qr: false },
  },
  {
    name: "Chrome on a Windows desktop",
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
    viewport: { width: 1440, height: 900 },
    touch: 0,
    hints: { brands: chromeBrands("Google Chrome"), platform: "Windows", platformVersion: "15.0.0", model: "", mobile: false },
    expect: { page: "hosted", button: "Continue to Vipps", lands: hosted, qr: true },
  },
];

/** A context that looks like `device` to the gateway and to the page's own script. */
async function emulate(device: DeviceCase, javaScript = true): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const opened = await rig.openPage({
    userAgent: device.userAgent,
    viewport: device.viewport,
    isMobile: device.touch > 0 && device.viewport.width < 500,
    hasTouch: device.touch > 0,
    javaScriptEnabled: javaScript,
  });
  const cdp = await opened.context.newCDPSession(opened.page);
  await cdp.send("Emulation.setUserAgentOverride", {
    userAgent: device.userAgent,
    ...(device.platform ? { platform: device.platform } : {}),
    ...(device.hints
      ? { userAgentMetadata: { ...device.hints, fullVersionList: device.hints.brands, architecture: "", bitness: "" } }
      : {}),
  });
  if (device.touch > 0) await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: device.touch });
  return opened;
}

describe("each device lands where the routing table says", () => {
  it.each(DEVICES)("$name", async (device) => {
    const session = await rig.createSession(`DEV-${device.expect.page}`, device.handoff ? { handoff: device.handoff } : {});
    const { context, page, errors } = await emulate(device);
    try {
      await page.goto(session.pay_url);
      expect(await page.evaluate(async () => (await fetch("/v1/device")).json())).toMatchObject({
        page: device.expect.device ?? device.expect.page,
      });

      const way = device.expect.escape;
      if (way) {
        expect(await page.getByRole("link", { name: way.label }).getAttribute("href")).toMatch(way.href);
      } else {
        expect(await page.getByRole("link", { name: /^Open in/ }).count()).toBe(0);
      }
      const qr = page.locator("img[data-qr]");
      if (device.expect.qr) {
        await qr.waitFor({ state: "visible" });
        expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      } else {
        expect(await qr.count()).toBe(0);
      }

      const button = page.getByRole("button", { name: device.expect.button, exact: true });
      await (device.touch > 0 ? button.tap() : button.click());
      await page.waitForURL(device.expect.lands);
      await page.getByText(/^TEST\b/).waitFor({ state: "visible" });
      expect((await rig.getSession(session.id)).attempts.map((attempt) => attempt.handoff)).toEqual([
        device.expect.page === "app" ? "app" : "hosted",
      ]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the merchant's app's way on to the payment page waits for the app, is there at once without JavaScript, and goes to the https page", async () => {
    const ownApp = DEVICES.find((device) => device.expect.page === "app");
    if (!ownApp) throw new Error("no merchant's app case");
    const session = await rig.createSession("DEV-FALLBACK", { handoff: "app" });
    for (const javaScript of [true, false]) {
      const { context, page } = await emulate(ownApp, javaScript);
      try {
        await page.goto(session.pay_url);
        const fallback = page.getByRole("button", { name: "Continue on the payment page" });
        expect(await fallback.isVisible()).toBe(!javaScript);
        expect(await page.getByText("Vipps did not open?").isVisible()).toBe(!javaScript);
        if (!javaScript) {
          await fallback.tap();
          await page.waitForURL(hosted);
        }
      } finally {
        await context.close();
      }
    }
    expect((await rig.getSession(session.id)).attempts.map((attempt) => attempt.handoff)).toEqual(["hosted"]);
  });

  it("in Telegram, which sends Safari's user agent, the page finds Telegram itself and offers the way out", async () => {
    const iphone = DEVICES[0];
    if (!iphone) throw new Error("no iPhone case");
    const session = await rig.createSession("DEV-TELEGRAM");
    for (const inTelegram of [true, false]) {
      const { context, page, errors } = await emulate(iphone);
      try {
        // What Telegram's iOS web view defines (github.com/shalanah/inapp-spy/pull/32); Safari has no such global.
        if (inTelegram) await page.addInitScript(() => Object.assign(window, { TelegramWebviewProxy: { postEvent() {} } }));
        await page.goto(session.pay_url);
        const safari = page.getByRole("link", { name: "Open in Safari" });
        const hint = page.getByText("open this page in your browser");
        if (inTelegram) {
          await safari.waitFor({ state: "visible" });
          expect(await safari.getAttribute("href")).toMatch(/^x-safari-https:\/\/127\.0\.0\.1:\d+\/p\/[1-9A-HJ-NP-Za-km-z]{14}$/);
          expect(await hint.isVisible()).toBe(true);
        } else {
          expect(await safari.count()).toBe(0);
          expect(await hint.isVisible()).toBe(false);
        }
        await page.getByRole("button", { name: "Continue to Vipps", exact: true }).tap();
        await page.waitForURL(hosted);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it("after the tap on the https route, a page still in front offers the same attempt again after 4 s, and back from the provider shows the open page", async () => {
    const iphone = DEVICES[0];
    if (!iphone) throw new Error("no iPhone case");
    const session = await rig.createSession("DEV-STUCK");
    const { context, page, errors } = await emulate(iphone);
    try {
      // Each tap's post reaches the gateway, but the browser is answered "204 No Content", so it stays
      // on the page: what a person sees when nothing opens.
      const answered: number[] = [];
      await page.route("**/go", async (route) => {
        answered.push((await route.fetch({ maxRedirects: 0 })).status());
        await route.fulfill({ status: 204 });
      });
      await page.goto(session.pay_url);
      await page.getByRole("button", { name: "Continue to Vipps", exact: true }).tap();
      await page.getByRole("heading", { name: "Opening Vipps…" }).waitFor({ state: "visible" });
      const again = page.getByRole("button", { name: "Didn't open? Continue", exact: true });
      await page.waitForTimeout(3_000);
      expect(await again.isVisible(), "not before 4 s").toBe(false);
      await again.waitFor({ state: "visible", timeout: 3_000 });
      await again.tap();
      await expect.poll(() => answered, { timeout: 5_000 }).toEqual([303, 303]);
      const attempts = (await rig.getSession(session.id)).attempts;
      expect(
        attempts.map((attempt) => attempt.handoff),
        "the second tap reuses the live attempt",
      ).toEqual(["hosted"]);

      // Back from the provider's page, restored from the back/forward cache. Playwright's Chromium runs
      // with that cache off (--disable-back-forward-cache), so the restore's event is dispatched as the browser would.
      await page.evaluate(() => dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })));
      await page.getByRole("button", { name: "Continue to Vipps", exact: true }).waitFor({ state: "visible", timeout: 1_000 });
      expect(await page.getByRole("heading", { name: "Opening Vipps…" }).isVisible()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a phone without JavaScript still pays by tapping the button", async () => {
    const iphone = DEVICES[0];
    if (!iphone) throw new Error("no iPhone case");
    const session = await rig.createSession("DEV-NOJS");
    const { context, page } = await emulate(iphone, false);
    try {
      await page.goto(session.pay_url);
      await page.getByRole("button", { name: "Continue to Vipps" }).tap();
      await page.waitForURL(hosted);
      await page.getByRole("button", { name: "Approve payment" }).tap();
      await page.getByText("Payment complete").waitFor({ state: "visible" });
    } finally {
      await context.close();
    }
    expect(await rig.payStatus(session.pay_url)).toBe("paid");
  });
});
