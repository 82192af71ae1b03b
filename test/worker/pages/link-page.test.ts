/**
 * The reusable link's pages, rendered in workerd: the fixed and the open amount and the closed
 * link, in every language (its `lang`, one `h1`, the form posting to the link, the status, amounts
 * as the language writes them, hostile merchant text escaped), the refused amount tied to its
 * field, the 2 KB budget of the largest page; and the typed-amount parser by table.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Shop } from "../../../src/config/merchants";
import type { LinkClosedReason } from "../../../src/domain/link-rules";
import { INTL_LOCALES, LOCALES, type Locale } from "../../../src/i18n/locales";
import { wordsFor } from "../../../src/i18n/words";
import { type LinkPageModel, linkClosedPage, linkPage, parseTypedAmount } from "../../../src/pages/link-page";
import { LINK_PAGE_BUDGET_BYTES } from "../../budgets";
import { SEED } from "../security/support";

const FULL_SHOP: Shop = {
  name: "Other Shop",
  org_number: "999 999 999",
  support_email: "kundeservice@shop.example",
  support_phone: "+47 22 00 00 00",
  terms_url: "https://shop.example/kjopsvilkar",
};

const model = (locale: Locale, change: Partial<LinkPageModel> = {}): LinkPageModel => ({
  words: wordsFor(locale),
  session: { shop: { name: "Local Test Shop" }, testMode: false },
  code: "Kq7Zx2Pw9mB4",
  tap: "T4pT4pT4pT4pT4pT",
  amount: 14950,
  minAmount: null,
  maxAmount: null,
  currency: "NOK",
  description: "Two tickets",
  ...change,
});

const OPEN = { amount: null, minAmount: 1000, maxAmount: 500000 } as const;

/** What the page says where, read back: tags counted, attributes found. */
const count = (page: string, pattern: RegExp) => (page.match(pattern) ?? []).length;

/** 149,50 NOK and the open bounds 10 to 5 000 NOK, as each language writes them (no-break spaces as Intl puts them). */
const WRITTEN: Record<Locale, { fixed: string; min: string; max: string }> = {
  nb: { fixed: "149,50\u00a0kr", min: "10,00\u00a0kr", max: "5\u00a0000,00\u00a0kr" },
  da: { fixed: "149,50\u00a0NOK", min: "10,00\u00a0NOK", max: "5.000,00\u00a0NOK" },
  fi: { fixed: "149,50\u00a0NOK", min: "10,00\u00a0NOK", max: "5\u00a0000,00\u00a0NOK" },
  sv: { fixed: "149,50\u00a0Nkr", min: "10,00\u00a0Nkr", max: "5\u00a0000,00\u00a0Nkr" },
  en: { fixed: "NOK\u00a0149.50", min: "NOK\u00a010.00", max: "NOK\u00a05,000.00" },
};

describe("the link page's brand", () => {
  it.each([
    [undefined, "<main>"],
    ["vipps", "<main>"],
    ["mobilepay", '<main class="mp">'],
  ] as const)("method %s gives %s", async (method, main) => {
    const page = await (await linkPage(model("en", { ...(method ? { method } : {}), ...OPEN }))).text();
    expect(page).toContain(main);
  });
});

