/**
 * The QR encoder checked against the standard from the outside: the function patterns where
 * ISO/IEC 18004 puts them, format and version information that pass their BCH checks, codewords
 * read back out of the matrix that match worked examples and an independent Reed–Solomon
 * division, the mask of least penalty, and an SVG that draws exactly the matrix and nothing else.
 */
import { describe, expect, it } from "vitest";
import { type Ecc, qrMatrix, qrSvg } from "../../../src/pages/qr";

type Matrix = boolean[][];
type Cell = readonly [row: number, col: number];

const PAY_URL = "https://pay.example.com/p/7Hq2xZk9PwR4mB";
const textOfLength = (length: number) => `${PAY_URL}?ref=${"Zk9PwR4mB7Hq2x".repeat(20)}`.slice(0, length);

const dark = (m: Matrix, [r, c]: Cell) => m[r]?.[c] === true;
const versionOf = (m: Matrix) => (m.length - 17) / 4;

// ---- An independent reader, written from the standard's description ----

/** Codewords in all per version 1–10, and the remainder bits left over (ISO/IEC 18004 table 1). */
const TOTAL_CODEWORDS = [26, 44, 70, 100, 134, 172, 196, 242, 292, 346];
const REMAINDER_BITS = [0, 7, 7, 7, 7, 7, 0, 0, 0, 0];

/** Alignment pattern centres per version (annex E). */
const ALIGNMENT: number[][] = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];

/** Error correction block structure (table 9) for the version-level pairs tested: [blocks, data codewords each]. */
const BLOCK_ROWS: Record<string, { ec: number; groups: [number, number][] }> = {
  "1-M": { ec: 10, groups: [[1, 16]] },
  "3-L": { ec: 15, groups: [[1, 55]] },
  "3-H": { ec: 22, groups: [[2, 13]] },
  "5-H": {
    ec: 22,
    groups: [
      [2, 11],
      [2, 12],
    ],
  },
  "8-M": {
    ec: 22,
    groups: [
      [2, 38],
      [2, 39],
    ],
  },
  "8-Q": {
    ec: 22,
    groups: [
      [4, 18],
      [2, 19],
    ],
  },
  "10-L": {
    ec: 18,
    groups: [
      [2, 68],
      [2, 69],
    ],
  },
  "10-H": {
    ec: 28,
    groups: [
      [6, 15],
      [2, 16],
    ],
  },
};

/** Level from the two level bits of the format information. */
const LEVEL_OF_BITS: Record<number, Ecc> = { 1: "L", 0: "M", 3: "Q", 2: "H" };

/** Data mask conditions (table 10), i = row, j = column. */
const MASK_CONDITIONS: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];

/** The two copies of the format information, most significant bit first. */
function formatCells(n: number): { first: Cell[]; second: Cell[] } {
  const first: Cell[] = [
    [8, 0],
    [8, 1],
    [8, 2],
    [8, 3],
    [8, 4],
    [8, 5],
    [8, 7],
    [8, 8],
    [7, 8],
    [5, 8],
    [4, 8],
    [3, 8],
    [2, 8],
    [1, 8],
    [0, 8],
  ];
  const second: Cell[] = [];
  for (let i = 0; i < 7; i++) second.push([n - 1 - i, 8]);
  for (let i = 0; i < 8; i++) second.push([8, n - 8 + i]);
  return { first, second };
}

/** The two copies of the version information, least significant bit first. */
function versionCells(n: number): { lowerLeft: Cell[]; upperRight: Cell[] } {
  const lowerLeft: Cell[] = [],
    upperRight: Cell[] = [];
  for (let i = 0; i < 18; i++) {
    lowerLeft.push([n - 11 + (i % 3), Math.floor(i / 3)]);
    upperRight.push([Math.floor(i / 3), n - 11 + (i % 3)]);
  }
  return { lowerLeft, upperRight };
}

const readBits = (m: Matrix, cells: Cell[]) => cells.reduce((bits, cell) => (bits << 1) | (dark(m, cell) ? 1 : 0), 0);

/** Remainder of a polynomial over GF(2), written as the bits of an integer, divided by `divisor`. */
function gf2Remainder(value: number, divisor: number): number {
  const degree = divisor.toString(2).length - 1;
  for (let bit = 30; bit >= degree; bit--) if (value & (1 << bit)) value ^= divisor << (bit - degree);
  return value;
}

