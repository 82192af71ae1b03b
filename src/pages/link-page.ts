/**
 * The pages a person sees on opening a reusable pay link (`/l/<code>`): the shop and the amount, or
 * a field for the amount (donations, tips), and one real button that posts to `/l/<code>`, which
 * starts the payer's own session (never the GET: scanners and previews start nothing). No script:
 * the form works as it is, and a refused amount comes back as the same page with status 422, the
 * field marked invalid, its message before it and tied to it, and the field focused. A link that
 * can no longer be paid says why, with status 410.
 *
 * `parseTypedAmount` reads what people type on phones in Norway, Denmark, Finland, Sweden and in
 * English, into minor units of the currency. Its decisions:
 * - at most `MAX_TYPED_CHARS` characters, and ASCII digits only; no sign (a minus is refused, so is
 *   a plus); a value above `Number.MAX_SAFE_INTEGER` minor units is refused;
 * - the currency may stand once, before or after the number, with or without a space, in any case,
 *   with or without a final dot: its ISO code or a symbol our languages write it with ("kr", "kr.",
 *   "€", "NOK"); another currency's symbol is refused;
 * - groups of thousands are separated by a space (also no-break and narrow no-break), a dot or a
 *   comma, one kind per number, the first group of 1–3 digits and every other of exactly 3;
 * - with both a dot and a comma, the last one is the decimal separator ("1.234,50", "1,234.50");
 *   a dot or comma standing once, after 1–3 digits (not starting with 0) and before exactly 3,
 *   separates thousands ("1.234" and "1,234" are 1 234, as Danes and the English write them) unless
 *   the currency has 3 decimals; any other single one is the decimal separator ("149,5", "149.50");
 * - a decimal part has 1 to the currency's digits (Intl's `maximumFractionDigits`: 2 for NOK, DKK,
 *   EUR and SEK), never more, and a digit before the separator (",50" is refused); the Nordic
 *   "149,-" is whole kroner;
 * - zero reads as 0: whether an amount is too small is the link's bounds' question, not the parser's.
 */

import type { AmountProblem, LinkClosedReason } from "../domain/link-rules";
import { INTL_LOCALES, LOCALES } from "../i18n/locales";
import type { Words } from "../i18n/words";
import { memoized } from "../recent";
import type { PaymentMethod } from "../schemas/session";
import { BRAND_CLASSES } from "./brand";
import { footer, type SessionFrame, testBadge } from "./frame";
import { type Html, html, pageResponse } from "./html";
import { messagePage } from "./message-page";

export interface LinkPageModel {
  words: Words;
  /** The merchant's frame: the footer, and the TEST badge in test mode. */
  session: SessionFrame;
  /** The link's code; the page's form posts to `/l/<code>`. */
  code: string;
  /** This page's tap (`domain/ids.ts`), sent back by its form: one page starts one session. */
  tap: string;
  /** A fixed amount in minor units, or null: the payer types it. */
  amount: number | null;
  /** The bounds of an open amount, in minor units (null: none). */
  minAmount: number | null;
  maxAmount: number | null;
  currency: string;
  /** The app the payer will pay with, for the page's brand colour (Vipps, the default, for NOK; MobilePay for DKK and EUR). */
  method?: PaymentMethod;
  description: string | null;
  /** Why the amount a POST brought was refused. */
  problem?: AmountProblem;
  /** What the payer typed, shown again with the problem. */
  typed?: string;
}

/** Longest text `parseTypedAmount` reads, in characters: more is no amount a person types. */
export const MAX_TYPED_CHARS = 32;

/** The page's input for an open amount: the form field's name, and the ids that tie its texts to it. */
const FIELD = "amount";

/** Keys of the memos below: a few currencies and languages. */
const FEW_KEYS = 64;

/** How `intl` writes `currency` beside an amount (`currencyDisplay`, "symbol" unless said). */
function signOf(intl: string, currency: string, currencyDisplay: "symbol" | "narrowSymbol" = "symbol"): string {
  const parts = new Intl.NumberFormat(intl, { style: "currency", currency, currencyDisplay }).formatToParts(0);
  return parts.find((part) => part.type === "currency")?.value ?? currency;
}

/** The currency as a language writes it beside an amount, keyed "<intl locale> <currency>": "kr" in bokmål, "NOK" in English, "€". */
const currencySign = memoized(FEW_KEYS, (key) => {
  const [intl = "", currency = ""] = key.split(" ");
  return signOf(intl, currency);
});

/** The open amount's bounds in words, or null without any. */
function boundsText(model: LinkPageModel): string | null {
  const { words, minAmount, maxAmount, currency } = model;
  const min = minAmount === null ? null : words.amount(minAmount, currency);
  const max = maxAmount === null ? null : words.amount(maxAmount, currency);
  if (min !== null && max !== null) return words.say("link.from_to", { min, max });
  if (min !== null) return words.say("link.at_least", { min });
  if (max !== null) return words.say("link.at_most", { max });
  return null;
}

/**
 * The message for a refused amount. Below a link without a minimum means below the smallest amount
 * (one minor unit); above a link without a maximum cannot be said with a number, so it reads as
 * malformed (the endpoint passes the bound it checked).
 */
function problemText(model: LinkPageModel): string | null {
  const { words, currency } = model;
  switch (model.problem) {
    case undefined:
      return null;
    case "amount_below":
      return words.say("link.amount_below", { min: words.amount(model.minAmount ?? 1, currency) });
    case "amount_above":
      return model.maxAmount === null
        ? words.say("link.amount_malformed")
        : words.say("link.amount_above", { max: words.amount(model.maxAmount, currency) });
    case "amount_missing":
      return words.say("link.amount_missing");
    case "amount_malformed":
      return words.say("link.amount_malformed");
  }
}

