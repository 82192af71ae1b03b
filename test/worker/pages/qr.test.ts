/**
 * GET /p/{code}/qr.svg through the Worker, and the frame `src/pages/qr.ts` puts around the qr
 * library's symbol. Every pay URL on a host name DNS allows is served as a QR code (a property over
 * random host names up to 253 characters, ports and schemes); a longer host name is a 400 naming
 * the host, never a 500. The SVG is one self-contained image: a quiet zone of four modules, its
 * size in pixels, and the pay URL as its title. That it reads back as the exact URL is checked in
 * Node, where Chromium draws it for two QR readers (test/node/qr-decode.test.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { qrSvg } from "../../../src/pages/qr";
import { call } from "../helpers";
import { checkProblem, SEED } from "../security/support";

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

/** The pay link's QR code, asked for on `origin`. */
const askQr = (origin: string) => call(`${origin}/p/${CODE}/qr.svg`);

const titleOf = (svg: string) => /<title>([^<]*)<\/title>/.exec(svg)?.[1];

describe("GET /p/{code}/qr.svg", () => {
  it("serves the QR code of a pay link on a 253-character host name (was a 500)", async () => {
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

  it("refuses a host name longer than DNS allows with a problem naming the host, never a 500", async () => {
    for (const host of [`a${LONGEST_HOST}`, `${"a".repeat(63)}.`.repeat(80).slice(0, -1)]) {
      const response = await askQr(`https://${host}`);
      const text = await response.text();
      expect(response.status, text).toBe(400);
      const problem = checkProblem(response, text, host.slice(0, 20));
      expect(problem.detail).toMatch(/^host: longer than the 253 characters DNS allows/);
      expect(problem.errors?.map((error) => error.field)).toEqual(["host"]);
    }
  });

  it("encodes the origin and the pay path only, never a user name, a password, a query or a fragment", async () => {
    const svg = await (await call(`https://user:secret@pay.example.com/p/${CODE}/qr.svg?x=1#y`)).text();
    expect(titleOf(svg)).toBe(PAY_URL.href);
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
