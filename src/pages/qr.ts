/**
 * The QR code of a pay URL as a self-contained SVG, for desktop pages, so a person can carry the
 * link over to a phone. The `qr` library encodes the symbol (byte mode, error correction level M,
 * the smallest version up to 40 that holds the text) and draws it as one SVG path; this module only
 * frames it: a white square with the quiet zone, a size in pixels, and `role="img"` with the URL as
 * its title. A serialized URL is printable ASCII, so escaping markup is all its title needs.
 */
import encodeQR from "qr";
import { escapeHtml } from "./html";

/** Light modules around the symbol on every side, in modules: the quiet zone the standard asks for. */
const QUIET_ZONE_MODULES = 4;

/** SVG pixels per module when the caller does not say. */
const DEFAULT_SCALE_PX = 4;

/** The library's SVG opens with its viewBox: the side in modules, quiet zone included. */
const LIBRARY_VIEWBOX = /^<svg viewBox="0 0 (\d+) \1"/;

export interface QrSvgOptions {
  /** The width of a module, in SVG pixels (default 4). */
  scalePx?: number;
}

/** The QR code of `url`; the library's own SVG is nested inside a frame of ours, unchanged. */
export function qrSvg(url: URL, { scalePx = DEFAULT_SCALE_PX }: QrSvgOptions = {}): string {
  if (!(scalePx > 0 && Number.isFinite(scalePx))) throw new RangeError(`QR scale must be a positive number of pixels, not ${scalePx}`);
  const symbol = encodeQR(url.href, "svg", { ecc: "medium", border: QUIET_ZONE_MODULES });
  const side = LIBRARY_VIEWBOX.exec(symbol)?.[1];
  if (side === undefined) throw new Error(`The qr library's SVG no longer starts with a square viewBox: ${symbol.slice(0, 80)}`);
  const width = Number(side) * scalePx;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${width}" height="${width}" shape-rendering="crispEdges" role="img"><title>${escapeHtml(url.href)}</title><rect width="${side}" height="${side}" fill="#fff"/>${symbol}</svg>`;
}
