/** README's "Session body" paragraph says the same limits as the constants the code checks. */
import { describe, expect, it } from "vitest";
import { digitRange, INTERNATIONAL_MAX_DIGITS, INTERNATIONAL_MIN_DIGITS, NUMBERING_PLANS } from "../../../src/domain/phone";
import { DEFAULT_LINK_LIFETIME_MS, MAX_LINK_LIFETIME_MS, MIN_LINK_LIFETIME_MS } from "../../../src/domain/session-rules";
import { MAX_BODY_BYTES } from "../../../src/http/body";
import * as limits from "../../../src/schemas/limits";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

async function sessionBodyParagraph(): Promise<string> {
  const rawPath = "../../../README.md?raw";
  const readme = ((await import(/* @vite-ignore */ rawPath)) as { default: string }).default;
  const start = readme.indexOf("Session body");
  const end = readme.indexOf("Unknown fields are refused", start);
  expect(start, "the Session body paragraph").toBeGreaterThan(0);
  return readme.slice(start, end).replace(/\s+/g, " ");
}

describe("README's Session body", () => {
  const phrases: [string, string][] = [
    ["MAX_AMOUNT", `amount\`: integer minor units, 1 to ${limits.MAX_AMOUNT}`],
    ["VIPPS_MAX_AMOUNT", `with Vipps at most ${limits.VIPPS_MAX_AMOUNT}`],
    ["REFERENCE_*_CHARS", `merchant_reference\`: ${limits.REFERENCE_MIN_CHARS} to ${limits.REFERENCE_MAX_CHARS} characters`],
    ["DESCRIPTION_*_CHARS", `${limits.DESCRIPTION_MIN_CHARS} to ${limits.DESCRIPTION_MAX_CHARS} characters after trimming (Vipps'`],
    ["URL_MAX_CHARS", `absolute URLs of at most ${limits.URL_MAX_CHARS} characters`],
    ["PHONE_MAX_CHARS", `phone_number\`: at most ${limits.PHONE_MAX_CHARS} characters`],
    ...Object.values(NUMBERING_PLANS).map((plan): [string, string] => [plan.name, `${plan.name} ${digitRange(plan)} digits`]),
    ["INTERNATIONAL_*_DIGITS", `${INTERNATIONAL_MIN_DIGITS} to ${INTERNATIONAL_MAX_DIGITS} digits with its country code`],
    ["EMAIL_MAX_CHARS", `e-mail address of at most ${limits.EMAIL_MAX_CHARS} characters`],
    ["MIN_LINK_LIFETIME_MS", `at least ${MIN_LINK_LIFETIME_MS / MINUTE_MS} minute`],
    ["MAX_LINK_LIFETIME_MS", `at most ${MAX_LINK_LIFETIME_MS / DAY_MS} days from now`],
    ["DEFAULT_LINK_LIFETIME_MS", `(default: ${DEFAULT_LINK_LIFETIME_MS / HOUR_MS} hours)`],
    ["METADATA_MAX_KEYS", `at most ${limits.METADATA_MAX_KEYS} flat keys`],
    ["METADATA_KEY_*_CHARS", `keys of ${limits.METADATA_KEY_MIN_CHARS} to ${limits.METADATA_KEY_MAX_CHARS} characters`],
    ["METADATA_VALUE_MAX_CHARS", `strings of at most ${limits.METADATA_VALUE_MAX_CHARS} characters`],
    ["MAX_BODY_BYTES", `at most ${MAX_BODY_BYTES} bytes`],
    ["REFUND_REASON_MAX_CHARS", `\`reason\` of 1 to ${limits.REFUND_REASON_MAX_CHARS} characters`],
  ];

  it.each(phrases)("says %s: %j", async (_, phrase) => {
    expect(await sessionBodyParagraph()).toContain(phrase);
  });
});

describe("README's Payment links", () => {
  it.each([
    ["LINK_REFERENCE_PREFIX_MAX_CHARS", `prefix of each session's reference (1 to ${limits.LINK_REFERENCE_PREFIX_MAX_CHARS} characters`],
    ["LINK_MAX_PAYMENTS", `(optional, 1 to ${limits.LINK_MAX_PAYMENTS}:`],
    ["LINK_PAGE_*", `(1 to ${limits.LINK_PAGE_MAX}, default ${limits.LINK_PAGE_DEFAULT})`],
  ])("says %s: %j", async (_, phrase) => {
    const rawPath = "../../../README.md?raw";
    const readme = ((await import(/* @vite-ignore */ rawPath)) as { default: string }).default;
    expect(readme.replace(/\s+/g, " ")).toContain(phrase);
  });
});