describe.each(LOCALES)("the link pages in %s", (locale) => {
  const words = wordsFor(locale);

  it("a fixed amount: one h1 with the shop and the amount, the description, one button posting to the link, 200", async () => {
    const response = await linkPage(model(locale));
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-language")).toBe(locale);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'none'");
    expect(page).toContain(`<html lang="${locale}">`);
    expect(count(page, /<h1>/g)).toBe(1);
    expect(page).toContain(`<h1><span class="who">Local Test Shop</span><span class="amount">${WRITTEN[locale].fixed}</span></h1>`);
    expect(page).toContain('<p class="what">Two tickets</p>');
    expect(page).toContain(
      `<form method="post" action="/l/Kq7Zx2Pw9mB4"><input type="hidden" name="tap" value="T4pT4pT4pT4pT4pT"><button class="btn">${words.say("link.continue")}</button></form>`,
    );
    expect(count(page, /<input(?! type="hidden")/g)).toBe(0);
    expect(count(page, /<script/g)).toBe(0);
    expect(page).toContain(`<title>${words.say("page.pay_title", { amount: WRITTEN[locale].fixed, merchant: "Local Test Shop" })}</title>`);
  });

  it("an open amount: a labelled field with the currency and the bounds in words, 200", async () => {
    const response = await linkPage(model(locale, OPEN));
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(count(page, /<h1>/g)).toBe(1);
    expect(page).toContain(`<h1>${words.say("link.open_title", { merchant: "Local Test Shop" })}</h1>`);
    expect(page).toContain(
      '<form method="post" action="/l/Kq7Zx2Pw9mB4"><input type="hidden" name="tap" value="T4pT4pT4pT4pT4pT"><label for="amount">',
    );
    expect(page).toContain(
      `<p class="note" id="amount-bounds">${words.say("link.from_to", { min: WRITTEN[locale].min, max: WRITTEN[locale].max })}</p>`,
    );
    expect(page).toContain(
      '<input id="amount" name="amount" inputmode="decimal" autocomplete="transaction-amount" aria-describedby="amount-bounds">',
    );
    expect(page).not.toContain("aria-invalid");
    expect(page).not.toContain("autofocus");
  });

  it("an open amount refused: 422, the message with the bound as the language writes it, the field invalid", async () => {
    const response = await linkPage(model(locale, { ...OPEN, problem: "amount_above", typed: "9999" }));
    const page = await response.text();
    expect(response.status).toBe(422);
    expect(count(page, /<h1>/g)).toBe(1);
    expect(page).toContain(`<p id="amount-problem"><b>${words.say("link.amount_above", { max: WRITTEN[locale].max })}</b></p>`);
    expect(page).toContain('value="9999" aria-describedby="amount-problem amount-bounds" aria-invalid="true" autofocus>');
  });

  it.each<[LinkClosedReason, string]>([
    ["sold_out", "link.sold_out_title"],
    ["inactive", "link.inactive_title"],
    ["expired", "link.expired_title"],
  ])("closed because %s: its own title, nothing charged, the frame, 410", async (reason, title) => {
    const response = await linkClosedPage(words, { shop: FULL_SHOP, testMode: true }, reason);
    const page = await response.text();
    expect(response.status).toBe(410);
    expect(page).toContain(`<html lang="${locale}">`);
    expect(page).toContain(`<h1>${words.say(title as "link.expired_title")}</h1><p>${words.say("pay.nothing_charged")}</p>`);
    expect(page).toContain(`<header class="test">${words.say("page.test_badge")}</header>`);
    expect(page).toContain(words.say("page.run_by", { merchant: "Other Shop" }));
    expect(page).toContain("999 999 999");
    expect(count(page, /<form/g)).toBe(0);
  });
});

describe("the open amount's bounds", () => {
  it.each<[number | null, number | null, string | null]>([
    [1000, 500000, "From NOK\u00a010.00 to NOK\u00a05,000.00"],
    [1000, null, "At least NOK\u00a010.00"],
    [null, 500000, "At most NOK\u00a05,000.00"],
    [null, null, null],
  ])("min %s and max %s read: %s", async (minAmount, maxAmount, said) => {
    const page = await (await linkPage(model("en", { amount: null, minAmount, maxAmount }))).text();
    if (said === null) {
      expect(page).not.toContain("amount-bounds");
      expect(page).toContain('autocomplete="transaction-amount">');
    } else expect(page).toContain(`<p class="note" id="amount-bounds">${said}</p>`);
  });

  it("shows the currency as the language writes it beside an amount", async () => {
    const label = async (locale: Locale, currency: string) =>
      (await (await linkPage(model(locale, { ...OPEN, currency }))).text()).match(/<label for="amount">([^<]*)<\/label>/)?.[1];
    expect(await label("nb", "NOK")).toBe("Beløp (kr)");
    expect(await label("da", "DKK")).toBe("Beløb (kr.)");
    expect(await label("fi", "EUR")).toBe("Summa (€)");
    expect(await label("sv", "SEK")).toBe("Belopp (kr)");
    expect(await label("en", "NOK")).toBe("Amount (NOK)");
  });
});

describe("a refused amount", () => {
  it.each<[NonNullable<LinkPageModel["problem"]>, Partial<LinkPageModel>, string]>([
    ["amount_missing", {}, "Enter an amount."],
    ["amount_malformed", {}, "Enter the amount in digits, such as 150 or 149.50."],
    ["amount_below", {}, "The amount must be at least NOK\u00a010.00."],
    ["amount_below", { minAmount: null }, "The amount must be at least NOK\u00a00.01."],
    ["amount_above", {}, "The amount can be at most NOK\u00a05,000.00."],
    ["amount_above", { maxAmount: null }, "Enter the amount in digits, such as 150 or 149.50."],
  ])(
    "%s (%o): 422, the message before the field, tied to it, the field invalid and focused, the typed value again",
    async (problem, change, said) => {
      const response = await linkPage(model("en", { ...OPEN, ...change, problem, typed: "12x" }));
      const page = await response.text();
      expect(response.status).toBe(422);
      const bounds = page.includes('id="amount-bounds"') ? " amount-bounds" : "";
      expect(page).toContain(
        `<p id="amount-problem"><b>${said}</b></p><input id="amount" name="amount" inputmode="decimal" autocomplete="transaction-amount" value="12x" aria-describedby="amount-problem${bounds}" aria-invalid="true" autofocus>`,
      );
    },
  );
});

