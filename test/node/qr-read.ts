/**
 * Reading a QR code back as a phone would: an SVG drawn by Chromium (at its own size, or at a print
 * size, and as a camera sees paper), and its pixels handed to two readers, jsQR and the qr library's
 * own, which must both return the exact URL.
 */
import jsQR from "jsqr";
import type { Page } from "playwright-core";
import decodeQR from "qr/decode.js";
import { expect } from "vitest";

/** How a test draws an SVG: a width in pixels (its own size if absent), and what a camera adds. */
export interface Drawing {
  widthPx?: number;
  /** A Gaussian blur, in pixels. */
  blurPx?: number;
  /** A turn, clockwise, in degrees. */
  rotateDeg?: number;
  /** Noise added to each colour of each pixel, up to this much either way, of 255. */
  noise?: number;
}

/** Pixels of white around the drawing, as a share of its width, so that a turned code keeps its corners. */
const MARGIN_SHARE = 0.15;

/** The SVG drawn by Chromium in `page` on white, as `drawing` says, as RGBA pixels. */
async function draw(page: Page, svg: string, drawing: Drawing = {}): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const drawn = await page.evaluate(
    async ({ source, drawing, marginShare }) => {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
      await image.decode();
      const width = drawing.widthPx ?? image.width;
      const height = Math.round((width * image.height) / image.width);
      const margin = drawing.rotateDeg || drawing.blurPx ? Math.round(width * marginShare) : 0;
      const canvas = new OffscreenCanvas(width + 2 * margin, height + 2 * margin);
      const context = canvas.getContext("2d")!;
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      if (drawing.blurPx) context.filter = `blur(${drawing.blurPx}px)`;
      context.translate(canvas.width / 2, canvas.height / 2);
      context.rotate(((drawing.rotateDeg ?? 0) * Math.PI) / 180);
      context.drawImage(image, -width / 2, -height / 2, width, height);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let binary = "";
      for (const byte of data) binary += String.fromCharCode(byte);
      return { width: canvas.width, height: canvas.height, base64: btoa(binary) };
    },
    { source: svg, drawing, marginShare: MARGIN_SHARE },
  );
  const data = new Uint8ClampedArray(Buffer.from(drawn.base64, "base64"));
  if (drawing.noise) addNoise(data, drawing.noise);
  return { width: drawn.width, height: drawn.height, data };
}

/** Adds the same pseudo-random noise on every run (a linear congruential generator), up to `amount` either way. */
function addNoise(data: Uint8ClampedArray, amount: number): void {
  let state = 17;
  for (let i = 0; i < data.length; i += 1) {
    if (i % 4 === 3) continue;
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    data[i] = (data[i] ?? 0) + Math.round(((state / 2 ** 31) * 2 - 1) * amount);
  }
}

/** The URL read back by both readers from `svg` as Chromium draws it in `page`. */
export async function expectReads(page: Page, svg: string, payUrl: string, drawing: Drawing = {}): Promise<void> {
  const pixels = await draw(page, svg, drawing);
  expect(pixels.width).toBeGreaterThan(0);
  const read = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: "dontInvert" });
  expect(read, `jsQR found no code for ${payUrl} at ${pixels.width} px`).not.toBeNull();
  expect(read!.data).toBe(payUrl);
  expect(read!.binaryData).toEqual([...new TextEncoder().encode(payUrl)]);
  expect(decodeQR(pixels)).toBe(payUrl);
}

/** The width in pixels of `cm` centimetres printed at `dpi` dots an inch. */
export const px = (cm: number, dpi: number) => Math.round(((cm * 10) / 25.4) * dpi);

/** What a camera adds to a print: half a pixel of blur, noise, and a turn of 3°. */
export const CAMERA: Drawing = { blurPx: 0.5, noise: 32, rotateDeg: 3 };
