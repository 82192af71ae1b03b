/**
 * GET /l/{code}/qr.svg: a payment link's code for print, served as a pay link's is (`qrAnswer`):
 * the link's own URL on PUBLIC_ORIGIN, no Durable Object call without a caption, the merchant and
 * a fixed amount under a captioned code (an open amount has none), and not counted as an open.
 */
import { describe, expect, it } from "vitest";
import { call, createLink, linkDetail, ORIGIN } from "../helpers";

const titleOf = (svg: string) => /<title>([^<]*)<\/title>/.exec(svg)?.[1];
const textsOf = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(([, text]) => text);

describe("a payment link's QR code", () => {
  it("encodes the link's own URL on the public origin, with no Durable Object call", async () => {
    // A code no link has: without a caption nothing is read, so the code is drawn all the same.
    const response = await call("/l/7Hq2xZk9PwR4mB/qr.svg?size=print");
    const svg = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("cache-control")).toBe("private, max-age=86400");
    expect(titleOf(svg)).toBe(`${ORIGIN}/l/7Hq2xZk9PwR4mB`);
    expect(svg).toMatch(/width="40mm"/);
    expect(textsOf(svg)).toEqual([]);
  });

  it("puts the merchant and a fixed amount under a captioned code, in the person's language, and counts no open", async () => {
    const link = await createLink({ amount: 14950 });
    const response = await call(`/l/${link.code}/qr.svg?size=print&caption=1&lang=nb`);
    const svg = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    expect(titleOf(svg)).toBe(link.url);
    expect(textsOf(svg)).toEqual(["Local Test Shop", "149,50\u00a0kr"]);
    expect((await linkDetail(link.id)).counts.opened).toBe(0);
  });

  it("gives an open amount's code the merchant alone", async () => {
    const link = await createLink({ amount: null, min_amount: 1000 });
    const svg = await (await call(`/l/${link.code}/qr.svg?caption=1`)).text();
    expect(textsOf(svg)).toEqual(["Local Test Shop"]);
  });

  it("answers a captioned code of no link with a 404 problem, and a bad size with a 422 naming it", async () => {
    const missing = await call("/l/7Hq2xZk9PwR4mB/qr.svg?caption=1");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    const bad = await call("/l/7Hq2xZk9PwR4mB/qr.svg?size=poster");
    expect(bad.status).toBe(422);
    expect(JSON.stringify(await bad.json())).toContain("size");
  });
});
