/**
 * QR codes for desktop pages, so a person can carry the pay URL over to their phone: an encoder
 * written from the description of ISO/IEC 18004 (byte mode holding UTF-8, versions 1–10, every
 * error correction level, the mask of least penalty) and a compact SVG rendering of its matrix.
 * Pure and without dependencies; an encode of a 50-character URL takes a fraction of a millisecond.
 */

export type Ecc = "L" | "M" | "Q" | "H";

/** The largest version made: 57×57 modules, room for 213 bytes at level M (119 at H). */
const MAX_VERSION = 10;

/** Light modules around the symbol on every side, in modules: the quiet zone the standard asks for. */
const QUIET_ZONE = 4;

/** SVG pixels per module when the caller does not say. */
const DEFAULT_SCALE = 4;

/** Codewords (bytes) a symbol holds in all, data and error correction, for versions 1–10. */
const TOTAL_CODEWORDS = [26, 44, 70, 100, 134, 172, 196, 242, 292, 346];

/** Per level, for versions 1–10: [error correction codewords per block, number of blocks]. */
const BLOCKS: Record<Ecc, readonly (readonly [number, number])[]> = {
  L: [
    [7, 1],
    [10, 1],
    [15, 1],
    [20, 1],
    [26, 1],
    [18, 2],
    [20, 2],
    [24, 2],
    [30, 2],
    [18, 4],
  ],
  M: [
    [10, 1],
    [16, 1],
    [26, 1],
    [18, 2],
    [24, 2],
    [16, 4],
    [18, 4],
    [22, 4],
    [22, 5],
    [26, 5],
  ],
  Q: [
    [13, 1],
    [22, 1],
    [18, 2],
    [26, 2],
    [18, 4],
    [24, 4],
    [18, 6],
    [22, 6],
    [20, 8],
    [24, 8],
  ],
  H: [
    [17, 1],
    [28, 1],
    [22, 2],
    [16, 4],
    [22, 4],
    [28, 4],
    [26, 5],
    [26, 6],
    [24, 8],
    [28, 8],
  ],
};

/** The two bits that name each level in the format information. */
const ECC_BITS: Record<Ecc, number> = { L: 1, M: 0, Q: 3, H: 2 };

/** Row and column of the alignment pattern centres, for versions 1–10 (version 1 has none). */
const ALIGNMENT = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];

/** The eight data masks: a module at row `r`, column `c` is inverted where the mask is true. */
const MASKS: readonly ((r: number, c: number) => boolean)[] = [
  (r, c) => (r + c) % 2 === 0,
  (r) => r % 2 === 0,
  (_, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r + c) % 2) + ((r * c) % 3)) % 2 === 0,
];

// GF(256) with the field polynomial x^8 + x^4 + x^3 + x^2 + 1: powers of α and their logarithms.
const EXP = new Uint8Array(510);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++, x = x & 0x80 ? (x << 1) ^ 0x11d : x << 1) {
  EXP[i] = EXP[i + 255] = x;
  LOG[x] = i;
}

const mul = (a: number, b: number): number => (a && b ? EXP[LOG[a]! + LOG[b]!]! : 0);

const generators = new Map<number, number[]>();

/** The generator polynomial (x − α^0)(x − α^1)…(x − α^(n−1)), highest power first. */
function generator(n: number): number[] {
  let poly = generators.get(n);
  if (!poly) {
    poly = [1];
    for (let i = 0; i < n; i++) {
      const next: number[] = new Array<number>(poly.length + 1).fill(0);
      poly.forEach((coefficient, k) => {
        next[k]! ^= coefficient;
        next[k + 1]! ^= mul(coefficient, EXP[i]!);
      });
      poly = next;
    }
    generators.set(n, poly);
  }
  return poly;
}

/** The Reed–Solomon check codewords of `data`: the remainder of data·x^n divided by the generator. */
function reedSolomon(data: Uint8Array, n: number): Uint8Array {
  const gen = generator(n);
  const rem = new Uint8Array(n);
  for (const byte of data) {
    const factor = byte ^ rem[0]!;
    rem.copyWithin(0, 1);
    rem[n - 1] = 0;
    for (let i = 0; i < n; i++) rem[i]! ^= mul(gen[i + 1]!, factor);
  }
  return rem;
}

/** `value` followed by the remainder of value·x^(degree of `poly`) divided by `poly` over GF(2): a BCH codeword. */
function bch(value: number, poly: number): number {
  const degree = 31 - Math.clz32(poly);
  let rem = value << degree;
  for (let bit = 31 - Math.clz32(rem); bit >= degree; bit--) if ((rem >>> bit) & 1) rem ^= poly << (bit - degree);
  return (value << degree) | rem;
}

