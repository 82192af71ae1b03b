/** Amounts and times as each language writes them, and placeholders filled or refused. */
import { describe, expect, it } from "vitest";
import type { Locale } from "../../../src/i18n/locales";
import { fill, wordsFor } from "../../../src/i18n/words";

const NBSP = "\u00a0";

describe("amounts follow the language", () => {
  it.each<[Locale, number, string, string]>([
    ["nb", 29990, "NOK", `299,90${NBSP}kr`],
    ["nb", 100_000_000, "NOK", `1${NBSP}000${NBSP}000,00${NBSP}kr`],
    ["da", 125000, "DKK", `1.250,00${NBSP}kr.`],
    ["fi", 1250, "EUR", `12,50${NBSP}€`],
    ["sv", 29990, "NOK", `299,90${NBSP}Nkr`],
    ["en", 29990, "NOK", `NOK${NBSP}299.90`],
    ["en", 1250, "EUR", "€12.50"],
  ])("%s: %d %s is %s", (locale, amount, currency, text) => {
    expect(
      wordsFor(locale)
        .amount(amount, currency)
        .replace(/\u202f/g, NBSP),
    ).toBe(text);
  });
});

describe("times follow the language, in the shop's country's zone, named", () => {
  const at = Date.UTC(2026, 10, 30, 14, 5);
  it.each<[Locale, string, RegExp]>([
    ["nb", "NOK", /^30\. nov\. 2026,? (kl\. )?15:05 CET$/],
    ["da", "DKK", /^30\. nov\. 2026,? (kl\. )?15\.05 CET$/],
    ["fi", "EUR", /^30\.11\.2026 (klo )?16\.05 UTC\+2$|^30\. marrask\. 2026 (klo )?16\.05 (UTC\+2|EET)$/],
    ["sv", "NOK", /^30 nov\. 2026 15:05 CET$/],
    ["en", "NOK", /^30 Nov 2026, 15:05 CET$/],
  ])("%s, %s", (locale, currency, pattern) => {
    expect(
      wordsFor(locale)
        .time(at, currency)
        .replace(/[\u202f\u00a0]/g, " "),
    ).toMatch(pattern);
  });
});

describe("fill", () => {
  it("puts each value in its place, as often as it is named", () => {
    expect(fill("{a} and {b}, {a}", { a: "x", b: 2 })).toBe("x and 2, x");
  });
  it("refuses a placeholder without a value: a message must never show its braces", () => {
    expect(() => fill("Pay {amount}", {})).toThrow("No value for {amount}");
  });
});
