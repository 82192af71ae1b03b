/**
 * Reusable payment links in a real browser (chromium on a phone's profile against `wrangler dev`):
 * two payers on one link through the sandbox, each in a session of their own, counted by the link;
 * an amount typed the Norwegian way, and one refused; the limit of payments, deactivation and
 * activation; link previewers and mail scanners that count and start nothing; axe-core on each
 * kind of link page in three languages (each kept as a screenshot in `test-results/screenshots/`);
 * and the print QR code, drawn 2 cm wide at 300 dpi, reading back as the link's URL.
 */
import type { BrowserContextOptions, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "../../src/i18n/locales";
import { type Words, wordsFor } from "../../src/i18n/words";
import { axeViolations } from "./axe";
import { keepScreenshot, MERCHANT_NAME, type Rig, startRig } from "./browser-rig";
import { IPHONE } from "./chromium";
import { CAMERA, expectReads, px } from "./qr-read";

/** How long the link may take to count a payment: each session's alarm tells it (1 s, then doubling). */
const COUNTED_TIMEOUT_MS = 20_000;
/** How often the link's counts are read while waiting. */
const POLL_MS = 250;

/** Chrome on an Android phone (the reduced user agent Chrome sends), as `browser-devices.test.ts` has it. */
const ANDROID: BrowserContextOptions = {
  userAgent: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
  viewport: { width: 412, height: 915 },
  deviceScaleFactor: 2.625,
  isMobile: true,
  hasTouch: true,
};

/** What each language's phone sends as its language. */
const PHONE_LANGUAGES: Record<Locale, string> = { nb: "nb-NO", da: "da-DK", fi: "fi-FI", sv: "sv-SE", en: "en-GB" };

/** Link previewers and a mail scanner, as they name themselves (test/worker/device/user-agents.ts has where each was seen). */
const SCANNERS = [
  "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
  "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
  "Barracuda Sentinel (EE)",
];

interface Counts {
  opened: number;
  sessions_started: number;
  paid: number;
  amount_paid: number;
}

interface Link {
  id: string;
  url: string;
  qr_url: string;
  active: boolean;
  counts: Counts;
}

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
}, 120_000);

afterAll(() => rig?.stop(), 30_000);

/** The merchant creates a NOK link with `terms`; its sessions return to and call back on the receiver under `name`. */
async function createLink(name: string, terms: Record<string, unknown>): Promise<Link> {
  const link = await rig.merchantApi<Link>("POST", "/v1/links", {
    currency: "NOK",
    merchant_reference: name.toUpperCase(),
    url: { return_url: `${rig.receiver}/return/${name}`, callback_url: `${rig.receiver}/hooks/${name}` },
    ...terms,
  });
  expect(link.url).toMatch(new RegExp(`^${rig.origin}/l/[1-9A-HJ-NP-Za-km-z]{1,16}$`));
  return link;
}

const countsOf = async (link: Link) => (await rig.merchantApi<Link>("GET", `/v1/links/${link.id}`)).counts;

