/**
 * Unguessable identifiers from the platform's cryptographic random source.
 */

/** Base58: letters and digits without 0, O, I and l, so a code read aloud or typed survives. */
export const CODE_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/** Largest multiple of 58 below 256: bytes at or above it are redrawn, so no symbol is favoured. */
const UNBIASED_LIMIT = 256 - (256 % CODE_ALPHABET.length);

/** A string of `length` base58 symbols: log2(58) ≈ 5.86 bits each. */
export function randomCode(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < UNBIASED_LIMIT && out.length < length) out += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return out;
}
