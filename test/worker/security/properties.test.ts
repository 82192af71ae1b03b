/**
 * Property-based tests (fast-check): every endpoint gets random and malformed input (bodies
 * mutated field by field from a valid one, raw bytes, content types, API keys, path segments,
 * query strings, hostile headers, forged signatures). Whatever arrives, the gateway never answers
 * a 5xx, the API's refusals are complete problem+json naming the field at fault, pages answer HTML
 * or a redirect (never a stack trace), redirects lead only to the gateway, the providers or the
 * payment apps, and sessions created before the run are exactly as they were after it.
 *
 * Runs use one fixed seed (`SEED`); on failure fast-check prints the seed, the path and the
 * shrunk counterexample, so `{ seed, path }` replays it.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { api, call, createSession, go, LOCAL_KEY, location, ORIGIN, OTHER_KEY, sessionBody } from "../helpers";
import {
  authorizeAtSandbox,
  checkAnswer,
  checkProblem,
  headerValue,
  hostileHeaders,
  nastyString,
  pathSegment,
  payCode,
  queryString,
  SEED,
  send,
  sessionState,
} from "./support";

const LIVE_KEY = "sk_live_local";
const KEYS = [LOCAL_KEY, OTHER_KEY, LIVE_KEY];
/** Long enough for a property's runs and for shrinking a counterexample. */
const PROPERTY_MS = 30_000;

interface Sentinel {
  id: string;
  code: string;
  /** The session's key (`<key>-<n>` are its attempts' references). */
  sessionKey: string;
  key: string;
  sandboxId: string | null;
  before: Awaited<ReturnType<typeof sessionState>>;
}

/** A session that no random request may change: its state is read before and after each property. */
async function sentinel(key: string, started: boolean, armed = false): Promise<Sentinel> {
  const session = await createSession(key === OTHER_KEY ? { url: { return_url: "https://shop.example/back" } } : {}, key);
  const sandboxId = started ? (new URL(location(await go(session.code))).pathname.split("/").at(-1) ?? null) : null;
  if (armed && sandboxId) await authorizeAtSandbox(sandboxId);
  return {
    id: session.id,
    code: session.code,
    sessionKey: session.sessionKey,
    key,
    sandboxId,
    before: await sessionState(session.id, session.code, key, sandboxId),
  };
}

/** Sessions used as targets: `quiet` (an open attempt at the sandbox), `other` (another merchant's), `armed` (authorized at the sandbox, so any trigger that got through would pay it). */
let quiet: Sentinel;
let other: Sentinel;
let armed: Sentinel;

async function expectUnchanged(...sessions: Sentinel[]) {
  for (const session of sessions) {
    expect(await sessionState(session.id, session.code, session.key, session.sandboxId), `session ${session.id}`).toEqual(session.before);
  }
}

beforeAll(async () => {
  quiet = await sentinel(LOCAL_KEY, true);
  other = await sentinel(OTHER_KEY, false);
  armed = await sentinel(LOCAL_KEY, true, true);
});

/** Runs a property `numRuns` times from the fixed seed. */
const run = <T>(property: fc.IAsyncPropertyWithHooks<[T]>, numRuns: number) => fc.assert(property, { numRuns, seed: SEED });

// ---------------------------------------------------------------------------------------------
// POST /v1/sessions: bodies
// ---------------------------------------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function validBody(): { [key: string]: Json } {
  return {
    order: { amount: 29990, currency: "NOK", merchant_reference: "ORDER-1", description: "Two tickets" },
    url: { return_url: "https://shop.example/back", callback_url: "https://shop.example/hooks" },
    provider: "sandbox",
    payment_method: "vipps",
    handoff: "auto",
    customer: { phone_number: "+4799999999", email: "kari@example.com" },
    expires_at: new Date(Date.now() + 3_600_000).toISOString(),
    metadata: { note: "gift" },
  };
}

