/**
 * What GET /p/{code}/qr.svg serves under `wrangler dev`, read back as a phone would: the SVG drawn
 * by Chromium at its own size, and the pixels handed to two readers, jsQR and the qr library's
 * own, which must both return the exact pay URL: the one `wrangler dev` serves, on its PUBLIC_ORIGIN
 * whatever Host the request names, and the same SVG (`qrSvg`, as the worker tests hold the served
 * one to it) on other origins, from a short host to the longest host name DNS allows with the
 * longest port.
 */
import { get } from "node:http";
import jsQR from "jsqr";
import type { Browser, Page } from "playwright-core";
import decodeQR from "qr/decode.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { qrSvg } from "../../src/pages/qr.ts";
import { launchChromium } from "./chromium.ts";
import { startWranglerDev, type WranglerDev } from "./wrangler-dev.ts";

const CODE = "7Hq2xZk9PwR4mB";

/** A host name of exactly 253 characters (the DNS maximum), in labels of at most 63. */
const LONGEST_HOST = `${["a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(53)].join(".")}.example`;

/** Hosts of PUBLIC_ORIGIN, each with the name of its case. */
const HOSTS: [name: string, host: string][] = [
  ["a production host", "pay.example.com"],
  ["local development", "127.0.0.1:8787"],
  ["an IPv6 address", "[::1]:8787"],
  ["an international host name (as punycode)", new URL("http://betal.blåbær.no").host],
  ["the longest host name DNS allows, with the longest port", `${LONGEST_HOST}:65535`],
  ["the longest host name with its final dot", `${LONGEST_HOST}.`],
];

let gateway: WranglerDev;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [gateway, browser] = await Promise.all([startWranglerDev(), launchChromium()]);
  page = await browser.newPage();
}, 120_000);

afterAll(() => Promise.all([browser?.close(), gateway?.stop()]), 30_000);

/** The gateway's answer to GET /p/{code}/qr.svg sent with `host` as its Host header (not its origin). */
function served(host: string): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    get(`${gateway.origin}/p/${CODE}/qr.svg`, { headers: { host } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, type: response.headers["content-type"], body }));
    }).on("error", reject);
  });
}

/** The SVG drawn by Chromium at its own width and height, as RGBA pixels. */
async function draw(svg: string): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const drawn = await page.evaluate(async (source) => {
    const image = new Image();
    image.src = `data:image/svg+xml;base64,${btoa(source)}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let binary = "";
    for (const byte of data) binary += String.fromCharCode(byte);
    return { width: image.width, height: image.height, base64: btoa(binary) };
  }, svg);
  return { width: drawn.width, height: drawn.height, data: new Uint8ClampedArray(Buffer.from(drawn.base64, "base64")) };
}

/** The pay URL read back by both readers from `svg` as Chromium draws it. */
async function expectReads(svg: string, payUrl: string): Promise<void> {
  const pixels = await draw(svg);
  expect(pixels.width).toBeGreaterThan(0);
  const read = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: "dontInvert" });
  expect(read, `jsQR found no code for ${payUrl}`).not.toBeNull();
  expect(read!.data).toBe(payUrl);
  expect(read!.binaryData).toEqual([...new TextEncoder().encode(payUrl)]);
  expect(decodeQR(pixels)).toBe(payUrl);
}

describe("the QR code reads back as the exact pay URL", () => {
  it("as the gateway serves it: on PUBLIC_ORIGIN, not the Host the request names", async () => {
    const response = await served("evil.example");
    expect(response.status, response.body).toBe(200);
    expect(response.type).toBe("image/svg+xml");
    await expectReads(response.body, `${gateway.origin}/p/${CODE}`);
  });

  it.each(HOSTS)("on %s", async (_, host) => {
    await expectReads(qrSvg(new URL(`http://${host}/p/${CODE}`)), `http://${host}/p/${CODE}`);
  });
});
