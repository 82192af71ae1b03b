/**
 * The QR code of a link as a self-contained SVG, in one of two sizes: for a screen (a desktop page
 * shows it so a person can carry the link over to a phone) and for print (a poster, a menu, an
 * invoice). The `qr` library encodes the symbol (byte mode, the smallest version up to 40 that holds
 * the text) and draws it as one SVG path; this module frames it: a white square with the quiet zone
 * the standard asks for, a size (pixels on a screen, millimetres on paper), `role="img"` with the
 * URL as its title, and an optional caption under the quiet zone (who is paid, and how much). A
 * serialized URL is printable ASCII, so escaping markup is all its title needs.
 */
import encodeQR from "qr";
import { escapeHtml } from "./html";

/** Light modules around the symbol on every side, in modules: the quiet zone the standard asks for. */
export const QUIET_ZONE_MODULES = 4;

/** SVG pixels per module on a screen. */
const SCREEN_MODULE_PX = 4;

/** The printed width of the code, quiet zone included, in millimetres. */
export const PRINT_WIDTH_MM = 40;

/**
 * Each size's error correction level and width. A screen is clean: level M keeps the symbol small.
 * Paper gets scuffed, folded and stained: level Q restores up to a quarter of the symbol, for one
 * version more than M on a typical link (33 modules instead of 29).
 */
const SIZES = {
  screen: { ecc: "medium", width: (sideModules: number) => ({ value: sideModules * SCREEN_MODULE_PX, unit: "" }) },
  print: { ecc: "quartile", width: () => ({ value: PRINT_WIDTH_MM, unit: "mm" }) },
} as const;

export type QrSize = keyof typeof SIZES;

/** What a printed code says under it: who is paid (a merchant's name) and, when fixed, how much. */
export interface QrCaption {
  title: string;
  amount?: string;
}

export interface QrSvgOptions {
  /** `screen` (default): 4 px a module, level M; `print`: 40 mm wide, level Q. */
  size?: QrSize;
  /** Lines under the code, outside its quiet zone; none by default. */
  caption?: QrCaption;
}

/** The caption's font size, as a share of the code's side (quiet zone included): 2.8 mm (8 pt) on a 40 mm code. */
const CAPTION_FONT_SHARE = 0.07;
/** The distance between the caption's baselines, in font sizes. */
const CAPTION_LINE_EMS = 1.3;
/** White below the last line, in font sizes. */
const CAPTION_BOTTOM_EMS = 0.6;
/**
 * White between the quiet zone and the caption, in modules. With it, and in the regular weight, the
 * caption's letters are not taken for a finder pattern: drawn at each width from 110 to 400 px, a
 * captioned code of a typical link was missed by jsQR at 14 to 23 of the 291 widths with a bold title
 * right under the quiet zone, and at none with both (test/node/qr-decode.test.ts reads it).
 */
const CAPTION_GAP_MODULES = QUIET_ZONE_MODULES / 2;
/** The caption's margin on the left and on the right, in modules: half the quiet zone. */
const CAPTION_SIDE_MODULES = QUIET_ZONE_MODULES / 2;
/** How far a line too long for the width may shrink before it is cut with an ellipsis: to 70% of the font size (5.6 pt on a 40 mm code). */
const MIN_LINE_SCALE = 0.7;
const ELLIPSIS = "…";

/** The library's SVG opens with its viewBox: the side in modules, quiet zone included. */
const LIBRARY_VIEWBOX = /^<svg viewBox="0 0 (\d+) \1"/;

/** Whether XML allows `char` (one code point) in text: not a C0 control, DEL, a lone surrogate or U+FFFE/F. */
function isXmlChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x20 && code !== 0x7f && !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
}