const FIELD_PATHS: readonly (readonly string[])[] = [
  [],
  ["order"],
  ["order", "amount"],
  ["order", "currency"],
  ["order", "merchant_reference"],
  ["order", "description"],
  ["url"],
  ["url", "return_url"],
  ["url", "callback_url"],
  ["provider"],
  ["payment_method"],
  ["handoff"],
  ["customer"],
  ["customer", "phone_number"],
  ["customer", "email"],
  ["expires_at"],
  ["metadata"],
  ["metadata", "note"],
];

const DEEP = "@@DEEP@@";

/** Values a field must not take: anything JSON, huge or odd numbers, nasty strings, deep nesting, pollution attempts. */
const badValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 4, arbitrary: nastyString },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -(2 ** 53), 1e21, 5e-324, -0, 0.1, 100_000_001, 29990.0000001),
    ),
  },
  { weight: 1, arbitrary: fc.constant(DEEP) },
  { weight: 1, arbitrary: fc.constant({ polluted: "yes" }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const mutation = fc.record({
  path: fc.constantFrom(...FIELD_PATHS),
  value: badValue,
  extraKey: fc.option(fc.constantFrom("__proto__", "constructor", "prototype", "ammount", "Order", "order ", "\u0000", "toString"), {
    nil: undefined,
  }),
});

const bodyCase = fc.record({
  mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
  raw: fc.constantFrom("none", "none", "none", "dup-first", "dup-last", "truncate", "bom", "trailing"),
  depth: fc.integer({ min: 1, max: 3_000 }),
  cut: fc.nat(),
  ip: fc.noBias(fc.ipV4()),
});

const typeOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

function at(value: unknown, path: readonly string[]): unknown {
  let here = value;
  for (const part of path) {
    if (here === null || typeof here !== "object" || !Object.hasOwn(here, part)) return undefined;
    here = (here as Record<string, unknown>)[part];
  }
  return here;
}

/** Sets (or with `undefined`, deletes) `path` as an own property, `__proto__` included. */
function put(root: { value: Json }, path: readonly string[], value: Json | undefined): void {
  value = value === undefined ? undefined : (structuredClone(value) as Json);
  if (path.length === 0) {
    if (value !== undefined) root.value = value;
    return;
  }
  const parent = at(root.value, path.slice(0, -1));
  if (parent === null || typeof parent !== "object" || Array.isArray(parent)) return;
  const key = path[path.length - 1] as string;
  if (value === undefined) delete (parent as Record<string, unknown>)[key];
  else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

type BodyCase = typeof bodyCase extends fc.Arbitrary<infer T> ? T : never;

/** Strict objects of the schema: an unknown key in one of them must be refused by name. */
const STRICT_PATHS = ["", "order", "url", "customer"];

function bodyText(testCase: BodyCase) {
  const root = { value: validBody() as Json };
  for (const change of testCase.mutations) {
    put(root, change.path, change.value);
    if (change.extraKey !== undefined) put(root, [...change.path, change.extraKey], change.value ?? "x");
  }
  let text = JSON.stringify(root.value) ?? "";
  text = text.replaceAll(`"${DEEP}"`, `${"[".repeat(testCase.depth)}${"]".repeat(testCase.depth)}`);
  switch (testCase.raw) {
    case "dup-first":
      text = text.startsWith("{") ? `{"order":"shadowed",${text.slice(1)}` : text;
      break;
    case "dup-last":
      text = text.endsWith("}") && text !== "{}" ? `${text.slice(0, -1)},"order":{"amount":-1}}` : text;
      break;
    case "truncate":
      text = text.slice(0, testCase.cut % Math.max(text.length, 1));
      break;
    case "bom":
      text = `\ufeff${text}`;
      break;
    case "trailing":
      text = `${text} ,}`;
      break;
  }
  return { root: root.value, text };
}

describe("POST /v1/sessions with random bodies", () => {
  it(
    "never answers 5xx; refusals are problem+json naming the field mutated; Object.prototype stays clean",
    async () => {
      const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
      await run(
        fc.asyncProperty(bodyCase, async (testCase) => {
          const { text } = bodyText(testCase);
          const response = await api("/v1/sessions", { body: text, headers: { "cf-connecting-ip": testCase.ip } });
          const answer = await checkAnswer("POST", "/v1/sessions", response);
          const bytes = new TextEncoder().encode(text).byteLength;
          let parsed: unknown;
          let parses = true;
          try {
            parsed = JSON.parse(text.replace(/^\ufeff/, ""));
          } catch {
            parses = false;
          }
          if (response.status === 429) return;
          if (bytes > 32 * 1024) expect(response.status, "over 32 KiB").toBe(413);
          else if (!parses) expect(response.status, "not JSON").toBe(400);
          else expect([201, 422], answer.slice(0, 300)).toContain(response.status);
          // A single mutation to another JSON type must be named in the errors.
          const [only] = testCase.mutations;
          if (
            testCase.mutations.length === 1 &&
            only &&
            parses &&
            bytes <= 32 * 1024 &&
            ["none", "dup-first", "bom"].includes(testCase.raw)
          ) {
            const original = at(validBody(), only.path);
            const actual = at(parsed, only.path);
            const field = only.path.length ? only.path.join(".") : "body";
            if (actual !== undefined && typeOf(actual) !== typeOf(original) && field !== "metadata.note") {
              expect(response.status, `${field} as ${typeOf(actual)}`).toBe(422);
              const fields = (JSON.parse(answer) as { errors: { field: string }[] }).errors.map((error) => error.field);
              expect(fields, answer).toContain(field);
            }
            const target = at(parsed, only.path);
            if (
              only.extraKey !== undefined &&
              STRICT_PATHS.includes(only.path.join(".")) &&
              target !== null &&
              typeof target === "object" &&
              !Array.isArray(target) &&
              Object.hasOwn(target, only.extraKey)
            ) {
              expect(response.status, `unknown key ${JSON.stringify(only.extraKey)} in ${field}`).toBe(422);
              const fields = (JSON.parse(answer) as { errors: { field: string }[] }).errors.map((error) => error.field);
              expect(fields, answer).toContain([...only.path, only.extraKey].join("."));
            }
          }
        }),
        150,
      );
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      await expectUnchanged(quiet, other, armed);
    },
    PROPERTY_MS,
  );
});

// ---------------------------------------------------------------------------------------------
// POST /v1/sessions: content types, raw bytes, idempotency keys
// ---------------------------------------------------------------------------------------------

const contentType = fc.oneof(
  fc.constantFrom(
    "application/json",
    "application/json; charset=utf-8",
    "APPLICATION/JSON",
    "application/vnd.api+json",
    "application/problem+json",
    "application/json; charset=utf-16",
    "application/jsonx",
    "application/json\t;",
    "text/json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/json, text/plain",
    "",
  ),
  headerValue,
);

const rawBody = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.constant(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])),
  fc.constant(new TextEncoder().encode(JSON.stringify(sessionBody()))),
  fc.string({ unit: "binary", maxLength: 100 }).map((text) => new TextEncoder().encode(text)),
);

