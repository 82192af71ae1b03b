/**
 * Every page a person meets, in their language: chosen by `Accept-Language`, by the merchant
 * (`locale` on create) and by the person's own pick (`?lang=`, remembered in a cookie); with `lang`
 * and `Content-Language` right, amounts as the language writes them, and no other language's
 * words in the page.
 */
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../../src/i18n/locales";
import { CATALOGUES, wordsFor } from "../../../src/i18n/words";
import { api, call, createSession, payInSandbox } from "../helpers";

const BROWSERS: Record<Locale, string> = {
  nb: "nb-NO,nb;q=0.9,no;q=0.8,en;q=0.6",
  da: "da-DK,da;q=0.9,en;q=0.6",
  fi: "fi-FI,fi;q=0.9,en;q=0.6",
  sv: "sv-SE,sv;q=0.9,en;q=0.6",
  en: "en-GB,en;q=0.9",
};

const payPage = (code: string, headers: Record<string, string> = {}, query = "") => call(`/p/${code}${query}`, { headers });

async function expectIn(response: Response, locale: Locale): Promise<string> {
  expect(response.headers.get("content-language")).toBe(locale);
  expect(response.headers.get("vary")).toMatch(/accept-language, cookie/);
  const html = await response.text();
  expect(html).toContain(`<html lang="${locale}">`);
  return html;
}

describe("the pay page in each language, chosen by Accept-Language", () => {
  it.each(LOCALES)("%s", async (locale) => {
    const session = await createSession();
    const html = await expectIn(await payPage(session.code, { "accept-language": BROWSERS[locale] }), locale);
    const words = CATALOGUES[locale];
    expect(html).toContain(words["pay.continue"].replace("{app}", "Vipps"));
    expect(html).toContain(words["pay.waiting_title"].replace("{app}", "Vipps"));
    expect(html).toContain(`<nav aria-label="${words["page.language"]}">`);
    expect(html).toContain(`lang="${locale}" aria-current="true"`);
    // Only this language's words: the catalogue does not make the page bigger for the others.
    for (const other of LOCALES.filter((l) => l !== locale)) {
      expect(html, other).not.toContain(CATALOGUES[other]["pay.waiting_text"].replace("{app}", "Vipps"));
      expect(html, other).not.toContain(CATALOGUES[other]["pay.nothing_charged"]);
    }
  });

  it("writes the amount as the language does", async () => {
    const session = await createSession({ order: { amount: 125000, currency: "DKK", merchant_reference: "R1" } });
    expect(await (await payPage(session.code, { "accept-language": "da" })).text()).toContain("1.250,00\u00a0kr.");
    expect(await (await payPage(session.code, { "accept-language": "en" })).text()).toContain("DKK\u00a01,250.00");
  });
});

describe("who decides", () => {
  it("without any Accept-Language, the currency's country: NOK bokmål, DKK Danish, EUR Finnish", async () => {
    for (const [currency, locale] of [
      ["NOK", "nb"],
      ["DKK", "da"],
      ["EUR", "fi"],
    ] as const) {
      const session = await createSession({ order: { amount: 1000, currency, merchant_reference: "R1" } });
      // `call` adds English where a test sends none; an empty header names no language either.
      await expectIn(await payPage(session.code, { "accept-language": "" }), locale);
    }
  });

  it("the merchant's locale beats the browser's, and the person's pick beats both and is remembered", async () => {
    const session = await createSession({ locale: "fi" });
    expect(((await (await api(`/v1/sessions/${session.id}`)).json()) as { locale: string }).locale).toBe("fi");
    await expectIn(await payPage(session.code, { "accept-language": BROWSERS.nb }), "fi");
    const picked = await payPage(session.code, { "accept-language": BROWSERS.nb }, "?lang=sv");
    await expectIn(picked, "sv");
    const cookie = picked.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^paylink_lang=sv; Path=\/; Max-Age=31536000; SameSite=Lax; HttpOnly; Secure$/);
    const remembered = cookie.split(";")[0] ?? "";
    await expectIn(await payPage(session.code, { "accept-language": BROWSERS.nb, cookie: `other=1; ${remembered}` }), "sv");
    // A pick that is not one of ours changes nothing and sets nothing.
    const ignored = await payPage(session.code, { "accept-language": BROWSERS.nb }, "?lang=de");
    expect(ignored.headers.get("set-cookie")).toBeNull();
    await expectIn(ignored, "fi");
  });

  it("a session without a locale says null, and a locale not offered is a problem naming the field", async () => {
    const session = await createSession();
    expect(((await (await api(`/v1/sessions/${session.id}`)).json()) as { locale: string | null }).locale).toBeNull();
    const refused = await api("/v1/sessions", {
      body: { order: { amount: 1000, currency: "NOK", merchant_reference: "R1" }, locale: "de" },
    });
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(JSON.stringify(await refused.json())).toContain('"pointer":"/locale"');
  });
});

describe("every other page a person meets follows the same choice", () => {
  it("the link-not-found page, by the browser and by the remembered pick", async () => {
    const missing = "/p/AAAAAAAAAAAAAA";
    const finnish = await expectIn(await call(missing, { headers: { "accept-language": BROWSERS.fi } }), "fi");
    expect(finnish).toContain(CATALOGUES.fi["error.not_found_title"]);
    const danish = await expectIn(await call(missing, { headers: { cookie: "paylink_lang=da" } }), "da");
    expect(danish).toContain(CATALOGUES.da["error.not_found_text"]);
  });

  it("the preview for a link previewer: the session's locale, else the currency's country's", async () => {
    const slackbot = { "user-agent": "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", "accept-language": "" };
    const session = await createSession({ order: { amount: 29990, currency: "NOK", merchant_reference: "R1" } });
    const html = await expectIn(await call(`/p/${session.code}`, { headers: slackbot }), "nb");
    expect(html).toContain('<meta property="og:title" content="Betal 299,90\u00a0kr til Local Test Shop">');
    expect(html).toContain('<meta property="og:locale" content="nb_NO">');
    const swedish = await createSession({ locale: "sv" });
    expect(await expectIn(await call(`/p/${swedish.code}`, { headers: slackbot }), "sv")).toContain('content="sv_SE"');
  });

  it("the sandbox's TEST page and the gateway's receipt, in the remembered pick", async () => {
    const session = await createSession({ order: { amount: 29990, currency: "NOK", merchant_reference: "R1" } });
    const { providerUrl, returnUrl } = await payInSandbox(session.code, "approve");
    const finnish = { headers: { cookie: "paylink_lang=fi" } };
    const sandbox = await expectIn(await call(new URL(providerUrl).pathname, finnish), "fi");
    expect(sandbox).toContain(CATALOGUES.fi["sandbox.banner"]);
    // Authorized, or captured already: the local merchant captures at once.
    expect(sandbox).toContain(CATALOGUES.fi["sandbox.status"].replace("{status}", ""));
    const receipt = await expectIn(await call(new URL(returnUrl).pathname, finnish), "fi");
    expect(receipt).toContain(CATALOGUES.fi["pay.paid_title"]);
    expect(receipt).toContain(`${CATALOGUES.fi["result.reference"]}: R1`);
    expect(receipt).toContain(wordsFor("fi").amount(29990, "NOK"));
  });
});
