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
import { wordsFor } from "../../../src/i18n/words";
import { cleanText, fitLine, qrSvg, textWidthEms } from "../../../src/pages/qr";
import { call, createSession, ORIGIN } from "../helpers";
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

describe("GET /p/{code}/qr.svg?size=print&caption=1", () => {
  it("serves the print size without a Durable Object call: a code never created still has its QR code", async () => {
    const response = await call(`/p/${CODE}/qr.svg?size=print`);
    const svg = await response.text();
    expect(response.status, svg).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("cache-control")).toBe("private, max-age=86400");
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 41 41" width="40mm" height="40mm"/);
    expect(svg).not.toContain("<text");
  });

  it("captions the code with the merchant and the amount in the person's language, cached briefly", async () => {
    const session = await createSession();
    for (const [query, locale] of [
      ["", "en"],
      ["&lang=nb", "nb"],
      ["&lang=fi", "fi"],
    ] as const) {
      const response = await call(`/p/${session.code}/qr.svg?size=print&caption=1${query}`);
      const svg = await response.text();
      expect(response.status, svg).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/svg+xml");
      expect(response.headers.get("cache-control")).toBe("private, max-age=300");
      expect(response.headers.get("vary")).toBe("accept-language, cookie");
      expect(textsOf(svg).map(({ text }) => text)).toEqual(["Local Test Shop", wordsFor(locale).amount(29990, "NOK")]);
      expect(svg).toMatch(/ width="40mm" height="[\d.]+mm"/);
      expect(titleOf(svg)).toBe(`${ORIGIN}/p/${session.code}`);
    }
  });

  it("captions a screen code too", async () => {
    const session = await createSession();
    const svg = await (await call(`/p/${session.code}/qr.svg?caption=1`)).text();
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 37 [\d.]+" width="148" height="[\d.]+"/);
    expect(textsOf(svg)).toHaveLength(2);
  });

  it("escapes the merchant's name", async () => {
    const session = await createSession();
    const merchants = (JSON.parse(env.MERCHANTS) as { id: string; name: string }[]).map((merchant) =>
      merchant.id === "mer_local" ? { ...merchant, name: `<b>"Bob's" & Co</b>` } : merchant,
    );
    const response = await call(
      `/p/${session.code}/qr.svg?size=print&caption=1`,
      {},
      { env: { ...env, MERCHANTS: JSON.stringify(merchants) } },
    );
    const svg = await response.text();
    expect(response.status, svg).toBe(200);
    expect(textsOf(svg)[0]?.text).toBe("&lt;b&gt;&quot;Bob&#39;s&quot; &amp; Co&lt;/b&gt;");
    expect(svg).not.toContain("<b>");
  });

  it("answers a caption of an unknown pay link with the scripts' not found", async () => {
    const response = await call(`/p/${CODE}/qr.svg?size=print&caption=1`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ type: "/problems/not-found", detail: "No such pay link." });
  });

  it.each([
    ["size=poster", "size"],
    ["size=", "size"],
    ["caption=yes", "caption"],
    ["size=PRINT&caption=2", "size"],
  ])("refuses ?%s with a problem naming %s", async (query, field) => {
    const response = await call(`/p/${CODE}/qr.svg?${query}`);
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await response.json()) as { type: string; errors: { field: string; pointer?: string }[] };
    expect(problem.type).toBe("/problems/invalid-request");
    expect(problem.errors[0]?.field).toBe(field);
    expect(problem.errors[0]).not.toHaveProperty("pointer");
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

  it("on screen: 4 px a module, level M", () => {
    // The same URL at level Q would be version 4, 33 modules: level M is version 3.
    expect(qrSvg(PAY_URL, { size: "screen" })).toBe(svg);
  });
});

/** The side of a code in modules, quiet zone included, and its caption's height, from the outer SVG's viewBox. */
const viewBoxOf = (svg: string) => {
  const [, width, height] = /^<svg [^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
  return { width: Number(width), height: Number(height) };
};
const textsOf = (svg: string) => [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attributes, text]) => ({ attributes, text }));
const attribute = (attributes: string | undefined, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(attributes ?? "")?.[1]);

/** The top left corner of every square the library's path draws (its commands: M, m, h, v, H, V, Z). */
function darkCorners(path: string): (readonly [number, number])[] {
  const corners: (readonly [number, number])[] = [];
  let [x, y, startX, startY] = [0, 0, 0, 0];
  for (const [, command, args] of path.matchAll(/([MmHhVvZz])([^MmHhVvZz]*)/g)) {
    const [a = 0, b = 0] = (args ?? "")
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (command === "M" || command === "m") {
      [x, y] = command === "M" ? [a, b] : [x + a, y + b];
      [startX, startY] = [x, y];
      corners.push([x, y]);
    } else if (command === "h") x += a;
    else if (command === "H") x = a;
    else if (command === "v") y += a;
    else if (command === "V") y = a;
    else [x, y] = [startX, startY];
  }
  return corners;
}

