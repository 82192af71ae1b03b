/**
 * GET /p/{code}/qr.svg through the Worker, and the frame `src/pages/qr.ts` puts around the qr
 * library's symbol. The pay URL is on the configured origin (`PUBLIC_ORIGIN`), whatever host the
 * request names; on every host name DNS allows it is served as a QR code (a property over random
 * host names up to 253 characters, ports and schemes), and a longer one is refused by the
 * configuration (test/worker/security/public-origin.test.ts). The SVG is one self-contained image: a quiet zone of four modules, its
 * size in pixels, and the pay URL as its title. That it reads back as the exact URL is checked in
 * Node, where Chromium draws it for two QR readers (test/node/qr-decode.test.ts).
 */
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { qrSvg } from "../../../src/pages/qr";
import { call, ORIGIN } from "../helpers";
import { SEED } from "../security/support";

const CODE = "7Hq2xZk9PwR4mB";
const PAY_URL = new URL(`https://pay.example.com/p/${CODE}`);

/** A host name of exactly 253 characters (the DNS maximum), in labels of at most 63. */
const LONGEST_HOST = `${["a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(53)].join(".")}.example`;

/** Characters of a host name's labels; each label starts with a letter, so none reads as an IPv4 address. */
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const LABEL_CHARS = `${LETTERS}0123456789-`;

/** A host name DNS allows: any length from 1 to 253 characters, in labels of 1 to 63. */
const hostName = fc
  .record({
    length: fc.integer({ min: 1, max: 253 }),
    label: fc.integer({ min: 1, max: 63 }),
    letter: fc.constantFrom(...LETTERS),
    chars: fc.string({ unit: fc.constantFrom(...LABEL_CHARS), minLength: 253, maxLength: 253 }),
  })
  .map(({ length, label, letter, chars }) =>
    Array.from(chars.slice(0, length), (char, i) => (i % (label + 1) === label ? "." : i % (label + 1) === 0 ? letter : char))
      .join("")
      .replace(/\.$/, letter),
  );

/** The pay link's QR code, from a gateway whose PUBLIC_ORIGIN is `origin`. */
const askQr = (origin: string) => call(`/p/${CODE}/qr.svg`, {}, { env: { ...env, PUBLIC_ORIGIN: origin } });

const titleOf = (svg: string) => /<title>([^<]*)<\/title>/.exec(svg)?.[1];

describe("GET /p/{code}/qr.svg", () => {
  it("serves the QR code of a pay link on a 253-character host name", async () => {
    expect(LONGEST_HOST).toHaveLength(253);
    for (const origin of [`http://${LONGEST_HOST}`, `https://${LONGEST_HOST}:65535`, `http://${LONGEST_HOST}.`]) {
      const response = await askQr(origin);
      const svg = await response.text();
      expect(response.status, svg).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/svg+xml");
      expect(response.headers.get("cache-control")).toBe("private, max-age=86400");
      expect(titleOf(svg)).toBe(`${origin}/p/${CODE}`);
    }
  });

  it("serves a QR code on every host name DNS allows, any port, either scheme", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ scheme: fc.constantFrom("http", "https"), host: hostName, port: fc.option(fc.integer({ min: 1, max: 65_535 })) }),
        async ({ scheme, host, port }) => {
          const origin = new URL(`${scheme}://${host}${port === null ? "" : `:${port}`}`).origin;
          const response = await askQr(origin);
          const svg = await response.text();
          expect(response.status, `${origin}: ${svg.slice(0, 200)}`).toBe(200);
          expect(titleOf(svg)).toBe(`${origin}/p/${CODE}`);
        },
      ),
      { numRuns: 150, seed: SEED },
    );
  });

  it("encodes PUBLIC_ORIGIN and the pay path only: never the request's host, a user name, a password, a query or a fragment", async () => {
    const svg = await (
      await call(`https://user:secret@pay.example.com/p/${CODE}/qr.svg?x=1#y`, { headers: { host: "pay.example.com" } })
    ).text();
    expect(titleOf(svg)).toBe(`${ORIGIN}/p/${CODE}`);
  });
});

describe("qrSvg", () => {
  const svg = qrSvg(PAY_URL);

  it("is one self-contained SVG: a white square, the library's symbol inside, the URL as its title", () => {
    // 41 bytes at level M take version 3, 29 modules; with a quiet zone of 4 on each side, 37.
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 37 37" width="148" height="148" shape-rendering="crispEdges" role="img">/,
    );
    expect(svg).toContain(`<title>${PAY_URL.href}</title><rect width="37" height="37" fill="#fff"/><svg viewBox="0 0 37 37" `);
    expect(svg).toMatch(/<path d="[^"]+"\/><\/svg><\/svg>$/);
    expect(svg).not.toMatch(/script|href|url\(|<image|<foreignObject|<style|\bon\w+=/i);
  });

  it("grows with the URL: the longest pay URL is version 12, 65 modules and the quiet zone", () => {
    expect(qrSvg(new URL(`https://${LONGEST_HOST}:65535/p/${CODE}`))).toContain('viewBox="0 0 73 73" width="292" height="292"');
  });

  it("escapes the title: a URL may hold & \" and ' (its host name too), never < or >", () => {
    expect(titleOf(qrSvg(new URL(`http://a&b"c'd.example/p/${CODE}`)))).toBe(`http://a&amp;b&quot;c&#39;d.example/p/${CODE}`);
    const url = new URL(`https://x.example/p/${CODE}?a=1&b="><script>alert('x')</script>`);
    expect(titleOf(qrSvg(url))).toBe(`https://x.example/p/${CODE}?a=1&amp;b=%22%3E%3Cscript%3Ealert(%27x%27)%3C/script%3E`);
  });

  it("honours the scale, and refuses a scale that is no size", () => {
    expect(qrSvg(PAY_URL, { scalePx: 10 })).toContain('width="370" height="370"');
    for (const scalePx of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => qrSvg(PAY_URL, { scalePx })).toThrow(/scale/);
  });
});
