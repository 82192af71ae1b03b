/**
 * The gateway's origin is configuration (`PUBLIC_ORIGIN`), never what a client sends: a request
 * naming another host (its URL and `Host`, `X-Forwarded-Host`, `Forwarded`) gets every URL the
 * gateway gives out on the configured origin: `pay_url`, the sandbox's page and its return and
 * callback URLs, the provider's return URL, the pay page's script, CSP and links, the QR code, the
 * API document and the about text. A tap from another host does not poison the reusable attempt:
 * the real customer's tap still works and ends on the gateway. Without a valid `PUBLIC_ORIGIN`
 * nothing is served.
 */
import { env } from "cloudflare:workers";
import { describe, expect, inject, it, vi } from "vitest";
import { configOf } from "../../../src/config/config";
import type { Env } from "../../../src/env";
import { vippsControl } from "../../node/fakes/vipps-control";
import { api, call, createSession, go, IPHONE_SAFARI, ORIGIN, sandboxStub, sessionBody } from "../helpers";

const EVIL = "https://evil.example";
/** What an attacker sends to make the gateway believe it is reached at evil.example. */
const EVIL_HEADERS = { host: "evil.example", "x-forwarded-host": "evil.example", forwarded: "host=evil.example;proto=https" };

/** A tap on "Continue" sent to evil.example. */
const evilTap = (code: string) =>
  call(`${EVIL}/p/${code}/go`, {
    method: "POST",
    headers: { ...EVIL_HEADERS, "content-type": "application/x-www-form-urlencoded", "user-agent": IPHONE_SAFARI },
    body: "handoff=hosted",
  });

/** The Location header as sent, not resolved against any origin. */
const rawLocation = (response: Response) => response.headers.get("location") ?? "";

describe("PUBLIC_ORIGIN, parsed at start", () => {
  const parse = (value: string | undefined) => configOf({ ...env, PUBLIC_ORIGIN: value } as Env).publicOrigin;

  it.each([
    ["https://pay.example.com", "https://pay.example.com"],
    ["https://pay.example.com/", "https://pay.example.com"],
    ["https://PAY.Example.com:443", "https://pay.example.com"],
    ["http://192.168.1.20:8787", "http://192.168.1.20:8787"],
    ["http://localhost:8787", "http://localhost:8787"],
  ])("%s is the origin %s", (value, origin) => {
    expect(parse(value)).toBe(origin);
  });

  it.each([
    [undefined, /PUBLIC_ORIGIN is required/],
    ["", /not a URL/],
    ["pay.example.com", /not a URL/],
    ["ftp://pay.example.com", /only http or https/],
    ["javascript:alert(1)", /only http or https/],
    ["https://pay.example.com/pay", /an origin only/],
    ["https://pay.example.com/?x=1", /an origin only/],
    ["https://pay.example.com?", /an origin only/],
    ["https://pay.example.com#top", /an origin only/],
    ["https://user:secret@pay.example.com", /an origin only/],
    [`https://${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.example`, /longer than the 253 characters/],
  ])("%j is refused", (value, message) => {
    expect(() => parse(value)).toThrow(message);
  });

  it("without it, or with one that is not an origin, nothing is served (not even GET /), and the log says why", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => lines.push(line));
    for (const value of [undefined, "https://pay.example.com/p"]) {
      const broken = { ...env, PUBLIC_ORIGIN: value } as Env;
      for (const path of ["/", "/openapi.json"]) {
        expect((await call(path, { headers: EVIL_HEADERS }, { env: broken })).status, `${value} ${path}`).toBe(500);
      }
    }
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain("PUBLIC_ORIGIN is required");
    expect(lines[2]).toContain("an origin only");
    vi.restoreAllMocks();
  });
});