describe("POST /v1/sessions, cancel, capture and refund with raw bytes, content types and idempotency keys", () => {
  it(
    "never answers 5xx, and refuses with a problem naming body, content-type or idempotency-key",
    async () => {
      await run(
        fc.asyncProperty(
          fc.record({
            target: fc.constantFrom("create", "cancel", "capture", "refund"),
            id: payCode.map((code) => `ps_${code}`),
            type: fc.option(contentType, { nil: undefined }),
            body: rawBody,
            idempotencyKey: fc.option(fc.oneof(headerValue, fc.constantFrom("k", "a".repeat(255), "a".repeat(256), "ключ")), {
              nil: undefined,
            }),
            headers: hostileHeaders,
          }),
          async (testCase) => {
            const path = testCase.target === "create" ? "/v1/sessions" : `/v1/sessions/${testCase.id}/${testCase.target}`;
            const headers: Record<string, string> = { ...testCase.headers, authorization: `Bearer ${LOCAL_KEY}` };
            if (testCase.type !== undefined) headers["content-type"] = testCase.type;
            if (testCase.idempotencyKey !== undefined) headers["idempotency-key"] = testCase.idempotencyKey;
            const { response, text } = await send(path, { method: "POST", headers, body: testCase.body });
            expect([201, 400, 404, 409, 413, 415, 422, 429], text.slice(0, 300)).toContain(response.status);
          },
        ),
        100,
      );
      await expectUnchanged(quiet, other, armed);
    },
    PROPERTY_MS,
  );
});

