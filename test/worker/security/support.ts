/**
 * Shared by the security suites: what every answer of the gateway must look like (never a 5xx,
 * problem+json on the API, HTML or a redirect on pages, no stack trace anywhere, redirects only to
 * the gateway, the providers or the payment apps), snapshots of sessions that must not change,
 * and fast-check arbitraries for hostile headers, strings and path segments.
 */
import { runInDurableObject } from "cloudflare:test";
import fc from "fast-check";
import { expect, inject } from "vitest";
import { sessionIdOf } from "../../../src/domain/ids";
import { USER_AGENTS } from "../device/user-agents";
import { api, call, ORIGIN, payStatus, sandboxStub, sessionStub } from "../helpers";

/** One seed for every property, so a failure reproduces; fast-check prints it with the counterexample. */
export const SEED = 20_261_122;

export const FAKE_DINTERO_ORIGIN = `http://127.0.0.1:${inject("fakeDinteroPort")}`;
export const FAKE_VIPPS_ORIGIN = `http://127.0.0.1:${inject("fakeVippsPort")}`;

/** Statuses that carry field errors, whose `detail` must name a field. */
const FIELD_STATUSES = new Set([400, 413, 415, 422]);

/** Text that only a leaked exception would put in an answer. */
const STACK_TRACE =
  /\n\s+at |\bat [\w$.<>]+ \(|\b(?:TypeError|RangeError|ReferenceError|SyntaxError|InternalError)\b|node_modules|\/src\/[\w/-]+\.ts/;

export interface ProblemJson {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { field: string; pointer?: string; detail?: string }[];
}

/** Checks an RFC 9457 problem answer in full and returns its body. */
export function checkProblem(response: Response, text: string, context: string): ProblemJson {
  expect(response.headers.get("content-type"), `${context}: content-type`).toBe("application/problem+json");
  const problem = JSON.parse(text) as ProblemJson;
  expect(problem.status, `${context}: status in body`).toBe(response.status);
  expect(problem.type, `${context}: type`).toMatch(/^\/problems\/[a-z0-9-]+$/);
  expect(typeof problem.title === "string" && problem.title.length > 0, `${context}: title`).toBe(true);
  expect(typeof problem.detail === "string" && problem.detail.length > 0, `${context}: detail`).toBe(true);
  if (FIELD_STATUSES.has(response.status)) {
    expect(Array.isArray(problem.errors) && problem.errors.length > 0, `${context}: errors[]`).toBe(true);
    for (const error of problem.errors ?? []) {
      expect(typeof error.field === "string" && error.field.length > 0, `${context}: errors[].field`).toBe(true);
      // A pointer only for a field of the body: "" is the body as a whole, never a header's or the state's.
      const pointerOk = error.pointer === undefined || (error.pointer === "" ? error.field === "body" : error.pointer.startsWith("/"));
      expect(pointerOk, `${context}: errors[].pointer ${JSON.stringify(error.pointer)} of ${error.field}`).toBe(true);
    }
    const fields = (problem.errors ?? []).map((error) => error.field);
    expect(
      fields.some((field) => problem.detail.startsWith(`${field}:`)),
      `${context}: detail "${problem.detail}" names one of ${JSON.stringify(fields)}`,
    ).toBe(true);
  }
  if (response.status === 429) expect(response.headers.get("retry-after"), `${context}: Retry-After`).toMatch(/^\d+$/);
  return problem;
}

/** Where a redirect may lead: the gateway, the fake providers, or a payment app's scheme. */
export function allowedLocation(location: string): boolean {
  let url: URL;
  try {
    url = new URL(location, ORIGIN);
  } catch {
    return false;
  }
  if (url.protocol === "vipps:" || url.protocol.toLowerCase() === "vippsmt:") return true;
  return [ORIGIN, FAKE_DINTERO_ORIGIN, FAKE_VIPPS_ORIGIN].includes(url.origin);
}

/** The route a pathname reaches, as far as the checks below care. */
function kindOf(method: string, pathname: string): "about" | "api" | "page" | "form" | "status" | "live" | "qr" | "other" {
  const parts = pathname.replace(/\/+$/, "").split("/").slice(1);
  if (parts.length === 0 && (method === "GET" || method === "HEAD")) return "about";
  if (parts[0] === "v1") return "api";
  const [first, second, third] = parts;
  const get = method === "GET";
  if (first === "p" && second && parts.length === 2 && get) return "page";
  if (first === "p" && second && third === "go" && parts.length === 3) return get ? "page" : "form";
  if (first === "p" && second && third === "status" && parts.length === 3 && get) return "status";
  if (first === "p" && second && third === "live" && parts.length === 3 && get) return "live";
  if (first === "p" && second && third === "qr.svg" && parts.length === 3 && get) return "qr";
  if (first === "r" && second && parts.length === 2 && get) return "page";
  if (first === "sandbox" && (second === "pay" || second === "app") && third && parts.length === 3) {
    return get ? "page" : second === "pay" && method === "POST" ? "form" : "other";
  }
  return "other";
}

/**
 * What every answer must be, whatever was sent: below 500; no stack trace; a redirect with an
 * allowed Location; a problem+json (checked in full) for every 4xx of the API, for 429s and for
 * unknown routes; HTML for pages; JSON for the status endpoint; a WebSocket or a problem+json for the
 * live endpoint; SVG for QR codes. Returns the body.
 */
export async function checkAnswer(method: string, url: string, response: Response): Promise<string> {
  const context = `${method} ${url.slice(0, 300)} → ${response.status}`;
  const text = await response.text();
  expect(response.status, `${context}: ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(text, `${context}: stack trace`).not.toMatch(STACK_TRACE);
  const type = response.headers.get("content-type") ?? "";
  const pathname = new URL(url, ORIGIN).pathname;
  const kind = kindOf(method, pathname);
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get("location") ?? "";
    expect(allowedLocation(location), `${context}: Location ${location}`).toBe(true);
    return text;
  }
  const problem = (status = response.status) => {
    if (method === "HEAD") expect(type, context).toBe("application/problem+json");
    else checkProblem(response, text, context);
    expect(response.status, context).toBe(status);
  };
  if (response.status === 429) {
    problem(429);
    return text;
  }
  switch (kind) {
    case "api":
      if (response.status >= 400) problem();
      else expect(type, context).toMatch(/^application\/json\b/);
      break;
    case "page":
      expect(type, `${context}: a page answers HTML (body: ${JSON.stringify(text.slice(0, 100))})`).toMatch(/^text\/html\b/);
      break;
    case "form":
      if (type === "application/problem+json") problem();
      else expect(type, `${context}: a page answers HTML (body: ${JSON.stringify(text.slice(0, 100))})`).toMatch(/^text\/html\b/);
      break;
    case "status":
      if (response.status >= 400) problem();
      else expect(type, context).toMatch(/^application\/json\b/);
      break;
    case "live":
      if (response.status !== 101) problem();
      break;
    case "about":
      expect(type, context).toBe("text/plain; charset=utf-8");
      break;
    case "qr":
      if (response.status >= 400) problem();
      else expect(type, context).toBe("image/svg+xml");
      break;
    default:
      problem(404);
  }
  return text;
}

/** Sends a request and checks its answer with `checkAnswer`. */
export async function send(path: string, init: RequestInit = {}): Promise<{ response: Response; text: string }> {
  const response = await call(path, init);
  const text = await checkAnswer((init.method ?? "GET").toUpperCase(), path, response);
  return { response, text };
}

/** Everything about a session that an attacker must not be able to change. */
export async function sessionState(id: string, code: string, key: string, sandboxId: string | null) {
  const detail = await (await api(`/v1/sessions/${id}`, { key })).json();
  const status = await payStatus(code);
  const sandbox = sandboxId ? await sandboxStub(sandboxId).get() : null;
  return { detail, status, sandbox };
}

/** The tables of a Durable Object of the session namespace: empty when a lookup created nothing. */
export async function tablesOf(code: string): Promise<unknown[]> {
  return runInDurableObject(sessionStub(await sessionIdOf(code)), (_, state) =>
    state.storage.sql.exec("SELECT name FROM sqlite_master WHERE type = 'table'").toArray(),
  );
}

/** Makes a sandbox payment AUTHORIZED behind the gateway's back: any accepted trigger would now pay. */
export async function authorizeAtSandbox(sandboxId: string): Promise<void> {
  await runInDurableObject(sandboxStub(sandboxId), async (_, state) => {
    await state.storage.put("payment", { ...(await state.storage.get<object>("payment")), status: "AUTHORIZED" });
  });
}

const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/** A well-formed pay code (14 base58 symbols). */
export const payCode = fc.string({ unit: fc.constantFrom(...BASE58), minLength: 14, maxLength: 14 });

/** Characters that a header value may carry (no NUL, CR or LF, which the client refuses to send). */
const headerChar = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.constantFrom("\t", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f") },
);

/** A hostile header value: printable junk, control characters, or something very long. */
export const headerValue = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: headerChar, maxLength: 120 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2_000, max: 16_000 }).map((length) => "A".repeat(length)) },
  { weight: 1, arbitrary: fc.constantFrom('"', '"\\"', "?7", "?0", '"Android";v="9999999999999999999999"', '""', ",,,,", "();;;", "\\") },
);

/** A user agent: real ones (phones, in-app browsers, bots), or junk. */
export const userAgent = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...USER_AGENTS.map((entry) => entry.ua)) },
  { weight: 2, arbitrary: headerValue },
);

const HINTS = [
  "sec-ch-ua",
  "sec-ch-ua-mobile",
  "sec-ch-ua-platform",
  "sec-ch-ua-platform-version",
  "sec-ch-ua-model",
  "sec-ch-ua-full-version-list",
  "x-requested-with",
  "accept",
  "accept-language",
  "cookie",
  "referer",
  "x-forwarded-for",
  "forwarded",
] as const;

/** Headers a hostile client might send: a user agent, client hints and others, all junk. */
export const hostileHeaders = fc
  .record({
    ua: userAgent,
    ip: fc.noBias(fc.ipV4()),
    hints: fc.dictionary(fc.constantFrom(...HINTS), headerValue, { maxKeys: 5 }),
  })
  .map(({ ua, ip, hints }) => ({ ...hints, "user-agent": ua, "cf-connecting-ip": ip }) as Record<string, string>);

/** A hostile string: unicode, control characters, numbers in words, markup, very long. */
export const nastyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({
    unit: fc.constantFrom("\u0000", "\u0001", "\t", "\n", "\r", "\u001b", "\u007f", "\u0085", "\u2028", "\u202e", "\ufeff", "\ud800"),
    maxLength: 10,
  }),
  fc.constantFrom(
    "NaN",
    "Infinity",
    "-Infinity",
    "-0",
    "1e999",
    "0x10",
    "١٢٣",
    "29990",
    " 29990 ",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "%00",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as text
    "${7*7}",
    "{{7*7}}",
    "__proto__",
    "constructor",
    "",
  ),
  fc.integer({ min: 1_000, max: 40_000 }).map((length) => "x".repeat(length)),
);

/** A hostile path segment, as it would be written into a URL (possibly percent-encoded, possibly not). */
export const pathSegment = fc.oneof(
  nastyString.map((text) => encodeURIComponent(text.slice(0, 200).toWellFormed())),
  fc.string({ unit: headerChar, maxLength: 40 }).map((text) => text.replaceAll("?", "%3F").replaceAll("#", "%23")),
  fc.constantFrom(
    "..",
    "%2e%2e",
    "..%2f..%2f",
    "%00",
    "%2F",
    "%252e",
    ".",
    "%ZZ",
    "%",
    "ps_",
    "ps_%00",
    "%E2%80%AE",
    "%C0%AE",
    "%F0%9F%92%B3",
    "sbx_",
    "-1",
  ),
  payCode,
  payCode.map((code) => `ps_${code}`),
  payCode.map((code) => `${code}-1`),
  payCode.map((code) => `sbx_${code}${code.slice(0, 6)}`),
);

/** A hostile query string (without the `?`). */
export const queryString = fc.oneof(
  fc.constant(""),
  fc
    .dictionary(
      nastyString.map((text) => text.slice(0, 50)),
      nastyString,
      { maxKeys: 4 },
    )
    .map((entries) => new URLSearchParams(entries).toString()),
  fc.string({ unit: headerChar, maxLength: 60 }).map((text) => text.replaceAll("#", "%23")),
  fc.constantFrom(
    "return_url=https://evil.example",
    "redirect=//evil.example",
    "merchant_reference=x&merchant_reference=y",
    "a=%00",
    "%ZZ=1",
    "=",
    "&&&",
  ),
);