/** Level and mask from format bits, after checking the BCH(15,5) code under its XOR mask. */
function decodeFormat(bits: number): { ecc: Ecc; mask: number } {
  const unmasked = bits ^ 0b101010000010010;
  expect(gf2Remainder(unmasked, 0b10100110111), `format ${bits.toString(2)} fails its BCH check`).toBe(0);
  return { ecc: LEVEL_OF_BITS[unmasked >> 13]!, mask: (unmasked >> 10) & 7 };
}

/** The fifteen format bits the standard gives a level and mask. */
function formatBits(ecc: Ecc, mask: number): number {
  const level = Number(Object.entries(LEVEL_OF_BITS).find(([, e]) => e === ecc)![0]);
  const data = (level << 3) | mask;
  return ((data << 10) | gf2Remainder(data << 10, 0b10100110111)) ^ 0b101010000010010;
}

/** Which modules belong to function patterns (finders, separators, timing, alignment, format, version). */
function functionModules(version: number): boolean[][] {
  const n = 17 + 4 * version;
  const map = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  const rect = (r0: number, c0: number, rows: number, cols: number) => {
    for (let r = r0; r < r0 + rows; r++) for (let c = c0; c < c0 + cols; c++) map[r]![c] = true;
  };
  rect(0, 0, 9, 9); // top-left finder, separator and format
  rect(0, n - 8, 9, 8); // top-right finder, separator and format
  rect(n - 8, 0, 8, 9); // bottom-left finder, separator, dark module and format
  rect(6, 0, 1, n); // timing
  rect(0, 6, n, 1);
  const centres = ALIGNMENT[version - 1]!;
  const inFinder = (r: number, c: number) => (r < 9 || r > n - 9) && (c < 9 || c > n - 9) && !(r > n - 9 && c > n - 9);
  for (const r of centres) for (const c of centres) if (!inFinder(r, c)) rect(r - 2, c - 2, 5, 5);
  if (version >= 7) {
    rect(0, n - 11, 6, 3);
    rect(n - 11, 0, 3, 6);
  }
  return map;
}

/** The data modules in placement order: two-module columns from the right, up, then down, ... */
function placementOrder(version: number): Cell[] {
  const fn = functionModules(version);
  const n = fn.length;
  const order: Cell[] = [];
  let upward = true;
  for (let right = n - 1; right > 0; right -= 2) {
    if (right === 6) right--;
    for (let k = 0; k < n; k++) {
      const r = upward ? n - 1 - k : k;
      if (!fn[r]![right]) order.push([r, right]);
      if (!fn[r]![right - 1]) order.push([r, right - 1]);
    }
    upward = !upward;
  }
  return order;
}

/** Every codeword of the symbol in the order placed, unmasked with the mask its format names. */
function readCodewords(m: Matrix): { codewords: number[]; remainder: boolean[] } {
  const version = versionOf(m);
  const { mask } = decodeFormat(readBits(m, formatCells(m.length).first));
  const bits = placementOrder(version).map(([r, c]) => dark(m, [r, c]) !== MASK_CONDITIONS[mask]!(r, c));
  const codewords: number[] = [];
  for (let i = 0; i < TOTAL_CODEWORDS[version - 1]!; i++)
    codewords.push(bits.slice(i * 8, i * 8 + 8).reduce((b, bit) => (b << 1) | (bit ? 1 : 0), 0));
  return { codewords, remainder: bits.slice(TOTAL_CODEWORDS[version - 1]! * 8) };
}

/** Undoes the interleaving: blocks given as [count, data codewords per block], error codewords per block `ec`. */
function deinterleave(codewords: number[], groups: [number, number][], ec: number): { data: number[]; check: number[] }[] {
  const blocks = groups.flatMap(([count, length]) =>
    Array.from({ length: count }, () => ({ length, data: [] as number[], check: [] as number[] })),
  );
  let i = 0;
  const longest = Math.max(...blocks.map((b) => b.length));
  for (let k = 0; k < longest; k++) for (const b of blocks) if (k < b.length) b.data.push(codewords[i++]!);
  for (let k = 0; k < ec; k++) for (const b of blocks) b.check.push(codewords[i++]!);
  expect(i).toBe(codewords.length);
  return blocks;
}

// ---- Reed–Solomon by plain long division, with carry-less multiplication (no tables) ----

function gfMul(a: number, b: number): number {
  let product = 0;
  for (; b; b >>= 1, a = a & 0x80 ? (a << 1) ^ 0x11d : a << 1) if (b & 1) product ^= a;
  return product;
}