// ---------------------------------------------------------------------------------------------
// Authorization on every merchant endpoint
// ---------------------------------------------------------------------------------------------

/** A key one edit away from a real one (never a real one), or a look-alike. */
const nearKey = fc
  .record({
    key: fc.constantFrom(...KEYS),
    at: fc.nat(),
    char: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    edit: fc.constantFrom("insert", "delete", "replace", "upper", "suffix", "prefix"),
  })
  .map(({ key, at, char, edit }) => {
    const i = at % key.length;
    switch (edit) {
      case "insert":
        return key.slice(0, i) + char + key.slice(i);
      case "delete":
        return key.slice(0, i) + key.slice(i + 1);
      case "replace":
        return key.slice(0, i) + char + key.slice(i + 1);
      case "upper":
        return key.toUpperCase();
      case "suffix":
        return `${key}${char}`;
      default:
        return `${char}${key}`;
    }
  });

const authorization = fc.oneof(
  nearKey.map((key) => `Bearer ${key}`),
  fc.constantFrom(...KEYS).map((key) => `Basic ${btoa(`${key}:`)}`),
  fc.constantFrom(...KEYS).map((key) => key),
  fc.constantFrom(...KEYS).map((key) => `Bearer ${key} junk`),
  fc.constantFrom(...KEYS).map((key) => `Bearer ${key},Bearer ${key}`),
  fc.constantFrom(...KEYS).map((key) => `Token ${key}`),
  headerValue,
  headerValue.map((value) => `Bearer ${value}`),
);

/** Whether `header` carries exactly a real key: the scheme word, whitespace, the key, whitespace. */
function carriesRealKey(header: string): boolean {
  const match = /^bearer\s+(\S+)\s*$/i.exec(header.trim());
  return match !== null && KEYS.includes(match[1] ?? "");
}

describe("Authorization on every merchant endpoint", () => {
  it(
    "refuses anything but a real key with 401 problem+json and WWW-Authenticate, and changes nothing",
    async () => {
      await run(
        fc.asyncProperty(
          fc.record({
            header: fc.option(authorization, { nil: undefined }),
            endpoint: fc.constantFrom("create", "get", "cancel", "capture", "refund", "redeliver"),
            target: fc.constantFrom("quiet", "other"),
            ip: fc.noBias(fc.ipV4()),
          }),
          async ({ header, endpoint, target, ip }) => {
            fc.pre(header === undefined || !carriesRealKey(header));
            const session = target === "quiet" ? quiet : other;
            const headers: Record<string, string> = { "cf-connecting-ip": ip, "content-type": "application/json" };
            if (header !== undefined) headers.authorization = header;
            const requests: Record<string, [string, RequestInit]> = {
              create: ["/v1/sessions", { method: "POST", headers, body: JSON.stringify(sessionBody()) }],
              get: [`/v1/sessions/${session.id}`, { headers }],
              cancel: [`/v1/sessions/${session.id}/cancel`, { method: "POST", headers }],
              capture: [`/v1/sessions/${session.id}/capture`, { method: "POST", headers, body: "{}" }],
              refund: [`/v1/sessions/${session.id}/refund`, { method: "POST", headers, body: "{}" }],
              redeliver: [`/v1/sessions/${session.id}/events/evt_1/redeliver`, { method: "POST", headers }],
            };
            const [path, init] = requests[endpoint] as [string, RequestInit];
            const { response } = await send(path, init);
            if (response.status === 429) return;
            expect(response.status, `${endpoint} with ${JSON.stringify(header)}`).toBe(401);
            expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
          },
        ),
        120,
      );
      await expectUnchanged(quiet, other, armed);
    },
    PROPERTY_MS,
  );
});

