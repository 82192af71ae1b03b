/**
 * What a page says, in one language: its catalogue's messages with their `{placeholders}` filled,
 * and amounts and times as that language writes them. Only the chosen language's words reach a
 * page; the other catalogues stay on the server.
 */
import { da } from "./catalogues/da";
import { en } from "./catalogues/en";
import { fi } from "./catalogues/fi";
import { nb } from "./catalogues/nb";
import { sv } from "./catalogues/sv";
import { INTL_LOCALES, type Locale } from "./locales";

export type MessageKey = keyof typeof en;
/** A language's catalogue: a message for every key of the English one. */
export type Catalogue = Record<MessageKey, string>;

export const CATALOGUES: Record<Locale, Catalogue> = { nb, da, fi, sv, en };

/** The time zone of the country whose currency it is, for times on a receipt. */
const CURRENCY_TIME_ZONES: Record<string, string> = { NOK: "Europe/Oslo", DKK: "Europe/Copenhagen", EUR: "Europe/Helsinki" };

export type Params = Record<string, string | number>;

/** `{name}` in `template` replaced by `params.name`; a placeholder without a value is a bug, and throws. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return String(value);
  });
}

export interface Words {
  locale: Locale;
  say(key: MessageKey, params?: Params): string;
  /** `amount` minor units of `currency` (every supported currency has 2 decimals): "299,90 kr" in bokmål. */
  amount(amount: number, currency: string): string;
  /** `at` (ms since the epoch) in the time zone of `currency`'s country, with the zone named: "30. nov. 2026, 15:05 CET". */
  time(at: number, currency: string): string;
}

/** Number formats by Intl locale and currency, built once per isolate: a page writes its amount more than once. */
const amountFormats = new Map<string, Intl.NumberFormat>();

function amountFormat(intl: string, currency: string): Intl.NumberFormat {
  const key = `${intl} ${currency}`;
  let format = amountFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intl, { style: "currency", currency });
    amountFormats.set(key, format);
  }
  return format;
}

export function wordsFor(locale: Locale): Words {
  const catalogue = CATALOGUES[locale];
  const intl = INTL_LOCALES[locale];
  return {
    locale,
    say: (key, params) => fill(catalogue[key], params),
    amount: (amount, currency) => amountFormat(intl, currency).format(amount / 100),
    time: (at, currency) =>
      new Intl.DateTimeFormat(intl, {
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone: CURRENCY_TIME_ZONES[currency] ?? "UTC",
        timeZoneName: "short",
      }).format(at),
  };
}