/** The data codewords: byte mode, the count, the bytes, a terminator and the pad bytes 0xEC 0x11. */
function dataCodewords(bytes: Uint8Array, version: number, capacity: number): Uint8Array {
  const out = new Uint8Array(capacity);
  let at = 0;
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--, at++) if ((value >>> i) & 1) out[at >>> 3]! |= 0x80 >>> (at & 7);
  };
  put(0b0100, 4);
  put(bytes.length, version < 10 ? 8 : 16);
  for (const byte of bytes) put(byte, 8);
  at += Math.min(4, capacity * 8 - at); // the terminator, then zeros to the byte boundary
  for (let i = Math.ceil(at / 8), pad = 0xec; i < capacity; i++, pad ^= 0xec ^ 0x11) out[i] = pad;
  return out;
}

/** A square of modules kept row by row, with a second layer marking function patterns. */
class Grid {
  readonly dark: Uint8Array;
  readonly fixed: Uint8Array;
  constructor(readonly size: number) {
    this.dark = new Uint8Array(size * size);
    this.fixed = new Uint8Array(size * size);
  }
  set(row: number, col: number, dark: boolean): void {
    this.dark[row * this.size + col] = dark ? 1 : 0;
    this.fixed[row * this.size + col] = 1;
  }
  /** A pattern of concentric squares around (row, col): `ring(distance)` tells which are dark. */
  square(row: number, col: number, radius: number, ring: (distance: number) => boolean): void {
    for (let dr = -radius; dr <= radius; dr++)
      for (let dc = -radius; dc <= radius; dc++) {
        const r = row + dr,
          c = col + dc;
        if (r >= 0 && r < this.size && c >= 0 && c < this.size) this.set(r, c, ring(Math.max(Math.abs(dr), Math.abs(dc))));
      }
  }
  /** Both copies of the 15 format bits (level and mask, BCH protected, XOR 0x5412), and the dark module. */
  format(ecc: Ecc, mask: number): void {
    const bits = bch((ECC_BITS[ecc] << 3) | mask, 0x537) ^ 0x5412;
    const n = this.size;
    for (let i = 0; i < 15; i++) {
      const on = ((bits >>> i) & 1) === 1;
      // Bit 0 first. Around the top-left finder: down column 8, then left along row 8, skipping timing.
      if (i < 8) this.set(i < 6 ? i : i + 1, 8, on);
      else this.set(8, i < 9 ? 15 - i : 14 - i, on);
      // The second copy: along row 8 under the top-right finder, then down column 8 by the bottom-left one.
      if (i < 8) this.set(8, n - 1 - i, on);
      else this.set(n - 15 + i, 8, on);
    }
    this.set(n - 8, 8, true); // the dark module, always dark
  }
}

/**
 * Penalty of one row or column (rules 1 and 3): long runs, and finder-like 1:1:3:1:1 patterns.
 * `line` holds the `size` modules and then a quiet zone of light ones.
 */
function linePenalty(line: Uint8Array, size: number): number {
  let score = 0;
  for (let i = 0, run = 0; i < size; i++) {
    run = i > 0 && line[i] === line[i - 1] ? run + 1 : 1;
    if (run === 5) score += 3;
    else if (run > 5) score += 1;
  }
  // Slide an 11-module window over the line, light beyond its ends (the quiet zone).
  for (let i = 0, window = 0; i < size + QUIET_ZONE; i++) {
    window = ((window << 1) | line[i]!) & 0x7ff;
    if (window === 0b10111010000 || window === 0b00001011101) score += 40;
  }
  return score;
}

/** The penalty of a finished symbol under the standard's four rules; the lowest wins. */
function penalty({ dark, size }: Grid): number {
  let score = 0;
  const row = new Uint8Array(size + QUIET_ZONE),
    col = new Uint8Array(size + QUIET_ZONE);
  let darkCount = 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      row[j] = dark[i * size + j]!;
      col[j] = dark[j * size + i]!;
      darkCount += row[j]!;
      const k = i * size + j;
      if (i < size - 1 && j < size - 1 && dark[k] === dark[k + 1] && dark[k] === dark[k + size] && dark[k] === dark[k + size + 1])
        score += 3;
    }
    score += linePenalty(row, size) + linePenalty(col, size);
  }
  return score + Math.floor(Math.abs((darkCount * 100) / (size * size) - 50) / 5) * 10;
}

/**
 * The modules of a QR code holding `text` as UTF-8, true for dark, `[row][column]`, without the
 * quiet zone. Uses the smallest version from 1 to 10 that holds the text, and throws beyond.
 */