// ---------------------------------------------------------------------------------------------
// Session ids and event ids in paths
// ---------------------------------------------------------------------------------------------

describe("Session and event ids in paths", () => {
  it(
    "GET, cancel and redeliver with any id and any key: 4xx problem+json, never another merchant's session, nothing changed",
    async () => {
      const sentinelIds = [quiet.id, other.id, armed.id];
      const idSegment = fc.oneof(
        pathSegment,
        fc.constantFrom(...sentinelIds),
        fc
          .record({
            id: fc.constantFrom(...sentinelIds),
            change: fc.constantFrom("lower", "upper", "slash", "dot", "space", "encoded", "double", "nul"),
          })
          .map(({ id, change }) => {
            switch (change) {
              case "lower":
                return id.toLowerCase();
              case "upper":
                return id.toUpperCase();
              case "slash":
                return `${id}%2F`;
              case "dot":
                return `${id}.`;
              case "space":
                return `${id}%20`;
              case "encoded":
                return id.replace(/^ps_(.)/, (_, first: string) => `ps_%${first.charCodeAt(0).toString(16)}`);
              case "double":
                return `${id}${id.slice(3)}`;
              default:
                return `${id}%00`;
            }
          }),
      );
      await run(
        fc.asyncProperty(
          fc.record({
            endpoint: fc.constantFrom("get", "cancel", "capture", "refund", "redeliver"),
            id: idSegment,
            eventId: fc.oneof(pathSegment, fc.constantFrom("evt_", "evt_1", "..", "%00")),
            key: fc.constantFrom(...KEYS),
            query: queryString,
            headers: hostileHeaders,
          }),
          async ({ endpoint, id, eventId, key, query, headers }) => {
            const owner = [quiet, other, armed].find((session) => session.id === id);
            // The owner cancelling its own session is a real change; everything else must change nothing.
            fc.pre(!(endpoint === "cancel" && owner?.key === key));
            const paths = {
              get: `/v1/sessions/${id}`,
              cancel: `/v1/sessions/${id}/cancel`,
              capture: `/v1/sessions/${id}/capture`,
              refund: `/v1/sessions/${id}/refund`,
              redeliver: `/v1/sessions/${id}/events/${eventId}/redeliver`,
            };
            const path = `${paths[endpoint]}${query ? `?${query}` : ""}`;
            const init: RequestInit = {
              method: endpoint === "get" ? "GET" : "POST",
              headers: { ...headers, authorization: `Bearer ${key}` },
            };
            const { response, text } = await send(path, init);
            if (endpoint === "get" && owner?.key === key && new URL(path, ORIGIN).pathname === `/v1/sessions/${id}`) {
              expect([200, 429]).toContain(response.status);
              return;
            }
            expect([401, 404, 409, 422, 429], `${path}: ${text.slice(0, 200)}`).toContain(response.status);
            if (owner && owner.key !== key) expect(text).not.toContain(owner.code);
          },
        ),
        120,
      );
      await expectUnchanged(quiet, other, armed);
    },
    PROPERTY_MS,
  );
});

// ---------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------