/** The QR code of `url`; the library's own SVG is nested inside a frame of ours, unchanged. */
export function qrSvg(url: URL, { size = "screen", caption }: QrSvgOptions = {}): string {
  const { ecc, width } = SIZES[size];
  const symbol = encodeQR(url.href, "svg", { ecc, border: QUIET_ZONE_MODULES });
  const sideText = LIBRARY_VIEWBOX.exec(symbol)?.[1];
  if (sideText === undefined) throw new Error(`The qr library's SVG no longer starts with a square viewBox: ${symbol.slice(0, 80)}`);
  const side = Number(sideText);
  const lines = caption ? captionLines(caption, side) : null;
  const height = side + (lines?.height ?? 0);
  const w = width(side);
  const heightValue = round((w.value * height) / side);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${height}" width="${w.value}${w.unit}" height="${heightValue}${w.unit}" shape-rendering="crispEdges" role="img"><title>${escapeHtml(url.href)}</title><rect width="${side}" height="${height}" fill="#fff"/>${symbol}${lines?.svg ?? ""}</svg>`;
}

/** A number with at most 3 decimals, as SVG attributes take it. */
const round = (value: number) => Math.round(value * 1000) / 1000;

/** The caption under a code of `side` modules: its SVG text, centred, and the height it adds, in modules. */
function captionLines(caption: QrCaption, side: number): { svg: string; height: number } {
  const fontSize = side * CAPTION_FONT_SHARE;
  const widthEms = (side - 2 * CAPTION_SIDE_MODULES) / fontSize;
  const texts = caption.amount === undefined ? [caption.title] : [caption.title, caption.amount];
  const top = side + CAPTION_GAP_MODULES;
  const svg = texts
    .map((text, i) => {
      const line = fitLine(cleanText(text), widthEms);
      const baseline = top + (i + 1) * CAPTION_LINE_EMS * fontSize - ((CAPTION_LINE_EMS - 1) / 2 + 0.2) * fontSize;
      return `<text x="${round(side / 2)}" y="${round(baseline)}" font-size="${round(fontSize * line.scale)}">${escapeHtml(line.text)}</text>`;
    })
    .join("");
  const height = round(CAPTION_GAP_MODULES + (texts.length * CAPTION_LINE_EMS + CAPTION_BOTTOM_EMS) * fontSize);
  return { svg: `<g font-family="sans-serif" text-anchor="middle" fill="#000">${svg}</g>`, height };
}

/** `text` as one line: what XML cannot hold (controls, line ends) as spaces, runs of spaces as one, trimmed; no-break spaces stay. */
export function cleanText(text: string): string {
  return Array.from(text, (char) => (isXmlChar(char) ? char : " "))
    .join("")
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * How `text` fits a line `widthEms` wide: shrunk as far as `MIN_LINE_SCALE`, and if it is still too
 * wide, cut at a character (a grapheme, never inside one) with an ellipsis so that it fits.
 */
export function fitLine(text: string, widthEms: number): { text: string; scale: number } {
  const width = textWidthEms(text);
  if (width <= widthEms) return { text, scale: 1 };
  if (width * MIN_LINE_SCALE <= widthEms) return { text, scale: widthEms / width };
  const room = widthEms / MIN_LINE_SCALE - textWidthEms(ELLIPSIS);
  let kept = "";
  let used = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) {
    used += textWidthEms(segment);
    if (used > room) break;
    kept += segment;
  }
  return { text: `${kept.trimEnd()}${ELLIPSIS}`, scale: MIN_LINE_SCALE };
}

/**
 * An estimate of `text`'s width in a sans-serif font, in ems, on the wide side of the common ones
 * (DejaVu Sans, Liberation Sans and Arial, Helvetica, Segoe UI, Roboto): a Worker has no fonts to
 * measure with, and a caption must never run past the code's edges.
 */
export function textWidthEms(text: string): number {
  let width = 0;
  for (const char of text) width += charWidthEms(char);
  return width;
}

function charWidthEms(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x1f000) return 1.3; // emoji and pictographs
  if (code >= 0x1100 && /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char))
    return 1.05; // wide East Asian
  if (/[\u0300-\u036f\u200b-\u200f]/.test(char)) return 0; // combining marks, zero-width
  if (/[ .,:;'!|iIjlft()[\]]/.test(char)) return 0.45;
  if (/[MWmw@%ÆŒæœ…]/.test(char)) return 1.05;
  if (/[A-Z\u00c0-\u00de]/.test(char)) return 0.8;
  return 0.68;
}