describe("a request naming another host gets URLs on PUBLIC_ORIGIN only", () => {
  it("create: pay_url is on PUBLIC_ORIGIN", async () => {
    const response = await api(`${EVIL}/v1/sessions`, { body: sessionBody(), headers: EVIL_HEADERS });
    const text = await response.text();
    expect(response.status, text).toBe(201);
    expect((JSON.parse(text) as { pay_url: string }).pay_url).toMatch(new RegExp(`^${ORIGIN}/p/\\w{14}$`));
    expect(text).not.toContain("evil");
  });

  it("a tap from another host does not poison the attempt: the customer's tap reuses it, and the sandbox returns to PUBLIC_ORIGIN", async () => {
    const session = await createSession();
    const evil = await evilTap(session.code);
    expect(evil.status).toBe(303);
    const sandboxUrl = rawLocation(evil);
    expect(sandboxUrl).toMatch(new RegExp(`^${ORIGIN}/sandbox/pay/sbx_\\w+$`));

    const payment = await sandboxStub(new URL(sandboxUrl).pathname.split("/").at(-1) ?? "").get();
    expect(payment?.return_url.startsWith(`${ORIGIN}/r/`), payment?.return_url).toBe(true);
    expect(payment?.callback_url.startsWith(`${ORIGIN}/v1/providers/sandbox/callback/`), payment?.callback_url).toBe(true);

    // The real customer, on the real origin: the same attempt, and on to the sandbox (not a 502 "refused").
    const tapped = await go(session.code);
    expect(tapped.status).toBe(303);
    expect(rawLocation(tapped)).toBe(sandboxUrl);
    const decided = await call(new URL(sandboxUrl).pathname, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "decision=approve",
    });
    expect(decided.status).toBe(303);
    expect(rawLocation(decided).startsWith(`${ORIGIN}/r/`), rawLocation(decided)).toBe(true);
  });

  it("a tap from another host gives the provider a return URL on PUBLIC_ORIGIN", async () => {
    const fake = vippsControl(`http://127.0.0.1:${inject("fakeVippsPort")}`);
    const session = await createSession({ provider: "vipps" });
    const tapped = await evilTap(session.code);
    expect(tapped.status).toBe(303);
    const creates = await fake.requests({ path: "/epayment/v1/payments", match: session.sessionKey });
    expect(creates.length).toBeGreaterThan(0);
    for (const seen of creates) {
      const body = JSON.parse(seen.body) as { returnUrl: string };
      expect(body.returnUrl.startsWith(`${ORIGIN}/r/${session.sessionKey}-`), body.returnUrl).toBe(true);
      expect(seen.body).not.toContain("evil");
    }
  });

  it("the pay page: its script, its CSP, its links are on PUBLIC_ORIGIN", async () => {
    const session = await createSession();
    const response = await call(`${EVIL}/p/${session.code}`, { headers: EVIL_HEADERS });
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(new RegExp(`script-src ${ORIGIN}/assets/pay\\.\\w+\\.js;`));
    expect(csp).toContain(`connect-src 'self' wss://pay.test`);
    expect(csp).not.toContain("evil");
    expect(await response.text()).not.toContain("evil");
  });

  it("an in-app browser's way out names the pay link on PUBLIC_ORIGIN", async () => {
    const session = await createSession();
    const instagram =
      "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36 Instagram 343.0.0.42.95 Android (34/14; 420dpi; 1080x2400; Google/google; Pixel 8; shiba; shiba; en_US; 619220445)";
    const page = await (await call(`${EVIL}/p/${session.code}`, { headers: { ...EVIL_HEADERS, "user-agent": instagram } })).text();
    expect(page).toContain(`intent://pay.test/p/${session.code}`);
    expect(page).not.toContain("evil");
  });

  it("the QR code encodes the pay link on PUBLIC_ORIGIN", async () => {
    const svg = await (await call(`${EVIL}/p/7Hq2xZk9PwR4mB/qr.svg`, { headers: EVIL_HEADERS })).text();
    expect(svg).toContain(`<title>${ORIGIN}/p/7Hq2xZk9PwR4mB</title>`);
  });

  it("the API document and the about text name PUBLIC_ORIGIN", async () => {
    const document = (await (await call(`${EVIL}/openapi.json`, { headers: EVIL_HEADERS })).json()) as { servers: { url: string }[] };
    expect(document.servers).toEqual([{ url: ORIGIN }]);
    const about = await (await call(`${EVIL}/`, { headers: EVIL_HEADERS })).text();
    expect(about).toContain(`${ORIGIN}/openapi.json`);
    expect(about).not.toContain("evil");
  });
});
