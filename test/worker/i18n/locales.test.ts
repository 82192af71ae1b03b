/** Which language a request gets, by table: the person's pick, then the merchant's, then the browser's, then the currency's country's. */
import { describe, expect, it } from "vitest";
import { acceptedLanguages, chooseLocale, type LocaleInputs, localeOfTag } from "../../../src/i18n/locales";

const NONE: LocaleInputs = { asked: null, remembered: null, session: null, acceptLanguage: null, currency: null };

describe("chooseLocale", () => {
  it.each<[string, Partial<LocaleInputs>, string]>([
    ["a Norwegian phone", { acceptLanguage: "nb-NO,nb;q=0.9,en;q=0.8" }, "nb"],
    ["generic Norwegian", { acceptLanguage: "no" }, "nb"],
    ["nynorsk, read as bokmål", { acceptLanguage: "nn-NO" }, "nb"],
    ["a Danish phone", { acceptLanguage: "da-DK,da;q=0.9" }, "da"],
    ["a Finnish phone", { acceptLanguage: "fi-FI" }, "fi"],
    ["Finland's Swedish", { acceptLanguage: "sv-FI,fi;q=0.8" }, "sv"],
    ["English before Norwegian by quality", { acceptLanguage: "nb;q=0.5,en-US;q=0.9" }, "en"],
    ["the first of equal quality", { acceptLanguage: "da,fi" }, "da"],
    ["a language we do not have, then one we do", { acceptLanguage: "de-DE,de;q=0.9,fi;q=0.4" }, "fi"],
    ["only languages we do not have: English, whatever the currency", { acceptLanguage: "de-DE,fr", currency: "NOK" }, "en"],
    ["no Accept-Language (a previewer): the currency's country", { currency: "DKK" }, "da"],
    ["an empty one, EUR: Finnish", { acceptLanguage: "", currency: "EUR" }, "fi"],
    ["only a wildcard, NOK: bokmål", { acceptLanguage: "*", currency: "NOK" }, "nb"],
    ["q=0 means not wanted", { acceptLanguage: "nb;q=0,sv", currency: "NOK" }, "sv"],
    ["no header and no session: English", {}, "en"],
    ["the merchant's locale beats the browser", { session: "fi", acceptLanguage: "nb-NO" }, "fi"],
    ["the remembered pick beats the merchant", { remembered: "sv", session: "fi", acceptLanguage: "nb-NO" }, "sv"],
    ["the pick on this request beats all", { asked: "da", remembered: "sv", session: "fi", acceptLanguage: "nb" }, "da"],
    ["a pick that is not ours is ignored", { asked: "de", remembered: "xx", acceptLanguage: "fi" }, "fi"],
  ])("%s", (_, inputs, locale) => {
    expect(chooseLocale({ ...NONE, ...inputs })).toBe(locale);
  });
});

describe("acceptedLanguages", () => {
  it.each<[string | null, string[]]>([
    [null, []],
    ["", []],
    ["fi", ["fi"]],
    ["en;q=0.5, nb-NO , da;q=0.7", ["nb-NO", "da", "en"]],
    ["*;q=0.1,sv", ["sv"]],
    ["fi;q=abc,da", ["da"]],
    ["da;Q=0.2,nb;q=1.0", ["nb", "da"]],
  ])("%s → %o", (header, tags) => {
    expect(acceptedLanguages(header)).toEqual(tags);
  });
});

describe("localeOfTag", () => {
  it.each([
    ["nb-NO", "nb"],
    ["NO", "nb"],
    ["da-DK", "da"],
    ["fi", "fi"],
    ["sv-SE", "sv"],
    ["en-US", "en"],
    ["de", null],
    ["", null],
  ])("%s → %s", (tag, locale) => {
    expect(localeOfTag(tag)).toBe(locale);
  });
});
