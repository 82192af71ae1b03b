/**
 * The translated catalogues against the English one: exactly its keys in its order, no empty
 * message, the same `{placeholders}` per message, nothing left in English, and the product name
 * "paylink" kept wherever English has it.
 */
import { describe, expect, it } from "vitest";
import { da } from "../../../src/i18n/catalogues/da";
import { en } from "../../../src/i18n/catalogues/en";
import { fi } from "../../../src/i18n/catalogues/fi";
import { nb } from "../../../src/i18n/catalogues/nb";
import { sv } from "../../../src/i18n/catalogues/sv";

const ENGLISH: Record<string, string> = en;
const CATALOGUES: Record<string, Record<string, string>> = { nb, da, fi, sv };

/**
 * Messages of more than one English word a language may leave exactly as in English, with why.
 * None today; an entry reads `"sv:some.key": "reason"`.
 */
const SAME_AS_ENGLISH: Record<string, string> = {};

function placeholders(message: string): string[] {
  return [...new Set(message.match(/\{[^{}]*\}/g) ?? [])].sort();
}

/** Every way a catalogue falls short of the English one, as readable lines (none when it is whole). */
function catalogueProblems(
  language: string,
  catalogue: Record<string, string>,
  english: Record<string, string> = ENGLISH,
  sameAsEnglish: Record<string, string> = SAME_AS_ENGLISH,
): string[] {
  const problems: string[] = [];
  const keys = Object.keys(catalogue);
  const englishKeys = Object.keys(english);
  for (const key of englishKeys) if (!(key in catalogue)) problems.push(`${key}: missing`);
  for (const key of keys) if (!(key in english)) problems.push(`${key}: not in English`);
  const sharedOrder = keys.filter((key) => key in english);
  if (sharedOrder.join("\n") !== englishKeys.filter((key) => key in catalogue).join("\n")) problems.push("keys out of English order");
  for (const key of sharedOrder) {
    const message = catalogue[key] ?? "";
    const original = english[key] ?? "";
    if (message.trim() === "") problems.push(`${key}: empty`);
    const mine = placeholders(message).join(" ");
    const theirs = placeholders(original).join(" ");
    if (mine !== theirs) problems.push(`${key}: placeholders ${mine || "(none)"}, English has ${theirs || "(none)"}`);
    if (original.trim().split(/\s+/).length > 1 && message === original && !(`${language}:${key}` in sameAsEnglish)) {
      problems.push(`${key}: left in English`);
    }
    if (/paylink/.test(original) && !/paylink/.test(message)) problems.push(`${key}: "paylink" translated away`);
  }
  return problems;
}

describe.each(Object.entries(CATALOGUES))("the %s catalogue", (language, catalogue) => {
  it("matches the English one: keys, order, placeholders, no English left, paylink kept", () => {
    expect(catalogueProblems(language, catalogue)).toEqual([]);
  });

  it("is listed as the same as English only for keys it really leaves in English", () => {
    const listed = Object.keys(SAME_AS_ENGLISH).flatMap((entry) =>
      entry.startsWith(`${language}:`) ? [entry.slice(language.length + 1)] : [],
    );
    const stale = listed.filter((key) => catalogue[key] !== ENGLISH[key]);
    expect(stale).toEqual([]);
  });
});

describe("the catalogue check catches", () => {
  const whole = { ...nb };

  it("a missing key", () => {
    const { "pay.back": _dropped, ...broken } = whole;
    expect(catalogueProblems("nb", broken)).toEqual(["pay.back: missing"]);
  });

  it("an extra key", () => {
    expect(catalogueProblems("nb", { ...whole, "pay.extra": "Ekstra" })).toEqual(["pay.extra: not in English"]);
  });

  it("keys out of order", () => {
    const { "page.pay_title": first, ...rest } = whole;
    expect(catalogueProblems("nb", { ...rest, "page.pay_title": first })).toEqual(["keys out of English order"]);
  });

  it("an empty message", () => {
    expect(catalogueProblems("nb", { ...whole, "page.language": " " })).toEqual(["page.language: empty"]);
  });

  it("a translated, lost or added placeholder", () => {
    expect(
      catalogueProblems("nb", {
        ...whole,
        "pay.continue": "Fortsett til {appen}",
        "pay.back": "Tilbake",
        "page.terms": "Kjøpsvilkår for {merchant}",
      }),
    ).toEqual([
      "page.terms: placeholders {merchant}, English has (none)",
      "pay.continue: placeholders {appen}, English has {app}",
      "pay.back: placeholders (none), English has {merchant}",
    ]);
  });

  it("a message left in English, unless listed with a reason", () => {
    const broken = { ...whole, "result.try_again": en["result.try_again"], "result.time": en["result.time"] };
    expect(catalogueProblems("nb", broken)).toEqual(["result.try_again: left in English"]);
    expect(catalogueProblems("nb", broken, ENGLISH, { "nb:result.try_again": "a reason" })).toEqual([]);
  });

  it("paylink translated away", () => {
    expect(catalogueProblems("nb", { ...whole, "page.run_by": "Betalingsside levert av betalingslenke for {merchant}" })).toEqual([
      'page.run_by: "paylink" translated away',
    ]);
  });
});
