/**
 * The customer's language and brand in a real browser (chromium against `wrangler dev`): the pay
 * page in each language as `Accept-Language` asks, the button naming the app and wearing its colour
 * for the currency, the language switch working without JavaScript and remembered, and axe-core
 * finding nothing on the pay page, the sandbox's TEST page and the receipt in every language.
 * Each language's pay page is kept as a screenshot in `test-results/screenshots/`.
 */
import type { BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../src/i18n/locales";
import { CATALOGUES } from "../../src/i18n/words";
import { axeViolations } from "./axe";
import { keepScreenshot, type Rig, startRig } from "./browser-rig";

/** The currency each language's customer most likely pays in (Swedish and English: any; here NOK and EUR). */
const CURRENCY_OF: Record<Locale, string> = { nb: "NOK", da: "DKK", fi: "EUR", sv: "EUR", en: "NOK" };

/** The button's colour per brand, as the stylesheet sets it (`src/pages/style.ts`). */
const BRAND_COLOURS = { Vipps: "rgb(209, 60, 0)", MobilePay: "rgb(60, 92, 230)" };

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
}, 120_000);

afterAll(() => rig?.stop(), 30_000);

async function onPage(options: BrowserContextOptions, steps: (page: Page) => Promise<void>): Promise<void> {
  const { context, page } = await rig.openPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1",
    ...options,
  });
  try {
    await steps(page);
  } finally {
    await context.close();
  }
}

const say = (locale: Locale, key: keyof (typeof CATALOGUES)["en"], app: string) => CATALOGUES[locale][key].replace("{app}", app);

describe("the pay page in the customer's language", () => {
  it.each(LOCALES)("%s, chosen by Accept-Language, with the brand of its currency", async (locale) => {
    const currency = CURRENCY_OF[locale];
    const app = currency === "NOK" ? "Vipps" : "MobilePay";
    const session = await rig.createSession(`LANG-${locale}`, { order: { amount: 29990, currency, merchant_reference: "LANG" } });
    await onPage({ locale }, async (page) => {
      await page.goto(session.pay_url);
      const button = page.getByRole("button", { name: say(locale, "pay.continue", app), exact: true });
      await button.waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe(locale);
      expect(await button.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(BRAND_COLOURS[app]);
      expect(await page.getByRole("navigation").getByRole("link", { name: "English" }).count()).toBe(1);
      await keepScreenshot(page, `pay-${locale}-${currency}`);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it("the language switch works without JavaScript, and the pick holds for the pages after it", async () => {
    const session = await rig.createSession("LANG-SWITCH");
    await onPage({ locale: "en-GB", javaScriptEnabled: false }, async (page) => {
      await page.goto(session.pay_url);
      await page.getByRole("link", { name: "Suomi" }).click();
      await page.getByRole("button", { name: say("fi", "pay.continue", "Vipps"), exact: true }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("fi");
      // The pick is remembered: the pay link opened again, without ?lang, is still in Finnish.
      await page.goto(session.pay_url);
      expect(await page.locator("html").getAttribute("lang")).toBe("fi");
      await page.getByRole("button", { name: say("fi", "pay.continue", "Vipps"), exact: true }).click();
      await page.waitForURL(/\/sandbox\/pay\//);
      expect(await page.locator("html").getAttribute("lang")).toBe("fi");
      await page.getByRole("button", { name: CATALOGUES.fi["sandbox.approve"] }).click();
      await page.getByRole("heading", { name: CATALOGUES.fi["pay.paid_title"] }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("fi");
    });
  });

  it.each(LOCALES)("axe-core finds nothing on the TEST page and the receipt in %s", async (locale) => {
    const session = await rig.createSession(`LANG-R-${locale}`, {
      order: { amount: 29990, currency: CURRENCY_OF[locale], merchant_reference: "R" },
    });
    const app = CURRENCY_OF[locale] === "NOK" ? "Vipps" : "MobilePay";
    await onPage({ locale }, async (page) => {
      await page.goto(session.pay_url);
      await page.getByRole("button", { name: say(locale, "pay.continue", app), exact: true }).click();
      await page.getByRole("button", { name: CATALOGUES[locale]["sandbox.approve"] }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: CATALOGUES[locale]["sandbox.approve"] }).click();
      await page.getByRole("heading", { name: CATALOGUES[locale]["pay.paid_title"] }).waitFor();
      expect(await page.getByText(`${CATALOGUES[locale]["result.reference"]}: R`).count()).toBe(1);
      await keepScreenshot(page, `receipt-${locale}`);
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