function rsGenerator(n: number): number[] {
  let g = [1];
  for (let i = 0, root = 1; i < n; i++, root = gfMul(root, 2)) {
    // multiply g by (x + root)
    g = [...g, 0].map((coefficient, k) => coefficient ^ (k > 0 ? gfMul(g[k - 1]!, root) : 0));
  }
  return g;
}

function rsCheck(data: number[], n: number): number[] {
  const g = rsGenerator(n);
  const message = [...data, ...new Array<number>(n).fill(0)];
  for (let k = 0; k < data.length; k++) {
    const lead = message[k]!;
    if (!lead) continue;
    g.forEach((coefficient, j) => {
      message[k + j] = message[k + j]! ^ gfMul(coefficient, lead);
    });
  }
  return message.slice(data.length);
}

// ---- Penalty, as the standard's four rules read (light beyond the symbol's edge) ----

function penalty(m: Matrix): number {
  const n = m.length;
  const lines = [
    ...m.map((row) => row.map((d) => (d ? "1" : "0")).join("")),
    ...m.map((_, c) => m.map((row) => (row[c] ? "1" : "0")).join("")),
  ];
  let score = 0;
  for (const line of lines) {
    for (const run of line.match(/0{5,}|1{5,}/g) ?? []) score += 3 + run.length - 5;
    const padded = `0000${line}0000`;
    for (let i = 0; i + 11 <= padded.length; i++) if (["10111010000", "00001011101"].includes(padded.slice(i, i + 11))) score += 40;
  }
  for (let r = 0; r + 1 < n; r++)
    for (let c = 0; c + 1 < n; c++) {
      const cells = [m[r]![c], m[r]![c + 1], m[r + 1]![c], m[r + 1]![c + 1]];
      if (cells.every((d) => d === cells[0])) score += 3;
    }
  const darkPercent = (m.flat().filter(Boolean).length * 100) / (n * n);
  return score + Math.floor(Math.abs(darkPercent - 50) / 5) * 10;
}

/** The same symbol under another mask: data modules re-masked, both format copies redrawn. */
function remask(m: Matrix, from: number, to: number, ecc: Ecc): Matrix {
  const copy = m.map((row) => [...row]);
  for (const [r, c] of placementOrder(versionOf(m)))
    if (MASK_CONDITIONS[from]!(r, c) !== MASK_CONDITIONS[to]!(r, c)) copy[r]![c] = !copy[r]![c];
  const bits = formatBits(ecc, to);
  const { first, second } = formatCells(m.length);
  for (const cells of [first, second]) {
    cells.forEach(([r, c], i) => {
      copy[r]![c] = ((bits >> (14 - i)) & 1) === 1;
    });
  }
  return copy;
}

// ---- The tests ----

describe("the independent reader itself", () => {
  it("has as many data modules as the standard's codeword and remainder bit counts", () => {
    for (let v = 1; v <= 10; v++) expect(placementOrder(v).length).toBe(TOTAL_CODEWORDS[v - 1]! * 8 + REMAINDER_BITS[v - 1]!);
  });

  it("divides like the published worked examples", () => {
    // ISO/IEC 18004 annex A, and the long division in "An artisanal QR code" (PagedOut! #2).
    expect(rsGenerator(10)).toEqual([1, 216, 194, 159, 111, 199, 94, 95, 113, 157, 193]);
    // The 1-M "HELLO WORLD" of Thonky's QR code tutorial.
    expect(rsCheck([32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17], 10)).toEqual([
      196, 35, 39, 119, 235, 215, 231, 226, 93, 23,
    ]);
  });

  it("makes the format codewords of the standard's table", () => {
    expect(formatBits("M", 0)).toBe(0b101010000010010);
    expect(formatBits("L", 0)).toBe(0b111011111000100);
    expect(formatBits("H", 7)).toBe(0b000100000111011);
  });
});

