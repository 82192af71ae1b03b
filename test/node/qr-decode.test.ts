/**
 * The QR encoder read back by an independent decoder: each matrix is drawn as a bitmap with its
 * quiet zone and handed to jsQR, which has to find it, read the format and version information,
 * correct nothing and return the exact text (and bytes) that went in.
 */
import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { type Ecc, qrMatrix } from "../../src/pages/qr.ts";

/** Pixels per module in the bitmap, and the quiet zone around the symbol in modules. */
const PIXELS = 8;
const QUIET = 4;

/** Bytes of byte-mode data each version holds, versions 1–10 (the capacity table of ISO/IEC 18004). */
const CAPACITY: Record<Ecc, number[]> = {
  L: [17, 32, 53, 78, 106, 134, 154, 192, 230, 271],
  M: [14, 26, 42, 62, 84, 106, 122, 152, 180, 213],
  Q: [11, 20, 32, 46, 60, 74, 86, 108, 130, 151],
  H: [7, 14, 24, 34, 44, 58, 64, 84, 98, 119],
};

const LEVELS: Ecc[] = ["L", "M", "Q", "H"];
const PAY_URL = "https://pay.example.com/p/7Hq2xZk9PwR4mB";

/** ASCII text of exactly `length` characters that looks like a pay URL. */
const textOfLength = (length: number) => `${PAY_URL}?ref=${"Zk9PwR4mB7Hq2x".repeat(20)}`.slice(0, length);

function decode(matrix: boolean[][]) {
  const side = (matrix.length + 2 * QUIET) * PIXELS;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  matrix.forEach((row, r) => {
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < PIXELS; y++)
        for (let x = 0; x < PIXELS; x++) {
          const at = (((r + QUIET) * PIXELS + y) * side + (c + QUIET) * PIXELS + x) * 4;
          rgba.fill(0, at, at + 3);
        }
    });
  });
  return jsQR(rgba, side, side, { inversionAttempts: "dontInvert" });
}

function expectRoundTrip(text: string, ecc: Ecc, version?: number) {
  const matrix = qrMatrix(text, ecc);
  if (version !== undefined) expect(matrix.length).toBe(17 + 4 * version);
  const result = decode(matrix);
  expect(result, `jsQR found no code for ${JSON.stringify(text)} at ${ecc}`).not.toBeNull();
  expect(result!.version).toBe((matrix.length - 17) / 4);
  expect(result!.data).toBe(text);
  expect(result!.binaryData).toEqual([...new TextEncoder().encode(text)]);
}

describe("jsQR reads back what qrMatrix encodes", () => {
  const samples = {
    "one character": "a",
    "a pay URL": PAY_URL,
    "a 100-character URL": textOfLength(100),
    "UTF-8 text": "Betal 299,90 kr til Blåbær & Sønn – ÆØÅ æøå",
  };

  for (const ecc of LEVELS) {
    describe(`at level ${ecc}`, () => {
      it.each(Object.entries(samples))("%s", (_, text) => {
        expectRoundTrip(text, ecc);
      });

      it.each(CAPACITY[ecc].map((bytes, i) => [i + 1, bytes] as const))("version %i, full with %i bytes", (version, bytes) => {
        expectRoundTrip(textOfLength(bytes), ecc, version);
        if (version < 10) expectRoundTrip(textOfLength(bytes + 1), ecc, version + 1);
        else expect(() => qrMatrix(textOfLength(bytes + 1), ecc)).toThrow(/too long/);
      });
    });
  }
});

describe("qrMatrix speed", () => {
  it("encodes a 50-character URL in well under the few milliseconds a request can spare", () => {
    const url = `${PAY_URL}?ref=abcd`;
    for (let i = 0; i < 50; i++) qrMatrix(`${url}${i}`); // warm up
    const runs = 200;
    const started = performance.now();
    for (let i = 0; i < runs; i++) qrMatrix(`${url.slice(0, -3)}${String(i).padStart(3, "0")}`);
    // Typically about 0.5 ms in Node; the bound is loose so a busy machine does not fail it.
    expect((performance.now() - started) / runs).toBeLessThan(5);
  });
});
