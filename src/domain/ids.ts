/**
 * The identifiers a session is known by, and how each leads back to the session's Durable Object.
 *
 * - pay code: 14 base58 symbols, ≈ 82 bits from the cryptographic source; the short pay URL
 *   `<origin>/p/<code>` and the name of the session's Durable Object.
 * - session id: `ps_<code>`, what the merchant API speaks of.
 * - attempt reference: `<code>-<n>` for the n-th payment attempt; what providers are given as their
 *   reference, so a callback leads to its session. It meets Vipps' `^[a-zA-Z0-9-]{8,50}$`.
 * - movement key: `capture-<40 hex>`, what a capture, refund or void is sent to the provider with.
 */
import { sha256, toHex } from "../crypto/hmac";
import { CODE_ALPHABET, randomCode } from "../crypto/random";

/** Symbols in a pay code. 14 × log2(58) ≈ 82 bits, within an SMS-friendly 16. */
export const PAY_CODE_LENGTH = 14;

const CODE = `[${CODE_ALPHABET}]{${PAY_CODE_LENGTH}}`;
const PAY_CODE = new RegExp(`^${CODE}$`);
const SESSION_ID = new RegExp(`^ps_(${CODE})$`);
const ATTEMPT_REF = new RegExp(`^(${CODE})-([1-9][0-9]{0,3})$`);

export function newPayCode(): string {
  return randomCode(PAY_CODE_LENGTH);
}

export function isPayCode(value: string): boolean {
  return PAY_CODE.test(value);
}

export function sessionIdOf(code: string): string {
  return `ps_${code}`;
}

/** The pay code inside a session id, or null when the id is not one of ours. */
export function codeOfSessionId(id: string): string | null {
  return SESSION_ID.exec(id)?.[1] ?? null;
}

export function attemptRef(code: string, n: number): string {
  return `${code}-${n}`;
}

/** The pay code and attempt number inside an attempt reference, or null. */
export function parseAttemptRef(ref: string): { code: string; n: number } | null {
  const match = ATTEMPT_REF.exec(ref);
  return match?.[1] && match[2] ? { code: match[1], n: Number(match[2]) } : null;
}

/** An event id: `evt_` and 20 base58 symbols. */
/**
 * The key a money movement is sent to the provider with: the same for the same session, kind and
 * merchant's `Idempotency-Key` (hashed, so the merchant's key never reaches the provider), and
 * within Vipps' `Idempotency-Key` (`^[a-zA-Z0-9-]{1,50}$`): `capture-` and 40 hex digits.
 */
export async function movementKey(sessionId: string, kind: string, merchantKey: string): Promise<string> {
  return `${kind}-${toHex(await sha256(`${sessionId}\n${kind}\n${merchantKey}`)).slice(0, 40)}`;
}

export function newEventId(): string {
  return `evt_${randomCode(20)}`;
}
