/**
 * What the logs must not keep: phone numbers and e-mail addresses, and pay codes (a code opens its
 * link: whoever reads it can pay or watch the payment). Fields that name them (`phone_number`,
 * `phoneNumber`, `msisdn`, `email`, `code`, `pay_url`, …) lose their whole value; in free text (a
 * provider's error message, an error's stack, a path) a pattern finds them: a pay link's path
 * `/p/<code>` keeps `/p/` and loses the code. Every other fact stays.
 *
 * The rule for digits in free text, read left to right:
 * - kept: ISO 8601 dates and times (`2026-11-30T03:14:12.822Z`, with an offset), dates written
 *   `30.11.2026`, UUIDs, IPv4 addresses, JSON numbers (`"value":65000001`: phone numbers are
 *   strings in JSON), a number next to a currency code or after `amount` (`65000001 NOK`), and
 *   epoch times (10 or 13 digits starting with 1: seconds and ms from 2001 to 2033);
 * - taken out: an e-mail address; a `+` or `00` and 7 to 15 digits (the country code and the
 *   number); otherwise 8 to 15 digits standing alone (8 is a Norwegian or Danish number, 10 to 15
 *   one with its country code, as Vipps writes it), with single spaces, dots, dashes or
 *   parentheses between them;
 * - never a phone number: digits inside a word (`ps_…`, `ORDER-20261130-0001`, hex digests, ray
 *   ids), after `/` (a URL's path), `#` (an order number) or a dot, or in a run of more than 15.
 * So an 8-digit amount in free text without its currency or `amount` reads as a phone number and
 * is taken out: when in doubt, privacy wins. The gateway's own numeric facts (amounts, counts,
 * times in ms, statuses) are numbers in their own fields, which the pattern never reads.
 */

const REDACTED = "[redacted]";

/** Field names (lower case, letters only) whose values are personal whatever they hold. */
const PERSONAL_KEYS = new Set([
  "phone",
  "phonenumber",
  "mobile",
  "mobilenumber",
  "msisdn",
  "tel",
  "telephone",
  "email",
  "emailaddress",
  "code",
  "paycode",
  "payurl",
]);

/** A pay link's path, `/p/` and a pay code, or a payment link's, `/l/` and a link code (`domain/ids.ts`: 14 base58 symbols each). */
const PAY_LINK = /(\/[pl]\/)[1-9A-HJ-NP-Za-km-z]{14}(?![1-9A-HJ-NP-Za-km-z])/g;

const KEPT = [
  /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?(?!\d))?)?/,
  /\d{1,2}\.\d{1,2}\.\d{4}(?!\d)/,
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
  /(?:\d{1,3}\.){3}\d{1,3}(?![.\d])/,
  /":\s*-?\d+(?:\.\d+)?/,
  /\b(?:NOK|DKK|SEK|EUR|amount)[ :=]{0,2}\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:NOK|DKK|SEK|EUR)\b/,
];
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/;
const INTERNATIONAL = /(?:\+|(?<![\w./#-])00)\d(?:[ .()-]{1,2}\d|\d){6,14}(?!\d)/;
const STANDALONE = /(?<![\w./#+@-])\(?\d(?:[ .()-]{1,2}\d|\d){7,14}(?![\w/@-]|[.,]?\d)/;
/** Seconds or ms since the epoch, 2001 to 2033: digits only, ten or thirteen, starting with 1. */
const EPOCH = /^1(?:\d{9}|\d{12})$/;

const source = (pattern: RegExp) => pattern.source;
const TOKENS = new RegExp(
  `(${[EMAIL].map(source).join("|")})|(${KEPT.map(source).join("|")})|(${[INTERNATIONAL, STANDALONE].map(source).join("|")})`,
  "gi",
);

/** Fewer digits than the shortest number taken out (7 after a `+` or `00`), and no `@`: nothing to take out but a pay link. */
const FEW_DIGITS = /^[^@\d]*(?:\d[^@\d]*){0,6}$/;

/** `text` with phone numbers and e-mail addresses replaced by `[redacted]`. */
export function redact(text: string): string {
  const unlinked = text.replace(PAY_LINK, `$1${REDACTED}`);
  // Most lines (a path, a status word) hold no number at all: the patterns below could find nothing.
  if (FEW_DIGITS.test(unlinked)) return unlinked;
  return unlinked.replace(TOKENS, (match, email?: string, kept?: string) => {
    if (email) return REDACTED;
    if (kept || EPOCH.test(match)) return match;
    return REDACTED;
  });
}

const isPersonalKey = (key: string) => PERSONAL_KEYS.has(key.toLowerCase().replace(/[^a-z]/g, ""));

/** `value` with nothing personal left in it, however deep: by field name, then by pattern. */
export function scrub(value: unknown): unknown {
  if (typeof value === "string") return redact(value);
  if (value instanceof Error) return redact(value.stack ?? `${value.name}: ${value.message}`);
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, isPersonalKey(key) ? REDACTED : scrub(inner)]));
  }
  return value;
}
