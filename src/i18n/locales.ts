/**
 * The languages a person can read the gateway's pages in, and which one a request gets. A pure
 * choice, in order:
 *
 * 1. the person's pick on this request (`?lang=fi`, from the page's language switch);
 * 2. the person's earlier pick, remembered in a cookie (`http/locale.ts`);
 * 3. the session's `locale`, set by the merchant on create;
 * 4. the browser's `Accept-Language`, best quality first (`no` and `nn` read as bokmål);
 * 5. without an `Accept-Language` naming any language (link previewers, scripts), the language of
 *    the country whose currency it is (NOK Norwegian, DKK Danish, EUR Finnish);
 * 6. English, when the browser names only languages the gateway does not have.
 */

export const LOCALES = ["nb", "da", "fi", "sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { nb: "Norsk", da: "Dansk", fi: "Suomi", sv: "Svenska", en: "English" };

/** The Intl locale each language formats amounts and dates with. */
export const INTL_LOCALES: Record<Locale, string> = { nb: "nb-NO", da: "da-DK", fi: "fi-FI", sv: "sv-SE", en: "en-GB" };

/** The language of the country whose currency a session is in. */
const CURRENCY_LOCALES: Record<string, Locale> = { NOK: "nb", DKK: "da", EUR: "fi" };

/** The primary language subtags read as one of ours (Norwegian without a written standard, and nynorsk, as bokmål). */
const LANGUAGE_SUBTAGS: Record<string, Locale> = { nb: "nb", no: "nb", nn: "nb", da: "da", fi: "fi", sv: "sv", en: "en" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The language of a BCP 47 tag (`nb-NO`, `sv-FI`, `EN`), or null when it is not one of ours. */
export function localeOfTag(tag: string): Locale | null {
  return LANGUAGE_SUBTAGS[tag.trim().toLowerCase().split("-")[0] ?? ""] ?? null;
}

/** The languages an `Accept-Language` header names, best first (equal quality keeps the header's order); `*` and q=0 left out. */
export function acceptedLanguages(header: string | null): string[] {
  if (!header) return [];
  const ranges = header.split(",").flatMap((part, index) => {
    const [tag = "", ...params] = part.split(";").map((piece) => piece.trim());
    const q = params.find((param) => /^q=/i.test(param));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    return tag && tag !== "*" && Number.isFinite(quality) && quality > 0 ? [{ tag, quality, index }] : [];
  });
  return ranges.sort((a, b) => b.quality - a.quality || a.index - b.index).map((range) => range.tag);
}

export interface LocaleInputs {
  /** `?lang=` on this request. */
  asked: string | null;
  /** The language cookie. */
  remembered: string | null;
  /** The session's `locale`, where the page belongs to a session. */
  session: Locale | null;
  acceptLanguage: string | null;
  /** The session's currency, where there is one. */
  currency: string | null;
}

export function chooseLocale(inputs: LocaleInputs): Locale {
  if (isLocale(inputs.asked)) return inputs.asked;
  if (isLocale(inputs.remembered)) return inputs.remembered;
  if (inputs.session) return inputs.session;
  const named = acceptedLanguages(inputs.acceptLanguage);
  for (const tag of named) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  if (named.length === 0 && inputs.currency) return CURRENCY_LOCALES[inputs.currency] ?? "en";
  return "en";
}
