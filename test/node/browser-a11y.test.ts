/**
 * Accessibility of every page a person meets, checked by axe-core for WCAG 2.2 AA in Debian's
 * chromium against `wrangler dev`: the pay page on each kind of device and in each brand, its
 * waiting, paid, cancelled and expired views, the sandbox's TEST page, the page of a link that does
 * not exist, and the gateway's own result page. And the pay page with the largest amount fits a
 * 320 px wide screen without scrolling sideways.
 */
import type { BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES } from "../../src/i18n/locales";
import { axeSource, axeViolations } from "./axe";
import { type Rig, startRig } from "./browser-rig";
import { IPHONE_USER_AGENT } from "./chromium";

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
}, 120_000);

afterAll(() => rig?.stop(), 30_000);

/** The largest amount a session takes, in minor units (1 000 000.00). */
const LARGEST_AMOUNT_MINOR = 100_000_000;

/** The narrowest phone screen WCAG's reflow criterion (1.4.10) asks for, in CSS pixels. */
const NARROW_WIDTH_PX = 320;

const DESKTOP: BrowserContextOptions = {
  userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  viewport: { width: 1440, height: 900 },
};
const INSTAGRAM: BrowserContextOptions = {
  userAgent:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 336.0.3.19.92 (iPhone14,5; iOS 17_5_1; nb_NO; nb; scale=3.00; 1170x2532; 614587214)",
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

/** Opens a page (a phone unless `options` say otherwise), runs `steps`, and closes it. */
async function onPage(steps: (page: Page) => Promise<void>, options?: BrowserContextOptions): Promise<void> {
  const { context, page } = await rig.openPage(options);
  try {
    await steps(page);
  } finally {
    await context.close();
  }
}

const PAY_PAGES: { name: string; currency: string; options?: BrowserContextOptions; shows: (page: Page) => Promise<void> }[] = [
  { name: "a phone, NOK (Vipps)", currency: "NOK", shows: (page) => page.getByRole("button", { name: "Continue to Vipps" }).waitFor() },
  {
    name: "a phone, DKK (MobilePay)",
    currency: "DKK",
    shows: (page) => page.getByRole("button", { name: "Continue to MobilePay" }).waitFor(),
  },
  { name: "a desktop with the QR code", currency: "NOK", options: DESKTOP, shows: (page) => page.locator("img[data-qr]").waitFor() },
  {
    name: "Instagram's in-app browser",
    currency: "NOK",
    options: INSTAGRAM,
    shows: (page) => page.getByRole("link", { name: "Open in Safari" }).waitFor(),
  },
];

describe("axe-core finds no WCAG 2.2 AA violation", () => {
  it("and would find one: an image without a text alternative, and a script tag refused by the pages' CSP", async () => {
    const session = await rig.createSession("A11Y-SELF");
    await onPage(async (page) => {
      await page.goto(session.pay_url);
      await expect(page.addScriptTag({ content: await axeSource() })).rejects.toThrow(/Content Security Policy/);
      await page.evaluate(() => document.querySelector("main")?.append(Object.assign(new Image(8, 8), { src: "data:," })));
      expect((await axeViolations(page)).join("\n")).toMatch(/^image-alt \(critical\)/);
    });
  });

  it.each(PAY_PAGES)("the pay page on $name", async ({ currency, options, shows }) => {
    const session = await rig.createSession(`A11Y-${currency}`, { order: { amount: 29990, currency, merchant_reference: "A11Y" } });
    await onPage(async (page) => {
      await page.goto(session.pay_url);
      await shows(page);
      expect(await axeViolations(page)).toEqual([]);
    }, options);
  });

  it("the waiting view after the tap, and the way on that follows it", async () => {
    const session = await rig.createSession("A11Y-WAIT");
    await onPage(async (page) => {
      // The tap's post is answered "204 No Content", so the page stays in front, waiting.
      await page.route("**/go", (route) => route.fulfill({ status: 204 }));
      await page.goto(session.pay_url);
      await page.getByRole("button", { name: "Continue to Vipps" }).tap();
      await page.getByRole("heading", { name: "Opening Vipps…" }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "Didn't open? Continue" }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it("the sandbox's TEST page, the gateway's result page, and the pay page's paid view", async () => {
    const session = await rig.createSession("A11Y-PAID");
    await onPage(async (page) => {
      await page.goto(session.pay_url);
      await page.getByRole("button", { name: "Continue to Vipps" }).tap();
      await page.getByRole("button", { name: "Approve payment" }).waitFor();
      expect(await axeViolations(page), "TEST page").toEqual([]);
      await page.getByRole("button", { name: "Approve payment" }).tap();
      await page.waitForURL((url) => url.pathname.startsWith("/r/"));
      await page.getByRole("heading", { name: "Payment complete" }).waitFor();
      expect(await axeViolations(page), "result page").toEqual([]);
      await page.goto(session.pay_url);
      await page.getByRole("heading", { name: "Payment complete" }).waitFor();
      expect(await axeViolations(page), "paid view").toEqual([]);
    });
  });

  it("the pay page's cancelled view", async () => {
    const session = await rig.createSession("A11Y-CANCELLED");
    await rig.moveMoney(session.id, "cancel");
    await onPage(async (page) => {
      await page.goto(session.pay_url);
      await page.getByRole("heading", { name: "Payment cancelled" }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it("the pay page's expired view, as its script shows it when the status says so, announced as it changes", async () => {
    // A link lives at least a minute: the status endpoint answers "expired" for it here.
    const session = await rig.createSession("A11Y-EXPIRED");
    await onPage(async (page) => {
      await page.route("**/status", (route) =>
        route.fulfill({ json: { status: "expired", attempt: null, updated_at: new Date().toISOString() } }),
      );
      await page.goto(session.pay_url);
      await page.evaluate(() => dispatchEvent(new Event("focus")));
      const heading = page.getByRole("heading", { name: "This link has expired" });
      await heading.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // WCAG 4.1.3: a status that changes in place is read out by a screen reader, without moving focus.
      expect(await heading.evaluate((element) => element.closest("[aria-live]")?.getAttribute("aria-live"))).toBe("polite");
    });
  });

  it("the page of a link that does not exist", async () => {
    await onPage(async (page) => {
      await page.goto(`${rig.origin}/p/11111111111111`);
      await page.getByRole("heading", { name: "Payment link not found" }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe("a 320 px wide screen", () => {
  const cases = ["NOK", "DKK", "EUR"].flatMap((currency) => LOCALES.map((locale) => [currency, locale] as const));
  it.each(cases)("shows the largest amount in %s, written in %s, without scrolling sideways", async (currency, locale) => {
    const session = await rig.createSession(`A11Y-WIDE-${currency}`, {
      order: { amount: LARGEST_AMOUNT_MINOR, currency, merchant_reference: "A11Y-WIDE", description: "Two tickets" },
    });
    const narrow = {
      userAgent: IPHONE_USER_AGENT,
      viewport: { width: NARROW_WIDTH_PX, height: 640 },
      isMobile: true,
      hasTouch: true,
      locale,
    };
    await onPage(async (page) => {
      await page.goto(session.pay_url);
      await page.locator("main button").first().waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe(locale);
      // A phone widens its layout to what overflows, so the window's width is checked as well as the content's.
      const widths = await page.evaluate(() => ({ window: innerWidth, content: document.documentElement.scrollWidth }));
      expect(widths).toEqual({ window: NARROW_WIDTH_PX, content: NARROW_WIDTH_PX });
    }, narrow);
  });
});

describe("the focus", () => {
  it("moves to the waiting view's heading after the tap, and on to the new view's when a status change hides it", async () => {
    const session = await rig.createSession("A11Y-FOCUS");
    await onPage(async (page) => {
      // The tap's post is answered "204 No Content", so the page stays: as when the app opened over it.
      await page.route("**/go", (route) => route.fulfill({ status: 204 }));
      await page.goto(session.pay_url);
      await page.getByRole("button", { name: "Continue to Vipps", exact: true }).focus();
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { name: "Opening Vipps…" }).waitFor();
      const focused = () => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`);
      expect(await focused()).toBe("H2 Opening Vipps…");
      // The merchant cancels the session: the tab is told, and the focus follows the view.
      await rig.moveMoney(session.id, "cancel");
      await page.getByRole("heading", { name: "Payment cancelled" }).waitFor();
      expect(await focused()).toBe("H2 Payment cancelled");
    });
  });
});