describe("Pages with any code, query and headers", () => {
  it(
    "GET /p/{code}, /p/{code}/status, /p/{code}/live, /p/{code}/qr.svg, /r/{ref}, /sandbox/pay|app/{id}: HTML, JSON, SVG or a redirect; never 5xx; nothing changed",
    async () => {
      const segment = fc.oneof(
        { weight: 3, arbitrary: pathSegment },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            quiet.code,
            `${quiet.sessionKey}-1`,
            `${quiet.sessionKey}-2`,
            `${quiet.sessionKey}-0`,
            `${quiet.sessionKey}-99999`,
            `${quiet.sessionKey}-01`,
            quiet.sandboxId ?? "",
            `${quiet.code}x`,
            quiet.code.toLowerCase(),
            quiet.id,
            quiet.sessionKey,
          ),
        },
      );
      await run(
        fc.asyncProperty(
          fc.record({
            template: fc.constantFrom(
              "/p/{}",
              "/p/{}/status",
              "/p/{}/live",
              "/p/{}/qr.svg",
              "/r/{}",
              "/sandbox/pay/{}",
              "/sandbox/app/{}",
              "/p/{}/",
              "/r/{}/",
            ),
            segment,
            query: queryString,
            headers: hostileHeaders,
          }),
          async ({ template, segment, query, headers }) => {
            const path = `${template.replace("{}", segment)}${query ? `?${query}` : ""}`;
            await send(path, { headers });
          },
        ),
        150,
      );
      await expectUnchanged(quiet, other, armed);
    },
    PROPERTY_MS,
  );

  it(
    "GET /p/{code}/go (a link scanner following the form's action) answers a redirect to the pay page or an HTML page",
    async () => {
      await run(
        fc.asyncProperty(
          fc.record({ segment: fc.oneof(pathSegment, fc.constant(quiet.code)), headers: hostileHeaders }),
          async ({ segment, headers }) => {
            await send(`/p/${segment}/go`, { headers });
          },
        ),
        50,
      );
      await expectUnchanged(quiet, other, armed);
    },
    PROPERTY_MS,
  );
});

// ---------------------------------------------------------------------------------------------
// Form posts
// ---------------------------------------------------------------------------------------------

describe("Form posts to /p/{code}/go and /sandbox/pay/{id}", () => {
  it(
    "any body and content type: never 5xx, HTML or a redirect or a problem; an invalid choice starts and decides nothing",
    async () => {
      const formBody = fc.oneof(
        fc
          .dictionary(
            nastyString.map((text) => text.slice(0, 30)),
            nastyString,
            { maxKeys: 4 },
          )
          .map((entries) => new TextEncoder().encode(new URLSearchParams(entries).toString())),
        fc.uint8Array({ maxLength: 120 }),
        fc.string({ unit: "binary", maxLength: 80 }).map((text) => new TextEncoder().encode(text)),
      );
      await run(
        fc.asyncProperty(
          fc.record({
            target: fc.constantFrom("go-quiet", "go-random", "sandbox-quiet", "sandbox-random"),
            segment: pathSegment,
            body: formBody,
            choice: nastyString.filter((text) => !["hosted", "app", "approve", "decline", "cancel"].includes(text)),
            type: fc.option(contentType, { nil: undefined }),
            headers: hostileHeaders,
          }),
          async ({ target, segment, body, choice, type, headers }) => {
            const name = target.startsWith("go") ? "handoff" : "decision";
            const path = {
              "go-quiet": `/p/${quiet.code}/go`,
              "go-random": `/p/${segment}/go`,
              "sandbox-quiet": `/sandbox/pay/${quiet.sandboxId}`,
              "sandbox-random": `/sandbox/pay/${segment}`,
            }[target];
            // Whatever comes first, the last `handoff` / `decision` is not a valid one: nothing may start or be decided.
            const suffix = new TextEncoder().encode(`&${new URLSearchParams({ [name]: choice.slice(0, 100) })}`);
            const bytes = new Uint8Array([...body, ...suffix]);
            const init: RequestInit = {
              method: "POST",
              headers: { ...headers, ...(type === undefined ? {} : { "content-type": type }) },
              body: bytes,
            };
            await send(path, init);
          },
        ),
        100,
      );
      await expectUnchanged(quiet, other, armed);
    },
    PROPERTY_MS,
  );
});

// ---------------------------------------------------------------------------------------------
// /v1/device
// ---------------------------------------------------------------------------------------------