/** The link's counts once it counts `paid` payments: the sessions' alarms send the notices, so this polls. */
async function countsWhenPaid(link: Link, paid: number): Promise<Counts> {
  const deadline = Date.now() + COUNTED_TIMEOUT_MS;
  for (;;) {
    const counts = await countsOf(link);
    if (counts.paid >= paid) return counts;
    if (Date.now() > deadline)
      throw new Error(`the link counted ${JSON.stringify(counts)}, not ${paid} paid, within ${COUNTED_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A person's phone (an iPhone unless `profile` says) reading `locale`; closed after `steps`. */
async function asPayer<T>(
  locale: Locale,
  steps: (page: Page, errors: string[]) => Promise<T>,
  profile: BrowserContextOptions = IPHONE,
): Promise<T> {
  const { context, page, errors } = await rig.openPage({ ...profile, locale: PHONE_LANGUAGES[locale] });
  try {
    return await steps(page, errors);
  } finally {
    await context.close();
  }
}

/** The page's errors besides the answers `status` from `url` that a test expects (each listed twice: the answer, and Chromium's console line about it). */
function besides(errors: string[], status: number, url: string): string[] {
  const consoleLine = `${url}: Failed to load resource: the server responded with a status of ${status} `;
  return errors.filter((error) => error !== `${status} ${url}` && !error.startsWith(consoleLine));
}

/** Opens the link; answers the status of its page. */
async function open(page: Page, link: Link): Promise<number> {
  const response = await page.goto(link.url);
  return response?.status() ?? 0;
}

const continueButton = (page: Page, words: Words) => page.getByRole("button", { name: words.say("link.continue"), exact: true });

/** Taps Continue on the link's page; answers the link's answer to the tap (the POST). */
async function tapContinue(page: Page, words: Words): Promise<Response> {
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname.startsWith("/l/")),
    continueButton(page, words).tap(),
  ]);
  return answer;
}

/** Taps Continue, approves on the sandbox's TEST page, and lands on the shop's return page: answers its query. */
async function payThroughSandbox(page: Page, words: Words, returnPath: string): Promise<URLSearchParams> {
  expect((await tapContinue(page, words)).status()).toBe(303);
  await page.waitForURL((url) => url.pathname.startsWith("/sandbox/pay/"));
  await page.getByRole("button", { name: words.say("sandbox.approve"), exact: true }).tap();
  await page.waitForURL((url) => url.origin === rig.receiver && url.pathname === returnPath);
  await page.locator("#shop").waitFor({ state: "visible" });
  return new URL(page.url()).searchParams;
}

async function sessionOf(id: string) {
  return rig.merchantApi<{ id: string; link_id: string | null; order: { amount: number; merchant_reference: string } }>(
    "GET",
    `/v1/sessions/${id}`,
  );
}

/** The page's language and heading, axe-core's findings on it, and a screenshot of it under `name`. */
async function checkPage(page: Page, locale: Locale, name: string): Promise<string> {
  expect(await page.locator("html").getAttribute("lang")).toBe(locale);
  expect(await axeViolations(page)).toEqual([]);
  await keepScreenshot(page, `${name}-${locale}`);
  return (await page.locator("h1").textContent()) ?? "";
}

describe("payment links in a real browser (wrangler dev + chromium)", () => {
  it("a fixed amount: two payers, on an iPhone and an Android phone, each pay in a session of their own, and the link counts them", async () => {
    const link = await createLink("links-fixed", { amount: 4900, description: "Coffee and a cinnamon bun" });
    const en = wordsFor("en");
    const pay = (page: Page) => payThroughSandbox(page, en, "/return/links-fixed");

    const { context, page, errors } = await rig.openPage();
    try {
      expect(await open(page, link)).toBe(200);
      expect(await page.locator("h1").textContent()).toBe(`${MERCHANT_NAME}${en.amount(4900, "NOK")}`);
      const first = await pay(page);
      const second = await asPayer(
        "en",
        async (other, otherErrors) => {
          expect(await open(other, link)).toBe(200);
          const back = await pay(other);
          expect(otherErrors).toEqual([]);
          return back;
        },
        ANDROID,
      );

      const ids = [first.get("session_id"), second.get("session_id")];
      expect(ids[0]).toMatch(/^ps_/);
      expect(ids[1]).toMatch(/^ps_/);
      expect(ids[1]).not.toBe(ids[0]);
      expect([first.get("merchant_reference"), second.get("merchant_reference")]).toEqual(["LINKS-FIXED-1", "LINKS-FIXED-2"]);
      for (const id of ids) expect(await sessionOf(id ?? "")).toMatchObject({ link_id: link.id, order: { amount: 4900 } });

      const webhooks = await rig.waitForWebhooks("/hooks/links-fixed", "session.paid", 2);
      const told = webhooks.map((webhook) => (JSON.parse(webhook.body) as { data: { id: string; link_id: string } }).data);
      expect(new Set(told.map((data) => data.id))).toEqual(new Set(ids));
      expect(told.map((data) => data.link_id)).toEqual([link.id, link.id]);
      expect(await countsWhenPaid(link, 2)).toEqual({ opened: 2, sessions_started: 2, paid: 2, amount_paid: 9800 });

      // Payer A, back on the link in the same browser: the fresh page, not their payment.
      expect(await open(page, link)).toBe(200);
      await continueButton(page, en).waitFor({ state: "visible" });
      expect(await page.getByText(en.say("pay.paid_title")).count()).toBe(0);
      expect(await page.getByText(ids[0] ?? "").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    expect(await countsOf(link)).toMatchObject({ opened: 3, sessions_started: 2, paid: 2 });
  });

  it("an open amount: typed below the minimum it comes back refused, in Norwegian; typed as 149,50 it is paid as 14950", async () => {
    const link = await createLink("links-open", { amount: null, min_amount: 1000, max_amount: 50000, description: "Tips for the band" });
    const nb = wordsFor("nb");
    const back = await asPayer("nb", async (page, errors) => {
      expect(await open(page, link)).toBe(200);
      const field = page.getByRole("textbox");
      await field.fill("5");
      expect((await tapContinue(page, nb)).status()).toBe(422);
      await page.getByText(nb.say("link.amount_below", { min: nb.amount(1000, "NOK") })).waitFor({ state: "visible" });
      expect(await field.inputValue()).toBe("5");
      expect(await field.getAttribute("aria-invalid")).toBe("true");
      // Autofocus runs at the next rendering update.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("amount");
      await checkPage(page, "nb", "link-open-refused");
      expect((await countsOf(link)).sessions_started).toBe(0);

      await field.fill("149,50");
      const returned = await payThroughSandbox(page, nb, "/return/links-open");
      expect(besides(errors, 422, link.url)).toEqual([]);
      return returned;
    });
    expect((await sessionOf(back.get("session_id") ?? "")).order.amount).toBe(14950);
    expect(await countsWhenPaid(link, 1)).toEqual({ opened: 1, sessions_started: 1, paid: 1, amount_paid: 14950 });
  });

  it("the limit: deactivated it is closed, activated it is back; once its one payment is paid, a second payer's tap finds it sold out", async () => {
    const link = await createLink("links-limit", { amount: 15000, max_payments: 1, description: "One seat at the workshop" });
    const [en, sv] = [wordsFor("en"), wordsFor("sv")];
    await asPayer(
      "sv",
      async (page, errors) => {
        expect((await rig.merchantApi<Link>("POST", `/v1/links/${link.id}/deactivate`)).active).toBe(false);
        expect(await open(page, link)).toBe(410);
        expect(await checkPage(page, "sv", "link-inactive")).toBe(sv.say("link.inactive_title"));
        expect(await page.locator("form").count()).toBe(0);

        expect((await rig.merchantApi<Link>("POST", `/v1/links/${link.id}/activate`)).active).toBe(true);
        expect(await open(page, link)).toBe(200);
        await continueButton(page, sv).waitFor({ state: "visible" });

        // Another payer pays while this one still looks at the page.
        await asPayer("en", async (first) => {
          expect(await open(first, link)).toBe(200);
          await payThroughSandbox(first, en, "/return/links-limit");
        });
        expect(await countsWhenPaid(link, 1)).toMatchObject({ sessions_started: 1, paid: 1 });

        expect((await tapContinue(page, sv)).status()).toBe(410);
        expect(await checkPage(page, "sv", "link-sold-out")).toBe(sv.say("link.sold_out_title"));
        expect(await page.locator("form").count()).toBe(0);
        expect(await page.getByRole("button").count()).toBe(0);
        expect(await open(page, link)).toBe(410);
        expect(await page.locator("h1").textContent()).toBe(sv.say("link.sold_out_title"));
        expect(besides(errors, 410, link.url)).toEqual([]);
      },
      ANDROID,
    );
    expect(await countsOf(link)).toMatchObject({ sessions_started: 1, paid: 1 });
  });

  it("link previewers and a mail scanner get the page, opening and tapping, but are not counted and start nothing", async () => {
    const link = await createLink("links-scanned", { amount: 2500, description: "A raffle ticket" });
    const en = wordsFor("en");
    for (const userAgent of SCANNERS) {
      const { context, page, errors } = await rig.openPage({ userAgent });
      try {
        expect(await open(page, link), userAgent).toBe(200);
        // A scanner that follows the form is sent back to the page.
        await continueButton(page, en).click();
        await page.waitForURL(link.url);
        await continueButton(page, en).waitFor({ state: "visible" });
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }
    expect(await countsOf(link)).toEqual({ opened: 0, sessions_started: 0, paid: 0, amount_paid: 0 });
    // A person is counted.
    await asPayer("en", async (page) => expect(await open(page, link)).toBe(200));
    expect(await countsOf(link)).toEqual({ opened: 1, sessions_started: 0, paid: 0, amount_paid: 0 });
  });

  it.each(["en", "nb", "da"] as const)("axe-core finds nothing on the fixed, open and closed link pages in %s", async (locale) => {
    const fixed = await createLink(`links-a11y-fixed-${locale}`, { amount: 29990, description: "Two concert tickets" });
    const openAmount = await createLink(`links-a11y-open-${locale}`, {
      amount: null,
      min_amount: 5000,
      description: "A gift to the choir",
    });
    const closed = await createLink(`links-a11y-closed-${locale}`, { amount: 29990 });
    await rig.merchantApi("POST", `/v1/links/${closed.id}/deactivate`);
    const words = wordsFor(locale);
    await asPayer(locale, async (page) => {
      expect(await open(page, fixed)).toBe(200);
      expect(await checkPage(page, locale, "link-fixed")).toBe(`${MERCHANT_NAME}${words.amount(29990, "NOK")}`);
      expect(await open(page, openAmount)).toBe(200);
      expect(await checkPage(page, locale, "link-open")).toBe(words.say("link.open_title", { merchant: MERCHANT_NAME }));
      await page.getByRole("textbox").waitFor({ state: "visible" });
      expect(await open(page, closed)).toBe(410);
      expect(await checkPage(page, locale, "link-closed")).toBe(words.say("link.inactive_title"));
    });
  });

  it("the print QR code with its caption, drawn 2 cm wide at 300 dpi, reads back as the link's exact URL", async () => {
    const link = await createLink("links-qr", { amount: 4900, description: "Cake" });
    expect(link.qr_url).toBe(`${link.url}/qr.svg`);
    const response = await fetch(`${link.url}/qr.svg?size=print&caption=1`);
    const svg = await response.text();
    expect(response.status, svg).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(svg).toContain(MERCHANT_NAME);
    const { context, page } = await rig.openPage();
    try {
      await expectReads(page, svg, link.url, { widthPx: px(2, 300) });
      await expectReads(page, svg, link.url, { widthPx: px(2, 300), ...CAMERA });
    } finally {
      await context.close();
    }
    expect((await countsOf(link)).opened).toBe(0);
  });
});