describe("qrSvg for print", () => {
  const LINK_URL = new URL(`https://pay.example.com/l/${CODE}`);

  it("is 40 mm wide, vector, crisp, at level Q: version 4 for a typical link, 33 modules and the quiet zone", () => {
    const svg = qrSvg(LINK_URL, { size: "print" });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 41 41" width="40mm" height="40mm" shape-rendering="crispEdges" role="img">/,
    );
    expect(svg).toContain('<rect width="41" height="41" fill="#fff"/><svg viewBox="0 0 41 41" ');
    expect(svg).not.toContain("<text");
  });

  it("keeps the longest link small enough: version 15, 77 modules and the quiet zone, in the same 40 mm", () => {
    expect(qrSvg(new URL(`https://${LONGEST_HOST}:65535/l/${CODE}`), { size: "print" })).toMatch(
      /^<svg [^>]*viewBox="0 0 85 85" width="40mm" height="40mm"/,
    );
  });

  it("leaves the quiet zone white: the symbol's first dark module is 4 modules in, on every side", () => {
    const svg = qrSvg(LINK_URL, { size: "print" });
    const corners = darkCorners(/<path d="([^"]+)"/.exec(svg)?.[1] ?? "");
    expect(corners.length).toBeGreaterThan(100);
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    expect([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]).toEqual([4, 4, 36, 36]);
    expect(svg).toContain('<rect width="41" height="41" fill="#fff"/>');
  });

  it("puts the caption under the quiet zone, centred, in a sans-serif sized by the code, and grows the height in proportion", () => {
    const svg = qrSvg(LINK_URL, { size: "print", caption: { title: "Kafé Blåbær", amount: "kr 49,00" } });
    const { width, height } = viewBoxOf(svg);
    expect(width).toBe(41);
    expect(height).toBeGreaterThan(41);
    const physical = Number(/ height="([\d.]+)mm"/.exec(svg)?.[1]);
    expect(physical).toBeCloseTo((40 * height) / 41, 2);
    expect(svg).toContain(`<rect width="41" height="${height}" fill="#fff"/>`);
    expect(svg).toContain('<g font-family="sans-serif" text-anchor="middle" fill="#000">');
    const texts = textsOf(svg);
    expect(texts.map(({ text }) => text)).toEqual(["Kafé Blåbær", "kr 49,00"]);
    for (const { attributes } of texts) {
      expect(attribute(attributes, "x")).toBe(20.5);
      expect(attribute(attributes, "font-size")).toBeCloseTo(41 * 0.07, 3);
      // The text's top (baseline less a cap height, at most one font size) is below the quiet zone.
      expect(attribute(attributes, "y") - attribute(attributes, "font-size")).toBeGreaterThanOrEqual(41 - 0.2 * 41 * 0.07);
      expect(attribute(attributes, "y")).toBeLessThan(height);
    }
    expect(svg).not.toContain("font-weight");
  });

  it("has a caption of the title alone when there is no amount (a link where the customer types it)", () => {
    expect(textsOf(qrSvg(LINK_URL, { size: "print", caption: { title: "Donations" } })).map(({ text }) => text)).toEqual(["Donations"]);
  });

  it("escapes the caption, and makes one line of it: no controls, no line ends, no lone surrogates", () => {
    const svg = qrSvg(LINK_URL, { caption: { title: `<b>Bob's & "Co"</b>\n\u0000\t\ud800`, amount: "<1>" } });
    expect(textsOf(svg).map(({ text }) => text)).toEqual(["&lt;b&gt;Bob&#39;s &amp; &quot;Co&quot;&lt;/b&gt;", "&lt;1&gt;"]);
    expect([...svg].filter((char) => (char.codePointAt(0) ?? 0) < 0x20 || /[\ud800-\udfff]/.test(char))).toEqual([]);
  });

  it("shrinks a long name a little, and cuts a longer one with an ellipsis, never past the code's width", () => {
    const fontSize = 41 * 0.07;
    const widthEms = (41 - 4) / fontSize;
    const shrunk = textsOf(qrSvg(LINK_URL, { size: "print", caption: { title: "Kaffebrenneriet Grünerløkk" } }))[0];
    expect(shrunk?.text).toBe("Kaffebrenneriet Grünerløkk");
    expect(attribute(shrunk?.attributes, "font-size")).toBeLessThan(fontSize);
    expect(attribute(shrunk?.attributes, "font-size")).toBeGreaterThanOrEqual(0.7 * fontSize - 0.001);
    for (const title of [
      "W".repeat(80),
      "Kaffebrenneriet på Grünerløkka og Sagene AS",
      "🍰".repeat(40),
      "東京".repeat(40),
      "e\u0301".repeat(80),
    ]) {
      const [line] = textsOf(qrSvg(LINK_URL, { size: "print", caption: { title } }));
      expect(line?.text?.endsWith("…"), title).toBe(true);
      expect(attribute(line?.attributes, "font-size")).toBeCloseTo(0.7 * fontSize, 3);
      expect(textWidthEms(line?.text ?? "") * 0.7, title).toBeLessThanOrEqual(widthEms);
    }
  });
});

describe("fitLine", () => {
  it.each([
    ["fits", "Café", 10, { text: "Café", scale: 1 }],
    ["shrinks", "aaaaaaaaaa", 6.8 * 0.8, { text: "aaaaaaaaaa", scale: 0.8 }],
    ["cuts with an ellipsis", "aaaaaaaaaa", 3, { text: "aaaa…", scale: 0.7 }],
    ["never splits an emoji and its skin tone", "👍🏽👍🏽👍🏽", 4, { text: "👍🏽…", scale: 0.7 }],
    ["drops a space before the ellipsis", "aa aaaaaaa", 2.3, { text: "aa…", scale: 0.7 }],
  ])("%s", (_, text, widthEms, expected) => {
    const fitted = fitLine(text, widthEms);
    expect(fitted.text).toBe(expected.text);
    expect(fitted.scale).toBeCloseTo(expected.scale, 6);
  });
});

describe("cleanText", () => {
  it.each([
    ["  Bob\t\n Shop \r\n", "Bob Shop"],
    ["a\u0000b\u007fc", "a b c"],
    ["\ud800x\udc00", "x"],
    ["😀 ok", "😀 ok"],
    ["NOK\u00a0299.90", "NOK\u00a0299.90"],
  ])("%j → %j", (input, expected) => expect(cleanText(input)).toBe(expected));
});