describe("qrMatrix", () => {
  it("makes version 1, 21 modules square, for short text", () => {
    for (const text of ["HELLO", "a", PAY_URL.slice(0, 14)]) {
      const m = qrMatrix(text);
      expect(m).toHaveLength(21);
      for (const row of m) expect(row).toHaveLength(21);
    }
  });

  it("grows by four modules a version as the text gets longer", () => {
    const sizes = [1, 20, 40, 60, 80, 100, 150, 200].map((length) => qrMatrix(textOfLength(length)).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(new Set(sizes).size).toBeGreaterThanOrEqual(6);
    for (const size of sizes) expect((size - 17) % 4).toBe(0);
    expect(qrMatrix(PAY_URL, "L").length).toBeLessThanOrEqual(qrMatrix(PAY_URL, "H").length);
  });

  it("throws a clear error beyond version 10", () => {
    expect(() => qrMatrix(textOfLength(214), "M")).toThrow(/too long.*version 10.*level M.*214 bytes/);
    expect(() => qrMatrix(textOfLength(120), "H")).toThrow(/too long/);
    expect(() => qrMatrix("ø".repeat(136), "L")).toThrow(/272 bytes/); // UTF-8: two bytes each
    expect(qrMatrix(textOfLength(213), "M")).toHaveLength(57);
  });

  describe.each([
    ["a", "M"],
    [PAY_URL, "L"],
    [PAY_URL, "H"],
    [textOfLength(100), "Q"],
    [textOfLength(150), "M"],
    [textOfLength(110), "H"],
    [textOfLength(250), "L"],
    ["Blåbær æøå", "H"],
  ] as const)("for %j at level %s", (text, ecc) => {
    const m = qrMatrix(text, ecc);
    const n = m.length;
    const version = versionOf(m);

    it("has finder patterns with light separators in three corners", () => {
      for (const [r0, c0] of [
        [0, 0],
        [0, n - 7],
        [n - 7, 0],
      ] as Cell[]) {
        for (let r = 0; r < 7; r++)
          for (let c = 0; c < 7; c++) expect(dark(m, [r0 + r, c0 + c])).toBe(Math.max(Math.abs(r - 3), Math.abs(c - 3)) !== 2);
        for (let k = -1; k <= 7; k++) {
          // the separator ring just outside the finder, where it is inside the symbol
          for (const cell of [
            [r0 - 1, c0 + k],
            [r0 + 7, c0 + k],
            [r0 + k, c0 - 1],
            [r0 + k, c0 + 7],
          ] as Cell[])
            if (cell[0] >= 0 && cell[0] < n && cell[1] >= 0 && cell[1] < n) expect(dark(m, cell)).toBe(false);
        }
      }
    });

    it("has alternating timing patterns between the finders", () => {
      for (let i = 8; i < n - 8; i++) {
        expect(dark(m, [6, i])).toBe(i % 2 === 0);
        expect(dark(m, [i, 6])).toBe(i % 2 === 0);
      }
    });

    it("has the dark module", () => {
      expect(dark(m, [n - 8, 8])).toBe(true);
    });

    it("has alignment patterns at the standard's centres", () => {
      const centres = ALIGNMENT[version - 1]!;
      let count = 0;
      for (const r of centres)
        for (const c of centres) {
          if ((r < 9 && c < 9) || (r < 9 && c > n - 9) || (r > n - 9 && c < 9)) continue;
          count++;
          for (let dr = -2; dr <= 2; dr++)
            for (let dc = -2; dc <= 2; dc++) expect(dark(m, [r + dr, c + dc])).toBe(Math.max(Math.abs(dr), Math.abs(dc)) !== 1);
        }
      expect(count).toBe(version === 1 ? 0 : version < 7 ? 1 : 6);
    });

    it("carries two agreeing copies of valid format information naming the level", () => {
      const { first, second } = formatCells(n);
      expect(readBits(m, second)).toBe(readBits(m, first));
      expect(decodeFormat(readBits(m, first)).ecc).toBe(ecc);
    });

    it("carries version information from version 7 on", () => {
      if (version < 7) return;
      const { lowerLeft, upperRight } = versionCells(n);
      const lsbFirst = (cells: Cell[]) => cells.reduce((bits, cell, i) => bits | ((dark(m, cell) ? 1 : 0) << i), 0);
      const bits = lsbFirst(lowerLeft);
      expect(lsbFirst(upperRight)).toBe(bits);
      expect(bits >> 12).toBe(version);
      expect(gf2Remainder(bits, 0b1111100100101)).toBe(0);
      expect(bits).toBe([0x07c94, 0x085bc, 0x09a99, 0x0a4d3][version - 7]); // annex D
    });

    it("holds the text in byte mode, each block with its Reed–Solomon check codewords", () => {
      const { codewords, remainder } = readCodewords(m);
      expect(remainder.every((bit) => !bit)).toBe(true);
      const row = BLOCK_ROWS[`${version}-${ecc}`];
      if (!row) throw new Error(`no block row written down for ${version}-${ecc}`);
      const blocks = deinterleave(codewords, row.groups, row.ec);
      for (const block of blocks) expect(block.check).toEqual(rsCheck(block.data, row.ec));
      // Mode 0100, the count (8 bits, 16 from version 10), the bytes, terminator, pad bytes 0xEC 0x11.
      const data = blocks.flatMap((b) => b.data);
      const bits: number[] = [];
      const put = (value: number, length: number) => {
        for (let i = length - 1; i >= 0; i--) bits.push((value >> i) & 1);
      };
      const bytes = new TextEncoder().encode(text);
      put(0b0100, 4);
      put(bytes.length, version < 10 ? 8 : 16);
      for (const byte of bytes) put(byte, 8);
      put(0, Math.min(4, data.length * 8 - bits.length));
      while (bits.length % 8) bits.push(0);
      const expected: number[] = [];
      for (let i = 0; i < bits.length; i += 8) expected.push(bits.slice(i, i + 8).reduce((b, bit) => (b << 1) | bit, 0));
      for (let pad = 0xec; expected.length < data.length; pad ^= 0xec ^ 0x11) expected.push(pad);
      expect(data).toEqual(expected);
    });

    it("uses the mask of least penalty", () => {
      const { mask } = decodeFormat(readBits(m, formatCells(n).first));
      const scores = MASK_CONDITIONS.map((_, to) => penalty(remask(m, mask, to, ecc)));
      expect(scores.indexOf(Math.min(...scores))).toBe(mask);
      expect(remask(m, mask, mask, ecc)).toEqual(m);
    });
  });

  it("matches the worked byte-mode example codeword for codeword", () => {
    // "PagedOut!" at 1-M, from "An artisanal QR code" (PagedOut! #2): its 16 data codewords.
    const m = qrMatrix("PagedOut!", "M");
    const { codewords } = readCodewords(m);
    const data = [64, 149, 6, 22, 118, 86, 68, 247, 87, 66, 16, 236, 17, 236, 17, 236];
    expect(codewords.slice(0, 16)).toEqual(data);
    expect(codewords.slice(16)).toEqual(rsCheck(data, 10));
    expect(decodeFormat(readBits(m, formatCells(21).first))).toEqual({ ecc: "M", mask: expect.any(Number) });
  });

  it("is deterministic", () => {
    expect(qrMatrix(PAY_URL)).toEqual(qrMatrix(PAY_URL));
  });
});

describe("qrSvg", () => {
  const svg = qrSvg(PAY_URL);
  const m = qrMatrix(PAY_URL);
  const side = m.length + 8;

  it("is one small, self-contained SVG element", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^<>]*>.*<\/svg>$/s);
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`aria-label="${PAY_URL}"`);
    expect(svg).toContain(`width="${side * 4}" height="${side * 4}"`);
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).toMatch(/<rect width="\d+" height="\d+" fill="#fff"\/>/);
    expect(svg).not.toMatch(/script|href|url\(|<image|<foreignObject|<style|\bon\w+=/i);
    expect(svg.length).toBeLessThan(4000);
  });

  it("draws exactly the matrix, inside a quiet zone of four modules", () => {
    const d = /<path fill="#000" d="([^"]*)"\/>/.exec(svg)![1]!;
    const drawn = Array.from({ length: side }, () => new Array<boolean>(side).fill(false));
    let consumed = 0;
    for (const [run, x, y, w, back] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
      expect(back).toBe(w);
      for (let c = Number(x); c < Number(x) + Number(w); c++) {
        expect(drawn[Number(y)]![c]).toBe(false);
        drawn[Number(y)]![c] = true;
      }
      consumed += run.length;
    }
    expect(consumed).toBe(d.length);
    const padded = Array.from({ length: side }, (_, r) => Array.from({ length: side }, (_, c) => m[r - 4]?.[c - 4] === true));
    expect(drawn).toEqual(padded);
  });

  it("escapes the label and keeps characters XML cannot carry out of it", () => {
    const nasty = `https://x.example/?a=1&b="><script>alert('x')</script>\u0001`;
    const out = qrSvg(nasty, { ecc: "L", scale: 2 });
    const label = /aria-label="([^"]*)"/.exec(out)![1]!;
    expect(label).toBe("https://x.example/?a=1&amp;b=&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\ufffd");
    expect(out).not.toContain("<script");
    expect(out.replace(label, "")).not.toMatch(/x\.example|alert/);
  });

  it("honours level and scale, and refuses a scale that is no size", () => {
    expect(qrSvg(PAY_URL, { ecc: "H", scale: 10 })).toContain(`viewBox="0 0 ${qrMatrix(PAY_URL, "H").length + 8} `);
    expect(qrSvg("a", { scale: 10 })).toContain('width="290" height="290"');
    for (const scale of [0, -1, NaN, Infinity]) expect(() => qrSvg("a", { scale })).toThrow(/scale/);
  });
});
