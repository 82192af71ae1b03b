/**
 * Small wrappers over WebCrypto: HMAC-SHA256, SHA-256, hex/base64 encodings and a constant-time
 * comparison. Every signature scheme of the gateway (merchant webhooks, provider callbacks) is
 * built from these. Only standard WebCrypto is used, so Node runs this module too (the local
 * merchant, `tools/merchant.ts`, verifies webhooks with the gateway's own code).
 */

const encoder = new TextEncoder();

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = "";
  for (const byte of view) out += byte.toString(16).padStart(2, "0");
  return out;
}

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = "";
  for (const byte of view) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export async function sha256(data: string | BufferSource): Promise<ArrayBuffer> {
  return crypto.subtle.digest("SHA-256", typeof data === "string" ? encoder.encode(data) : data);
}

export async function hmacSha256(secret: string, message: string): Promise<ArrayBuffer> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return crypto.subtle.sign("HMAC", key, encoder.encode(message));
}

/**
 * Compares two strings in time that depends only on their lengths: every byte is looked at, and
 * the differences are gathered without a branch. (Workers' `crypto.subtle.timingSafeEqual` does the
 * same, but is not in Node.)
 */
export function safeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  if (left.byteLength !== right.byteLength) return false;
  let difference = 0;
  for (let i = 0; i < left.byteLength; i++) difference |= left[i]! ^ right[i]!;
  return difference === 0;
}
