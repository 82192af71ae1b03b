/**
 * The reusable link's pages in a real browser, without a gateway: each variant (a fixed amount, an
 * open amount, an open amount refused, and the three closed links) rendered by `src/pages/link-page.ts`
 * in every language and set into Chromium's page, where axe-core finds no WCAG 2.2 AA violation;
 * the refused amount's field is the focused, named and invalid one; and on a 320 px wide phone
 * screen the widest of them scrolls nowhere sideways.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Shop } from "../../src/config/merchants";
import type { LinkClosedReason } from "../../src/domain/link-rules";
import { LOCALES, type Locale } from "../../src/i18n/locales";
import { wordsFor } from "../../src/i18n/words";
import type { SessionFrame } from "../../src/pages/frame";
import { type LinkPageModel, linkClosedPage, linkPage } from "../../src/pages/link-page";
import { axeViolations } from "./axe";
import { IPHONE_USER_AGENT, launchChromium } from "./chromium";

/** The narrowest phone screen WCAG's reflow criterion (1.4.10) asks for, in CSS pixels. */
const NARROW_WIDTH_PX = 320;

/** The largest amount a session takes, in minor units (1 000 000.00). */
const LARGEST_AMOUNT_MINOR = 100_000_000;

/** A merchant with every detail a customer may be shown, in test mode: every landmark the pages have. */
const SHOP: Shop = {
  name: "Other Shop",
  org_number: "999 999 999",
  support_email: "kundeservice@shop.example",
  support_phone: "+47 22 00 00 00",
  terms_url: "https://shop.example/kjopsvilkar",
};
const SESSION: SessionFrame = { shop: SHOP, testMode: true };

const CURRENCY_OF: Record<Locale, string> = { nb: "NOK", da: "DKK", fi: "EUR", sv: "SEK", en: "NOK" };

function model(locale: Locale, change: Partial<LinkPageModel>): LinkPageModel {
  return {
    words: wordsFor(locale),
    session: SESSION,
    code: "Kq7Zx2Pw9mB4",
    tap: "T4pT4pT4pT4pT4pT",
    amount: 14950,
    minAmount: null,
    maxAmount: null,
    currency: CURRENCY_OF[locale],
    description: "A description of a hundred characters, which is as long as a description may be, no more.",
    ...change,
  };
}

const OPEN_REFUSED: Partial<LinkPageModel> = {
  amount: null,
  minAmount: 1000,
  maxAmount: LARGEST_AMOUNT_MINOR,
  problem: "amount_below",
  typed: "5",
};

/** Every variant of the pages, by name: the response it renders to in `locale`. */
const VARIANTS: Record<string, (locale: Locale) => Promise<Response>> = {
  fixed: (locale) => linkPage(model(locale, {})),
  "fixed, the largest amount": (locale) => linkPage(model(locale, { amount: LARGEST_AMOUNT_MINOR })),
  open: (locale) => linkPage(model(locale, { amount: null })),
  "open with bounds": (locale) => linkPage(model(locale, { amount: null, minAmount: 1000, maxAmount: LARGEST_AMOUNT_MINOR })),
  "open, refused": (locale) => linkPage(model(locale, OPEN_REFUSED)),
  ...Object.fromEntries(
    (["sold_out", "inactive", "expired"] satisfies LinkClosedReason[]).map((reason) => [
      `closed: ${reason}`,
      (locale: Locale) => linkClosedPage(wordsFor(locale), SESSION, reason),
    ]),
  ),
};

const CASES = Object.keys(VARIANTS).flatMap((variant) => LOCALES.map((locale) => [variant, locale] as const));

let browser: Browser;
let phone: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  phone = await browser.newContext({
    userAgent: IPHONE_USER_AGENT,
    viewport: { width: NARROW_WIDTH_PX, height: 640 },
    isMobile: true,
    hasTouch: true,
  });
  page = await phone.newPage();
}, 60_000);

afterAll(() => browser?.close(), 30_000);

async function show(variant: string, locale: Locale): Promise<void> {
  const render = VARIANTS[variant];
  if (!render) throw new Error(`no variant ${variant}`);
  // A fresh document each time: `setContent` writes into the page's document, which would keep its
  // "autofocus processed" flag from the page before.
  await page.goto("about:blank");
  await page.setContent(await (await render(locale)).text());
}

describe("axe-core", () => {
  it.each(CASES)("finds nothing on the link page %s, in %s", async (variant, locale) => {
    await show(variant, locale);
    expect(await page.locator("html").getAttribute("lang")).toBe(locale);
    expect(await page.locator("h1").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("a refused amount", () => {
  it.each(LOCALES)("leaves the focus on the field, named by its label, invalid, with what was typed (%s)", async (locale) => {
    await show("open, refused", locale);
    const words = wordsFor(locale);
    const field = page.getByRole("textbox", { name: words.say("link.amount", { currency: "" }).replace(" ()", ""), exact: false });
    expect(await field.count()).toBe(1);
    expect(await field.inputValue()).toBe("5");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    // Autofocus runs at the next rendering update.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("amount");
  });
});

describe("a 320 px wide screen", () => {
  it.each(CASES)("shows the link page %s in %s without scrolling sideways", async (variant, locale) => {
    await show(variant, locale);
    // A phone widens its layout to what overflows, so the window's width is checked as well as the content's.
    const widths = await page.evaluate(() => ({ window: innerWidth, content: document.documentElement.scrollWidth }));
    expect(widths).toEqual({ window: NARROW_WIDTH_PX, content: NARROW_WIDTH_PX });
  });
});