export function qrMatrix(text: string, ecc: Ecc = "M"): boolean[][] {
  const bytes = new TextEncoder().encode(text);
  let version = 1;
  const capacity = (v: number) => TOTAL_CODEWORDS[v - 1]! - BLOCKS[ecc][v - 1]![0] * BLOCKS[ecc][v - 1]![1];
  while (4 + (version < 10 ? 8 : 16) + 8 * bytes.length > 8 * capacity(version)) {
    if (++version > MAX_VERSION)
      throw new Error(`Text too long for a QR code of version ${MAX_VERSION} at level ${ecc}: ${bytes.length} bytes of UTF-8`);
  }

  // Split the data into blocks (the later ones one codeword longer), protect each, then interleave.
  const data = dataCodewords(bytes, version, capacity(version));
  const [ecLength, blockCount] = BLOCKS[ecc][version - 1]!;
  const total = TOTAL_CODEWORDS[version - 1]!;
  const shortLength = Math.floor(total / blockCount) - ecLength;
  const firstLong = blockCount - (total % blockCount);
  const blocks: Uint8Array[] = [];
  for (let b = 0, start = 0; b < blockCount; b++) {
    const length = shortLength + (b >= firstLong ? 1 : 0);
    blocks.push(data.subarray(start, start + length));
    start += length;
  }
  const checks = blocks.map((block) => reedSolomon(block, ecLength));
  const codewords: number[] = [];
  for (let i = 0; i <= shortLength; i++) for (const block of blocks) if (i < block.length) codewords.push(block[i]!);
  for (let i = 0; i < ecLength; i++) for (const check of checks) codewords.push(check[i]!);

  // Function patterns: timing lines, then finders with their separators, alignment, format and version.
  const size = 17 + 4 * version;
  const base = new Grid(size);
  for (let i = 0; i < size; i++) {
    base.set(6, i, i % 2 === 0);
    base.set(i, 6, i % 2 === 0);
  }
  for (const [r, c] of [
    [3, 3],
    [3, size - 4],
    [size - 4, 3],
  ] as const)
    base.square(r, c, 4, (d) => d !== 2 && d !== 4);
  const centres = ALIGNMENT[version - 1]!;
  for (const r of centres)
    for (const c of centres)
      if (!((r === 6 && c === 6) || (r === 6 && c === size - 7) || (r === size - 7 && c === 6))) base.square(r, c, 2, (d) => d !== 1);
  base.format(ecc, 0); // reserves the format modules; drawn again for each mask
  if (version >= 7) {
    const bits = bch(version, 0x1f25);
    for (let i = 0; i < 18; i++) {
      const on = ((bits >>> i) & 1) === 1;
      base.set(size - 11 + (i % 3), Math.floor(i / 3), on); // above the bottom-left finder
      base.set(Math.floor(i / 3), size - 11 + (i % 3), on); // left of the top-right finder
    }
  }

  // Codeword bits, most significant first, go up and down two-module columns from the right.
  const free: number[] = [];
  for (let right = size - 1, pair = 0; right >= 1; right -= 2, pair++) {
    if (right === 6) right = 5; // the vertical timing line is no column of data
    const upward = pair % 2 === 0;
    for (let step = 0; step < size; step++) {
      const row = upward ? size - 1 - step : step;
      for (const col of [right, right - 1]) if (!base.fixed[row * size + col]) free.push(row * size + col);
    }
  }
  free.forEach((index, bit) => {
    const byte = codewords[bit >>> 3];
    if (byte !== undefined) base.dark[index] = (byte >>> (7 - (bit & 7))) & 1; // leftover modules stay light
  });

  let best: Grid | undefined;
  let bestScore = Infinity;
  MASKS.forEach((inverts, mask) => {
    const symbol = new Grid(size);
    symbol.dark.set(base.dark);
    symbol.fixed.set(base.fixed);
    for (const index of free) if (inverts(Math.floor(index / size), index % size)) symbol.dark[index]! ^= 1;
    symbol.format(ecc, mask);
    const score = penalty(symbol);
    if (score < bestScore) {
      best = symbol;
      bestScore = score;
    }
  });
  const { dark } = best!;
  return Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => dark[r * size + c] === 1));
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** The characters XML 1.0 forbids: C0 controls but tab and newlines, U+FFFE/U+FFFF, lone surrogates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the forbidden control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;

/** Text fit for an XML attribute: markup escaped, and characters XML forbids replaced by U+FFFD. */
function escapeAttribute(text: string): string {
  return text.replace(NOT_XML, "\ufffd").replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * The QR code of `text` as a self-contained SVG: a white square with the quiet zone, and one path
 * of dark horizontal runs. `scale` is the width of a module in pixels. The text appears only in
 * the escaped `aria-label`.
 */
export function qrSvg(text: string, options: { ecc?: Ecc; scale?: number } = {}): string {
  const scale = options.scale ?? DEFAULT_SCALE;
  if (!(scale > 0 && Number.isFinite(scale))) throw new Error(`QR scale must be a positive number of pixels, not ${scale}`);
  const matrix = qrMatrix(text, options.ecc);
  const side = matrix.length + 2 * QUIET_ZONE;
  let d = "";
  matrix.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (!row[c]) continue;
      const start = c;
      while (row[c + 1]) c++;
      d += `M${start + QUIET_ZONE} ${r + QUIET_ZONE}h${c + 1 - start}v1h-${c + 1 - start}z`;
    }
  });
  const width = side * scale;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${width}" height="${width}" shape-rendering="crispEdges" role="img" aria-label="${escapeAttribute(text)}"><rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${d}"/></svg>`;
}