/** The open amount's field: its label with the currency, its bounds and any problem before it, tied to it. */
function amountField(model: LinkPageModel): Html {
  const { words } = model;
  const bounds = boundsText(model);
  const problem = problemText(model);
  const described = [problem === null ? null : `${FIELD}-problem`, bounds === null ? null : `${FIELD}-bounds`].filter((id) => id !== null);
  return html`<label for="${FIELD}">${words.say("link.amount", { currency: currencySign(`${INTL_LOCALES[words.locale]} ${model.currency}`) })}</label>${
    bounds === null ? "" : html`<p class="note" id="${FIELD}-bounds">${bounds}</p>`
  }${problem === null ? "" : html`<p id="${FIELD}-problem"><b>${problem}</b></p>`}<input id="${FIELD}" name="${FIELD}" inputmode="decimal" autocomplete="transaction-amount"${
    model.typed === undefined ? "" : html` value="${model.typed}"`
  }${
    described.length ? html` aria-describedby="${described.join(" ")}"` : ""
  }${problem === null ? "" : html` aria-invalid="true" autofocus`}>`;
}

export function linkPage(model: LinkPageModel): Promise<Response> {
  const { words, session } = model;
  const merchant = session.shop.name;
  const fixed = model.amount === null ? null : words.amount(model.amount, model.currency);
  const title = fixed === null ? words.say("link.open_title", { merchant }) : words.say("page.pay_title", { amount: fixed, merchant });
  const heading =
    fixed === null ? html`<h1>${title}</h1>` : html`<h1><span class="who">${merchant}</span><span class="amount">${fixed}</span></h1>`;
  const field = fixed === null ? amountField(model) : "";
  return pageResponse({
    lang: words.locale,
    title,
    status: model.problem ? 422 : 200,
    body: html`${testBadge(words, session.testMode)}<main${BRAND_CLASSES[model.method ?? "vipps"]}>${heading}<p class="what">${model.description}</p><form method="post" action="/l/${model.code}"><input type="hidden" name="tap" value="${model.tap}">${field}<button class="btn">${words.say("link.continue")}</button></form></main>${footer(words, session)}`,
  });
}

const CLOSED_TITLES = { sold_out: "link.sold_out_title", inactive: "link.inactive_title", expired: "link.expired_title" } as const;

/** A link that can no longer be paid: why, and that nothing was charged; 410 whatever the reason. */
export function linkClosedPage(words: Words, session: SessionFrame, reason: LinkClosedReason): Promise<Response> {
  return messagePage({ words, session, title: words.say(CLOSED_TITLES[reason]), text: words.say("pay.nothing_charged"), status: 410 });
}

/** Decimals of a currency (Intl's). */
const digitsOf = memoized(
  FEW_KEYS,
  (currency) => new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2,
);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A typed amount in `currency`: the number (group 2) and the currency once around it (group 1 before, 3 after). */
const typedPattern = memoized(FEW_KEYS, (currency) => {
  const signs = new Set([currency]);
  for (const locale of LOCALES) {
    for (const display of ["symbol", "narrowSymbol"] as const)
      signs.add(signOf(INTL_LOCALES[locale], currency, display).replace(/\.$/, ""));
  }
  // Longest first, so "kr" is not taken for the start of "Nkr".
  const sign = `(${[...signs]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\\.?`;
  return new RegExp(`^(?:${sign}\\s*)?([0-9](?:[0-9., \\u00a0\\u202f]*[0-9])?(?:[.,]-)?)(?:\\s*${sign})?$`, "i");
});

/** Whole units, with one kind of separator between thousands or none: the digits, or null when the groups are wrong. */
function wholeDigits(whole: string): string | null {
  const groups = new Set(whole.replace(/[0-9]/g, ""));
  if (groups.size === 0) return whole;
  const [group] = [...groups];
  if (groups.size > 1 || group === undefined) return null;
  const grouped = new RegExp(`^[1-9][0-9]{0,2}(?:${escapeRegExp(group)}[0-9]{3})+$`);
  return grouped.test(whole) ? whole.split(group).join("") : null;
}

export function parseTypedAmount(typed: string, currency: string): number | null {
  if (typed.length > MAX_TYPED_CHARS) return null;
  const match = typedPattern(currency).exec(typed.trim());
  if (!match || (match[1] !== undefined && match[3] !== undefined)) return null;
  const digits = digitsOf(currency);
  let number = (match[2] ?? "").replace(/[\u00a0\u202f]/g, " ");
  const wholeUnits = /[.,]-$/.test(number);
  if (wholeUnits) number = number.slice(0, -2);
  const dots = number.split(".").length - 1;
  const commas = number.split(",").length - 1;
  let decimal: "." | "," | null = null;
  if (!wholeUnits) {
    if (dots && commas) decimal = number.lastIndexOf(".") > number.lastIndexOf(",") ? "." : ",";
    else if (dots + commas === 1) {
      const single = dots ? "." : ",";
      const thousands = !number.includes(" ") && digits < 3 && /^[1-9][0-9]{0,2}[.,][0-9]{3}$/.test(number);
      decimal = thousands ? null : single;
    }
  }
  const at = decimal === null ? -1 : number.lastIndexOf(decimal);
  const whole = wholeDigits(at < 0 ? number : number.slice(0, at));
  // The pattern ends the number with a digit, so a decimal separator always has one after it.
  const fraction = at < 0 ? "" : number.slice(at + 1);
  if (whole === null || !/^[0-9]*$/.test(fraction) || fraction.length > digits) return null;
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, "0") || "0");
  return minor > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(minor);
}