describe("GET /v1/device with hostile headers", () => {
  it(
    "always describes a device (200 JSON with its page), never 5xx",
    async () => {
      await run(
        fc.asyncProperty(fc.record({ headers: hostileHeaders, query: queryString }), async ({ headers, query }) => {
          const { response, text } = await send(`/v1/device${query ? `?${query}` : ""}`, { headers });
          if (response.status === 429) return;
          expect(response.status).toBe(200);
          expect(JSON.parse(text)).toMatchObject({ page: expect.stringMatching(/^(hosted|app|preview|unsupported)$/) });
        }),
        100,
      );
    },
    PROPERTY_MS,
  );
});

// ---------------------------------------------------------------------------------------------
// Provider callbacks
// ---------------------------------------------------------------------------------------------

const hex64 = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 });
const base64Mac = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => btoa(String.fromCharCode(...bytes)));

const dinteroSignature = fc.oneof(
  fc
    .record({ skew: fc.integer({ min: -400, max: 400 }), mac: hex64 })
    .map(({ skew, mac }) => `t=${Math.floor(Date.now() / 1000) + skew},v0-hmac-sha256=${mac}`),
  fc.record({ mac: hex64 }).map(({ mac }) => `t=${Math.floor(Date.now() / 1000)},t=0,v0-hmac-sha256=${mac},v0-hmac-sha256=${mac}`),
  fc.constantFrom("", "t=", "v0-hmac-sha256=", "t=NaN,v0-hmac-sha256=00", "t=1e10,v0-hmac-sha256=", "==,,==", "t=0x10,v0-hmac-sha256=ab"),
  headerValue,
);

const vippsHeaders = fc.record({
  date: fc.oneof(fc.constant("now"), fc.constant("old"), headerValue),
  hash: fc.oneof(fc.constant("right"), base64Mac, headerValue),
  auth: fc.oneof(
    base64Mac.map((mac) => `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${mac}`),
    base64Mac.map((mac) => `HMAC-SHA256 SignedHeaders=host&Signature=${mac}`),
    headerValue,
  ),
});

describe("Provider callbacks with forged signatures", () => {
  it(
    "never pass: 401 (or 404 for an unknown provider or merchant) problem+json; the armed session stays unpaid",
    async () => {
      const armedRef = `${armed.sessionKey}-1`;
      await run(
        fc.asyncProperty(
          fc.record({
            method: fc.constantFrom("GET", "POST"),
            provider: fc.oneof(
              { weight: 4, arbitrary: fc.constantFrom("sandbox", "dintero", "vipps") },
              { weight: 1, arbitrary: pathSegment },
            ),
            merchant: fc.oneof(
              { weight: 4, arbitrary: fc.constantFrom("mer_local", "mer_other", "mer_live") },
              { weight: 1, arbitrary: pathSegment },
            ),
            reference: fc.oneof(fc.constant(armedRef), pathSegment),
            query: queryString,
            dintero: fc.option(dinteroSignature, { nil: undefined }),
            vipps: fc.option(vippsHeaders, { nil: undefined }),
            body: fc.option(
              fc.oneof(
                fc.record({ name: fc.constantFrom("AUTHORIZED", "CREATED", "ABORTED"), success: fc.boolean() }).map(({ name, success }) =>
                  JSON.stringify({
                    msn: "123456",
                    reference: armedRef,
                    pspReference: "psp-1",
                    name,
                    amount: { currency: "NOK", value: 29990 },
                    timestamp: new Date().toISOString(),
                    idempotencyKey: null,
                    success,
                  }),
                ),
                nastyString,
              ),
              { nil: undefined },
            ),
            headers: hostileHeaders,
          }),
          async (testCase) => {
            const params = new URLSearchParams(testCase.query);
            params.set("merchant_reference", testCase.reference);
            params.set("transaction_id", "T11223344.forged");
            const path = `/v1/providers/${testCase.provider}/callback/${testCase.merchant}?${params}`;
            const headers: Record<string, string> = { ...testCase.headers, "content-type": "application/json" };
            if (testCase.dintero !== undefined) headers["dintero-signature"] = testCase.dintero;
            const body = testCase.method === "POST" ? (testCase.body ?? "") : undefined;
            if (testCase.vipps) {
              const hash = btoa(
                String.fromCharCode(...new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(body ?? "")))),
              );
              headers["x-ms-date"] =
                testCase.vipps.date === "now"
                  ? new Date().toUTCString()
                  : testCase.vipps.date === "old"
                    ? new Date(Date.now() - 9 * 86_400_000).toUTCString()
                    : testCase.vipps.date;
              headers["x-ms-content-sha256"] = testCase.vipps.hash === "right" ? hash : testCase.vipps.hash;
              headers.authorization = testCase.vipps.auth;
            }
            const { response, text } = await send(path, { method: testCase.method, headers, ...(body === undefined ? {} : { body }) });
            if (response.status === 429) return;
            expect([401, 404], `${path}: ${text.slice(0, 200)}`).toContain(response.status);
          },
        ),
        150,
      );
      await expectUnchanged(quiet, other, armed);
    },
    PROPERTY_MS,
  );
});

