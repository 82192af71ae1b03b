/**
 * The identifiers a session is known by, and how each leads back to the session's Durable Object.
 *
 * - pay code: 14 base58 symbols, ≈ 82 bits from the cryptographic source; the short pay URL
 *   `<origin>/p/<code>`. Whoever holds it can see the payment's status and pay, so it is given only
 *   to the merchant (in `pay_url`) and by the merchant to its customer, and nowhere else: not in
 *   the session id, not to the provider, not in a log line.
 * - session id: `ps_` and 22 base58 symbols of the SHA-256 of the code (128 bits): one-way, so the
 *   id, which merchants keep, log and see in return URLs, tells nothing of the code; and the
 *   gateway finds it from the code without storing a map. The session's Durable Object is named by it.
 * - session key: the id without `ps_`; the return path `/r/<key>` of "back to the shop".
 * - attempt reference: `<key>-<n>` for the n-th payment attempt; what providers are given as their
 *   reference, so a callback or a return leads to its session. It meets Vipps'
 *   `^[a-zA-Z0-9-]{8,50}$` (at most 27 symbols).
 * - movement key: `capture-<40 hex>`, what a capture, refund or void is sent to the provider with.
 *
 * A payment link (reusable, many payers, each their own session) has its own two:
 * - link code: 14 base58 symbols from the cryptographic source, as a pay code; the link's URL
 *   `<origin>/l/<code>`, printed on posters, so anyone may hold it, but no one can guess one.
 * - link id: `pl_` and 22 base58 symbols of the SHA-256 of the code under its own domain string:
 *   one-way, so the id (which the merchant API shows and merchants log) never leads to the code.
 *   The link's Durable Object is named by it.
 */
import { sha256, toHex } from "../crypto/hmac";
import { CODE_ALPHABET, randomCode } from "../crypto/random";

/** Symbols in a pay code. 14 × log2(58) ≈ 82 bits, within an SMS-friendly 16. */
export const PAY_CODE_LENGTH = 14;

/** Bytes of the code's SHA-256 that make a session key: 16, 128 bits. */
const SESSION_KEY_BYTES = 16;
/** Base58 symbols that hold 16 bytes: 22 × log2(58) ≈ 128.9 bits. */
const SESSION_KEY_LENGTH = 22;

/** Symbols in a link code: as many as a pay code's, ≈ 82 bits, within the issue's 16. */
export const LINK_CODE_LENGTH = 14;

/**
 * Symbols in a tap: one per payment link page shown, sent back by its form, so that the same page's
 * form sent twice (a double tap, a resend after "back") starts one session. 16 × log2(58) ≈ 94 bits.
 */
export const TAP_LENGTH = 16;

/** What a tap looks like, for the form's schema. */
export const TAP = new RegExp(`^[${CODE_ALPHABET}]{${TAP_LENGTH}}$`);

const PAY_CODE = new RegExp(`^[${CODE_ALPHABET}]{${PAY_CODE_LENGTH}}$`);
const LINK_CODE = new RegExp(`^[${CODE_ALPHABET}]{${LINK_CODE_LENGTH}}$`);
const KEY = `[${CODE_ALPHABET}]{${SESSION_KEY_LENGTH}}`;
const SESSION_KEY = new RegExp(`^${KEY}$`);
const SESSION_ID = new RegExp(`^ps_${KEY}$`);
/** What a payment link id looks like (`pl_` and 22 base58 symbols), for the schemas. */
export const LINK_ID = new RegExp(`^pl_${KEY}$`);
const ATTEMPT_REF = new RegExp(`^(${KEY})-([1-9][0-9]{0,3})$`);

export function newPayCode(): string {
  return randomCode(PAY_CODE_LENGTH);
}

export function isPayCode(value: string): boolean {
  return PAY_CODE.test(value);
}

export function isSessionId(value: string): boolean {
  return SESSION_ID.test(value);
}

/** `bytes` as exactly `length` base58 symbols (big-endian, padded with the alphabet's zero). */
function toBase58(bytes: Uint8Array, length: number): string {
  let number = BigInt(`0x${toHex(bytes) || "0"}`);
  let text = "";
  for (let i = 0; i < length; i++) {
    text = (CODE_ALPHABET[Number(number % 58n)] ?? "") + text;
    number /= 58n;
  }
  return text;
}

/** `prefix` and the first 128 bits of the SHA-256 of `code` under `domain`, in base58. */
async function idOf(prefix: string, domain: string, code: string): Promise<string> {
  const digest = new Uint8Array(await sha256(`${domain}\n${code}`));
  return `${prefix}${toBase58(digest.slice(0, SESSION_KEY_BYTES), SESSION_KEY_LENGTH)}`;
}

/** The session id of a pay code: `ps_` and the first 128 bits of its SHA-256, in base58. */
export function sessionIdOf(code: string): Promise<string> {
  return idOf("ps_", "paylink session id", code);
}

/** New codes tried when one is taken: with 82 random bits a second try is already unheard of. */
const CODE_TRIES = 3;

/**
 * What `store` makes of the first of a few fresh codes from `newCode` that is not taken (`store`
 * answers null for a taken one); null when each was taken. A session and a payment link are made so.
 */
export async function withFreshCode<T>(newCode: () => string, store: (code: string) => Promise<T | null>): Promise<T | null> {
  for (let i = 0; i < CODE_TRIES; i++) {
    const made = await store(newCode());
    if (made !== null) return made;
  }
  return null;
}

export function newLinkCode(): string {
  return randomCode(LINK_CODE_LENGTH);
}

export function newTap(): string {
  return randomCode(TAP_LENGTH);
}

export function isLinkCode(value: string): boolean {
  return LINK_CODE.test(value);
}

export function isLinkId(value: string): boolean {
  return LINK_ID.test(value);
}

/** The link id of a link code: `pl_` and the first 128 bits of its SHA-256 under the link's own domain string. */
export function linkIdOf(code: string): Promise<string> {
  return idOf("pl_", "paylink link id", code);
}

/** The session id behind a return path's key (`/r/<key>`), or null when it is not one. */
export function sessionIdOfKey(key: string): string | null {
  return SESSION_KEY.test(key) ? `ps_${key}` : null;
}

/** The key of a session id: what follows `ps_`. */
export function sessionKeyOf(sessionId: string): string {
  return sessionId.slice("ps_".length);
}

export function attemptRef(sessionId: string, n: number): string {
  return `${sessionKeyOf(sessionId)}-${n}`;
}

/** The session id and attempt number inside an attempt reference, or null. */
export function parseAttemptRef(ref: string): { sessionId: string; n: number } | null {
  const match = ATTEMPT_REF.exec(ref);
  return match?.[1] && match[2] ? { sessionId: `ps_${match[1]}`, n: Number(match[2]) } : null;
}

/**
 * The key a money movement is sent to the provider with: the same for the same session, kind and
 * merchant's `Idempotency-Key` (hashed, so the merchant's key never reaches the provider), and
 * within Vipps' `Idempotency-Key` (`^[a-zA-Z0-9-]{1,50}$`): `capture-` and 40 hex digits.
 */
export async function movementKey(sessionId: string, kind: string, merchantKey: string): Promise<string> {
  return `${kind}-${toHex(await sha256(`${sessionId}\n${kind}\n${merchantKey}`)).slice(0, 40)}`;
}

/** An event id: `evt_` and 20 base58 symbols. */
export function newEventId(): string {
  return `evt_${randomCode(20)}`;
}
