/**
 * What GET /p/{code}/qr.svg serves under `wrangler dev`, read back as a phone would: the SVG drawn
 * by Chromium at its own size, and the pixels handed to two readers, jsQR and the qr library's
 * own, which must both return the exact pay URL: the one `wrangler dev` serves, on its PUBLIC_ORIGIN
 * whatever Host the request names, and the same SVG (`qrSvg`, as the worker tests hold the served
 * one to it) on other origins, from a short host to the longest host name DNS allows with the
 * longest port.
 */
import { get } from "node:http";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { qrSvg } from "../../src/pages/qr.ts";
import { launchChromium } from "./chromium.ts";
import { CAMERA, type Drawing, expectReads, px } from "./qr-read.ts";
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

describe("the QR code reads back as the exact pay URL", () => {
  it("as the gateway serves it: on PUBLIC_ORIGIN, not the Host the request names", async () => {
    const response = await served("evil.example");
    expect(response.status, response.body).toBe(200);
    expect(response.type).toBe("image/svg+xml");
    await expectReads(page, response.body, `${gateway.origin}/p/${CODE}`);
  });

  it.each(HOSTS)("on %s", async (_, host) => {
    await expectReads(page, qrSvg(new URL(`http://${host}/p/${CODE}`)), `http://${host}/p/${CODE}`);
  });
});

/**
 * Prints of a reusable link (`/l/` and a 14-symbol code) that must read, by host: a typical host
 * (41 modules) and a long one (35 characters, 45 modules) at 2 cm; the longest host name DNS allows
 * with the longest port (85 modules) at 3 cm, and only at 300 dpi: at 2 cm, and at 150 dpi even at
 * 4 cm, jsQR misses it on some sizes (the qr library's decoder reads it at 2 cm and 300 dpi).
 */
const PRINTS: [name: string, host: string, drawing: Drawing][] = [
  ...(["pay.example.com", "kaffebrenneriet-grunerlokka.example"] as const).flatMap((host): [string, string, Drawing][] => [
    ["2 cm at 300 dpi", host, { widthPx: px(2, 300) }],
    ["2 cm at 150 dpi", host, { widthPx: px(2, 150) }],
    ["2 cm at 300 dpi through a camera", host, { widthPx: px(2, 300), ...CAMERA }],
    ["2 cm at 150 dpi through a camera", host, { widthPx: px(2, 150), ...CAMERA }],
  ]),
  ["3 cm at 300 dpi", `${LONGEST_HOST}:65535`, { widthPx: px(3, 300) }],
  ["3 cm at 300 dpi through a camera", `${LONGEST_HOST}:65535`, { widthPx: px(3, 300), ...CAMERA }],
];

const CAPTION = { title: "Kafé Blåbær & Søn", amount: "kr 49,00" };

describe("the print QR code reads back when printed small", () => {
  it("as the gateway serves it with its caption", async () => {
    const session = (await (
      await fetch(`${gateway.origin}/v1/sessions`, {
        method: "POST",
        headers: { authorization: "Bearer sk_test_local", "content-type": "application/json" },
        body: JSON.stringify({ order: { amount: 4900, currency: "NOK", merchant_reference: "QR-PRINT", description: "Cake" } }),
      })
    ).json()) as { pay_url: string };
    const response = await fetch(`${session.pay_url}/qr.svg?size=print&caption=1&lang=nb`);
    const svg = await response.text();
    expect(response.status, svg).toBe(200);
    expect(svg).toContain("Local Test Shop");
    for (const [, , drawing] of PRINTS.slice(0, 4)) await expectReads(page, svg, session.pay_url, drawing);
  });

  it.each(PRINTS)("%s on %s, with and without its caption", async (_, host, drawing) => {
    const url = new URL(`https://${host}/l/${CODE}`);
    await expectReads(page, qrSvg(url, { size: "print" }), url.href, drawing);
    await expectReads(page, qrSvg(url, { size: "print", caption: CAPTION }), url.href, drawing);
  });
});

describe("the caption as Chromium lays it out", () => {
  /** The boxes of the SVG's texts, and its viewBox, as Chromium lays out the SVG in a page. */
  async function layOut(svg: string) {
    return page.evaluate((source) => {
      document.body.innerHTML = source;
      const root = document.body.querySelector("svg")!;
      const { width, height } = root.viewBox.baseVal;
      return {
        width,
        height,
        texts: Array.from(root.querySelectorAll("text"), (text) => {
          const box = text.getBBox();
          return { x: box.x, y: box.y, width: box.width, height: box.height };
        }),
      };
    }, svg);
  }

  it.each([
    ["a short name", "Bakeriet"],
    ["a name that shrinks", "Kaffebrenneriet Grünerløkk"],
    ["80 W's", "W".repeat(80)],
    ["80 m's", "m".repeat(80)],
    ["a long name", "Kaffebrenneriet på Grünerløkka og Sagene AS"],
    ["emoji", "🍰☕".repeat(40)],
    ["Japanese", "東京の喫茶店".repeat(10)],
  ])("keeps %s inside the code's width and below its quiet zone", async (_, title) => {
    for (const host of ["pay.example.com", `${LONGEST_HOST}:65535`]) {
      const svg = qrSvg(new URL(`https://${host}/l/${CODE}`), { size: "print", caption: { title, amount: "1 234 567,89 kr" } });
      const { width, height, texts } = await layOut(svg);
      expect(texts).toHaveLength(2);
      for (const box of texts) {
        expect(box.width, title).toBeGreaterThan(0);
        expect(box.x, title).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, title).toBeLessThanOrEqual(width);
        expect(box.y, title).toBeGreaterThanOrEqual(width); // the code is square: the caption starts where it ends
        expect(box.y + box.height, title).toBeLessThanOrEqual(height);
      }
    }
  });
});