// ---------------------------------------------------------------------------------------------
// Unknown paths and methods
// ---------------------------------------------------------------------------------------------

describe("Unknown paths and methods", () => {
  it(
    "answer 404 problem+json, whatever the path, method and headers",
    async () => {
      const unknownPath = fc.oneof(
        fc.array(pathSegment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join("/")}`),
        fc
          .record({
            prefix: fc.constantFrom(
              "/v1/",
              "/v1/sessions/x/y/z/",
              "/p/x/y/",
              "/sandbox/",
              "/sandbox/x/",
              "/v2/",
              "/.well-known/",
              "/admin/",
              "/v1/providers/sandbox/",
            ),
            rest: pathSegment,
          })
          .map(({ prefix, rest }) => `${prefix}${rest}`),
      );
      const wrongMethod = fc.constantFrom<[string, string]>(
        ["DELETE", "/v1/sessions"],
        ["PUT", `/v1/sessions/${quiet.id}`],
        ["PATCH", `/v1/sessions/${quiet.id}`],
        ["DELETE", `/v1/sessions/${quiet.id}`],
        ["GET", `/v1/sessions/${quiet.id}/cancel`],
        ["PUT", `/p/${quiet.code}`],
        ["POST", `/p/${quiet.code}`],
        ["DELETE", `/p/${quiet.code}/go`],
        ["POST", `/p/${quiet.code}/status`],
        ["POST", `/r/${quiet.key}-1`],
        ["PUT", `/sandbox/pay/${quiet.sandboxId}`],
        ["POST", `/sandbox/app/${quiet.sandboxId}`],
        ["POST", "/v1/device"],
        ["OPTIONS", "/v1/sessions"],
        ["PUT", "/v1/providers/sandbox/callback/mer_local"],
      );
      await run(
        fc.asyncProperty(
          fc.record({
            request: fc.oneof(
              fc.tuple(
                fc.constantFrom<string>("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"),
                unknownPath.filter((path) => {
                  const known =
                    /^\/(?:v1\/(?:sessions|device|providers\/[^/]+\/callback\/[^/]+)|p\/[^/]+(?:\/(?:go|status|live|qr\.svg))?|r\/[^/]+|sandbox\/(?:pay|app)\/[^/]+)\/*$|^\/*$/;
                  return !known.test(new URL(path, ORIGIN).pathname);
                }),
              ),
              wrongMethod,
            ),
            headers: hostileHeaders,
          }),
          async ({ request, headers }) => {
            const [method, path] = request;
            const response = await call(path, { method, headers: { ...headers, authorization: `Bearer ${LOCAL_KEY}` } });
            const text = await checkAnswer(method, path, response);
            if (response.status === 429) return;
            expect(response.status, `${method} ${path}`).toBe(404);
            if (method !== "HEAD") checkProblem(response, text, `${method} ${path}`);
          },
        ),
        100,
      );
      await expectUnchanged(quiet, other, armed);
    },
    PROPERTY_MS,
  );
});