describe("hostile text", () => {
  const hostile = `<i>"&'</i>`;
  const escaped = "&lt;i&gt;&quot;&amp;&#39;&lt;/i&gt;";

  const variants: [string, Partial<LinkPageModel>][] = [
    ["a fixed amount", {}],
    ["an open amount, refused", { ...OPEN, problem: "amount_malformed" }],
  ];
  it.each(LOCALES.flatMap((locale) => variants.map(([name, change]) => [name, locale, change] as const)))(
    "is escaped on %s in %s: description, shop name, code and what was typed",
    async (_, locale, change) => {
      const page = await (
        await linkPage(
          model(locale, {
            ...change,
            description: `D${hostile}`,
            session: { shop: { name: `S${hostile}` }, testMode: false },
            code: `C${hostile}`,
            typed: `T${hostile}`,
          }),
        )
      ).text();
      expect(page).not.toContain(hostile);
      expect(page).toContain(`<p class="what">D${escaped}</p>`);
      expect(page).toContain(`action="/l/C${escaped}"`);
      expect(page).toContain(`S${escaped}`);
      if (change.problem) expect(page).toContain(`value="T${escaped}"`);
    },
  );
});

describe("the budget", () => {
  it("keeps every link page under 2 KB gzipped, the largest: an open amount with bounds and a problem, a long description, the merchant's details and the TEST badge", async () => {
    const sizes: Record<string, number> = {};
    for (const locale of LOCALES) {
      for (const problem of [undefined, "amount_missing", "amount_malformed", "amount_below", "amount_above"] as const) {
        for (const amount of [100_000_000, null]) {
          const response = await linkPage(
            model(locale, {
              session: { shop: FULL_SHOP, testMode: true },
              amount,
              minAmount: amount === null ? 1000 : null,
              maxAmount: amount === null ? 100_000_000 : null,
              description: "A description of a hundred characters, which is as long as a description may be, no more.",
              ...(problem && amount === null ? { problem, typed: "x".repeat(32) } : {}),
            }),
          );
          const page = await response.text();
          const gzipped = await new Response(new Blob([page]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer();
          sizes[`${locale} ${amount === null ? "open" : "fixed"} ${problem ?? "-"}`] = gzipped.byteLength;
        }
      }
    }
    const largest = Math.max(...Object.values(sizes));
    console.log(`largest link page: ${largest} B gzipped (${Object.entries(sizes).find(([, size]) => size === largest)?.[0]})`);
    expect(Object.entries(sizes).filter(([, size]) => size > LINK_PAGE_BUDGET_BYTES)).toEqual([]);
  });
});

describe("parseTypedAmount", () => {
  const NBSP = "\u00a0";
  const NNBSP = "\u202f";

  it.each<[string, string, number]>([
    ["149", "NOK", 14900],
    ["149,50", "NOK", 14950],
    ["149.50", "NOK", 14950],
    ["149,5", "NOK", 14950],
    ["149.5", "DKK", 14950],
    ["0,05", "NOK", 5],
    ["0", "NOK", 0],
    ["007", "NOK", 700],
    [" 149 ", "NOK", 14900],
    ["1 234,50", "NOK", 123450],
    [`1${NBSP}234,50`, "NOK", 123450],
    [`1${NNBSP}234,50`, "SEK", 123450],
    [`12${NBSP}345${NBSP}678`, "NOK", 1234567800],
    ["1 234.50", "EUR", 123450],
    ["1 234", "NOK", 123400],
    ["1.234,50", "DKK", 123450],
    ["1,234.50", "EUR", 123450],
    ["1.234.567,89", "DKK", 123456789],
    ["1,234,567.89", "NOK", 123456789],
    ["1.234.567", "DKK", 123456700],
    ["1,234", "NOK", 123400],
    ["1.234", "DKK", 123400],
    ["999,999", "NOK", 99999900],
    ["149,505", "NOK", 14950500],
    ["1234,5", "NOK", 123450],
    ["kr 149,50", "NOK", 14950],
    ["149,50 kr", "NOK", 14950],
    ["149,50kr", "NOK", 14950],
    ["kr149", "NOK", 14900],
    ["KR 149", "NOK", 14900],
    ["kr. 149,50", "DKK", 14950],
    ["149,50 kr.", "DKK", 14950],
    [`149,50${NBSP}kr.`, "DKK", 14950],
    ["NOK 149", "NOK", 14900],
    ["149 nok", "NOK", 14900],
    ["Nkr 149", "NOK", 14900],
    ["€ 5", "EUR", 500],
    ["€5", "EUR", 500],
    [`5,00${NBSP}€`, "EUR", 500],
    ["EUR 5", "EUR", 500],
    ["149 kr", "SEK", 14900],
    ["149,-", "NOK", 14900],
    ["1 499,- kr", "NOK", 149900],
    ["kr 149.-", "DKK", 14900],
    ["1234", "JPY", 1234],
    ["1,234", "JPY", 1234],
    ["¥ 1 234", "JPY", 1234],
    ["1.234", "KWD", 1234],
    ["1,5", "KWD", 1500],
    ["90071992547409,91", "NOK", Number.MAX_SAFE_INTEGER],
  ])("%j in %s is %d minor units", (typed, currency, minor) => {
    expect(parseTypedAmount(typed, currency)).toBe(minor);
  });

  it.each<[string, string, string]>([
    ["", "NOK", "empty"],
    ["   ", "NOK", "only spaces"],
    ["kr", "NOK", "only the currency"],
    ["-149", "NOK", "negative"],
    ["\u2212149", "NOK", "negative, with the minus sign"],
    ["kr -149", "NOK", "negative after the currency"],
    ["+149", "NOK", "a plus"],
    ["1 149,505", "NOK", "three decimals of a two-decimal currency"],
    ["149,5055", "NOK", "four decimals"],
    ["1,234.567", "NOK", "three decimals after groups"],
    ["149.5", "JPY", "a decimal of a currency without"],
    ["1.2345", "KWD", "four decimals of a three-decimal currency"],
    ["abc", "NOK", "letters"],
    ["149a", "NOK", "a letter after the number"],
    ["1e3", "NOK", "an exponent"],
    ["0x10", "NOK", "hexadecimal"],
    ["Infinity", "NOK", "infinity"],
    ["NaN", "NOK", "not a number"],
    ["١٤٩", "NOK", "digits of another script"],
    ["１４９", "NOK", "full-width digits"],
    ["€ 5", "NOK", "another currency's sign"],
    ["$5", "NOK", "a currency nobody asked for"],
    ["SEK 149", "NOK", "another currency's code"],
    ["kr 149 kr", "NOK", "the currency twice"],
    ["149 kr kr", "NOK", "the currency twice after"],
    [",50", "NOK", "no digit before the decimal separator"],
    ["149,", "NOK", "no digit after the decimal separator"],
    ["149.", "NOK", "no digit after the decimal point"],
    ["1,,5", "NOK", "two separators in a row"],
    ["1..5", "NOK", "two points in a row"],
    ["1 2,5", "NOK", "a group of one"],
    ["12 34", "NOK", "a group of two"],
    ["1234 567", "NOK", "a first group of four"],
    ["1  234", "NOK", "two spaces between groups"],
    ["1.234.56", "DKK", "a last group of two"],
    ["1,23,456", "NOK", "grouped in twos (as in India)"],
    ["1 234.567,50", "NOK", "two kinds of group separators"],
    ["1,2.3,4", "NOK", "separators all over"],
    ["0.500", "NOK", "a first group starting with 0 read as three decimals"],
    ["1\t234", "NOK", "a tab between groups"],
    ["149,-50", "NOK", "a dash in the decimals"],
    [`1${"0".repeat(32)}`, "NOK", "33 characters"],
    [`${" ".repeat(30)}149`, "NOK", "33 characters with the spaces"],
    ["90071992547409,92", "NOK", "one above Number.MAX_SAFE_INTEGER"],
    ["99999999999999999999999999999999", "NOK", "32 nines"],
  ])("%j in %s is refused: %s", (typed, currency) => {
    expect(parseTypedAmount(typed, currency)).toBeNull();
  });

  it("reads back every amount as our languages write it, with the currency, its code, its narrow sign, or none", () => {
    const displays = ["symbol", "code", "narrowSymbol"] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom("NOK", "DKK", "EUR", "SEK"),
        fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 1_000_000_000_000 })),
        fc.constantFrom(...displays, null),
        (locale, currency, minor, display) => {
          const format = new Intl.NumberFormat(INTL_LOCALES[locale], {
            ...(display === null ? { minimumFractionDigits: 2 } : { style: "currency", currency, currencyDisplay: display }),
          });
          const written = format.format(minor / 100);
          expect(parseTypedAmount(written, currency), `${written} (${locale} ${currency})`).toBe(minor);
        },
      ),
      { numRuns: 2000, seed: SEED },
    );
  });
});
