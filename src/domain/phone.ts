/**
 * Phone numbers as people type them (`+47 999 99 999`, `004799999999`, `(0)70-123 45 67`, or a
 * national `99999999`), made into E.164 (`+4799999999`), the one form the gateway stores. A number
 * without a country code takes the country the caller names (the order's). The four Nordic
 * countries the gateway pays in are checked by their own lengths; other country codes by E.164's.
 * Each provider's own form is made from the E.164 one where it is sent.
 */

export type PhoneCountry = "NO" | "DK" | "SE" | "FI";

export interface NumberingPlan {
  name: string;
  callingCode: string;
  /** Whether a national number may be written with a trunk `0` first, which E.164 drops. */
  trunkZero: boolean;
  /** Bounds of the subscriber number after the country code, in digits. */
  minDigits: number;
  maxDigits: number;
}

export const NUMBERING_PLANS: Record<PhoneCountry, NumberingPlan> = {
  NO: { name: "Norwegian", callingCode: "47", trunkZero: false, minDigits: 8, maxDigits: 8 },
  DK: { name: "Danish", callingCode: "45", trunkZero: false, minDigits: 8, maxDigits: 8 },
  SE: { name: "Swedish", callingCode: "46", trunkZero: true, minDigits: 7, maxDigits: 9 },
  FI: { name: "Finnish", callingCode: "358", trunkZero: true, minDigits: 5, maxDigits: 10 },
};

/** Bounds of an E.164 number of another country, country code included, in digits. */
export const INTERNATIONAL_MIN_DIGITS = 8;
export const INTERNATIONAL_MAX_DIGITS = 15;

/** What people type around the digits: spaces, dots, dashes and parentheses; a `+` only first (or after a `(`). */
const TYPED = /^\(?\+?[\d\s().-]+$/;

export type PhoneResult = { e164: string } | { problem: string };

export interface PhoneOptions {
  /** The country of a number written without a country code; null: such a number is refused. */
  country?: PhoneCountry | null;
}

/** How many digits `plan` takes, in words: `8`, `5 to 10`. */
export function digitRange(plan: NumberingPlan): string {
  return plan.minDigits === plan.maxDigits ? `${plan.minDigits}` : `${plan.minDigits} to ${plan.maxDigits}`;
}

function lengths(plan: NumberingPlan): string {
  return `a ${plan.name} number has ${digitRange(plan)} digits after +${plan.callingCode}${plan.trunkZero ? " (and a trunk 0 left out)" : ""}`;
}

/** The E.164 form of the subscriber number `rest` in `plan`, or why it is not one. */
function inPlan(plan: NumberingPlan, rest: string): PhoneResult {
  const subscriber = plan.trunkZero && rest.startsWith("0") ? rest.slice(1) : rest;
  if (subscriber.length < plan.minDigits || subscriber.length > plan.maxDigits) return { problem: lengths(plan) };
  if (subscriber.startsWith("0")) return { problem: `a ${plan.name} number does not start with 0 after +${plan.callingCode}` };
  return { e164: `+${plan.callingCode}${subscriber}` };
}

/** `typed` as E.164, or why it is not a phone number; `options.country` places a national number. */
export function normalisePhone(typed: string, options: PhoneOptions = {}): PhoneResult {
  const { country = null } = options;
  const text = typed.trim();
  if (!TYPED.test(text)) return { problem: "only digits, a leading + or 00, spaces, dots, dashes and parentheses" };
  const digits = text.replace(/\D/g, "");
  const plus = text.includes("+");
  const international = plus || digits.startsWith("00");
  if (!international) {
    if (country === null) return { problem: "a number with its country code, such as +4799999999" };
    return inPlan(NUMBERING_PLANS[country], digits);
  }
  const number = plus ? digits : digits.slice(2);
  if (!/^[1-9]/.test(number)) return { problem: "a country code does not start with 0" };
  const plan = Object.values(NUMBERING_PLANS).find((candidate) => number.startsWith(candidate.callingCode));
  if (plan) return inPlan(plan, number.slice(plan.callingCode.length));
  if (number.length < INTERNATIONAL_MIN_DIGITS || number.length > INTERNATIONAL_MAX_DIGITS) {
    return {
      problem: `an international number has ${INTERNATIONAL_MIN_DIGITS} to ${INTERNATIONAL_MAX_DIGITS} digits with its country code`,
    };
  }
  return { e164: `+${number}` };
}
