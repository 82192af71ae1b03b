/// <reference types="vite/client" />
/**
 * The check that holds every answer the suite receives against the OpenAPI document
 * (`openapi-check.ts`, run by `call` in `helpers.ts`): it refuses what the document does not say,
 * it passes what it does, and no test reaches the Worker around it.
 */
import { describe, expect, it } from "vitest";
import { SESSION_DETAIL_EXAMPLE } from "../../../src/openapi";
import { api, OPENAPI, ORIGIN, sessionBody } from "../helpers";
import { mismatches, operationFor } from "../openapi-check";

const problem = { type: "/problems/not-found", title: "Not found", status: 404, detail: "No such session." };

type Given = Record<string, string | undefined>;

/** An answer as the checker sees it, with the headers every answer carries unless a case leaves one out. */
function answer(method: string, path: string, status: number, body: unknown, headers: Given = {}) {
  const type = status >= 400 ? "application/problem+json" : "application/json; charset=utf-8";
  const all = Object.entries({ "content-type": type, "request-id": "8f1b2c3d4e5f6a7b", ...headers });
  return {
    method,
    url: `${ORIGIN}${path}`,
    status,
    headers: new Headers(all.filter((entry): entry is [string, string] => entry[1] !== undefined)),
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
}

const created = (body: unknown, headers: Given = {}) =>
  answer("POST", "/v1/sessions", 201, body, { location: `/v1/sessions/${SESSION_DETAIL_EXAMPLE.id}`, ...headers });

describe("the OpenAPI check refuses what the document does not say", () => {
  it.each([
    [
      "an undocumented extra property",
      created({ ...SESSION_DETAIL_EXAMPLE, secret: "x" }),
      "body /secret: fails #/components/schemas/SessionDetail/additionalProperties",
    ],
    ["a wrong status", answer("GET", "/v1/sessions/ps_x", 418, problem), "status 418 is not documented"],
    ["a missing documented header", created(SESSION_DETAIL_EXAMPLE, { location: undefined }), "header Location is documented but missing"],
    [
      "a missing Request-Id",
      answer("GET", "/v1/sessions/ps_x", 404, problem, { "request-id": undefined }),
      "header Request-Id is documented but missing",
    ],
    [
      "a header its schema refuses",
      answer("GET", "/v1/device", 429, { ...problem, status: 429 }, { "retry-after": "soon" }),
      "header Retry-After /: fails",
    ],
    [
      "a wrong type in the body",
      created({ ...SESSION_DETAIL_EXAMPLE, status: "done" }),
      "body /status: fails #/components/schemas/SessionDetail/properties/status/enum",
    ],
    [
      "an undocumented content type",
      created(SESSION_DETAIL_EXAMPLE, { "content-type": "text/html" }),
      'content-type "text/html" is not documented',
    ],
    ["a body that is not JSON", created("<html>"), "the body is not JSON"],
    [
      "a body where none is documented",
      answer("GET", "/p/8Xk3mQ2rT7vNpA/status", 304, "{}", { etag: '"open.none.1"' }),
      "a body (application/json) where the document says none",
    ],
  ])("refuses %s", async (_, given, expected) => {
    const found = await mismatches(OPENAPI, given);
    expect(found.join("\n")).toContain(expected);
  });

  it.each([
    ["a documented answer", created(SESSION_DETAIL_EXAMPLE)],
    ["a documented answer with an optional header", created(SESSION_DETAIL_EXAMPLE, { "idempotent-replayed": "true" })],
    ["a shared problem answer", answer("GET", "/v1/sessions/ps_x", 404, problem)],
    ["a 304 without a body", answer("GET", "/p/8Xk3mQ2rT7vNpA/status", 304, "", { etag: '"open.none.1"' })],
    [
      "a path the document does not list (the pay page)",
      answer("GET", "/p/8Xk3mQ2rT7vNpA", 200, "<!doctype html>", { "content-type": "text/html" }),
    ],
    ["a method the document does not list", answer("DELETE", "/v1/sessions/ps_x", 404, problem, { "request-id": undefined })],
  ])("passes %s", async (_, given) => {
    expect(await mismatches(OPENAPI, given)).toEqual([]);
  });

  it("catches the old document's lie on a real answer of the gateway", async () => {
    const response = await api("/v1/sessions", { body: sessionBody() });
    const lying = structuredClone(OPENAPI) as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
    const detail = lying.components.schemas.SessionDetail;
    if (detail) {
      delete detail.properties.attempts;
      delete detail.properties.events;
    }
    const real = {
      method: "POST",
      url: `${ORIGIN}/v1/sessions`,
      status: response.status,
      headers: response.headers,
      body: await response.text(),
    };
    expect(await mismatches(lying, real)).toEqual([
      "body /attempts: fails #/components/schemas/SessionDetail/additionalProperties",
      "body /events: fails #/components/schemas/SessionDetail/additionalProperties",
    ]);
    expect(await mismatches(OPENAPI, real)).toEqual([]);
  });
});

describe("matching a request to an operation", () => {
  it.each([
    ["POST", "/v1/sessions", "/v1/sessions"],
    ["GET", "/v1/sessions/ps_8Xk3mQ2rT7vNpA", "/v1/sessions/{id}"],
    ["POST", "/v1/sessions/ps_x/cancel", "/v1/sessions/{id}/cancel"],
    ["POST", "/v1/sessions/ps_x/events/ev_1/redeliver", "/v1/sessions/{id}/events/{event_id}/redeliver"],
    ["GET", "/v1/device", "/v1/device"],
    ["GET", "/p/8Xk3mQ2rT7vNpA/status", "/p/{code}/status"],
    ["GET", "/p/8Xk3mQ2rT7vNpA", null],
    ["GET", "/v1/sessions/", null],
    ["GET", "/v1/sessions", null],
    ["POST", "/p/8Xk3mQ2rT7vNpA/status", null],
  ])("%s %s → %s", (method, path, template) => {
    expect(operationFor(OPENAPI, method, path)?.template ?? null).toBe(template);
  });
});

/** Ways a test could receive an answer of the Worker without `call`, and so without the check. */
const AROUND_THE_CHECK: [string, RegExp][] = [
  ["the Worker's exports", /\bexports\s*\.\s*default\b|[{,]\s*exports\s*[,:}]/],
  ["SELF", /\bSELF\b/],
  ["the Worker's module", /["'](?:\.{1,2}\/)+src\/index(?:\.ts)?["']/],
  ["an endpoint's handler", /["'](?:\.{1,2}\/)+src\/endpoints\//],
];

const around = (source: string) => AROUND_THE_CHECK.filter(([, pattern]) => pattern.test(source)).map(([name]) => name);

describe("no test reaches the Worker around the check", () => {
  it.each([
    ['import { env, exports } from "cloudflare:workers";', ["the Worker's exports"]],
    ["await exports.default.fetch(request);", ["the Worker's exports"]],
    ['import { SELF } from "cloudflare:test";', ["SELF"]],
    ['import worker from "../../../src/index";', ["the Worker's module"]],
    ['const worker = await import("../../src/index.ts");', ["the Worker's module"]],
    ['import { payStatus } from "../../../src/endpoints/pay-status";', ["an endpoint's handler"]],
    ['import { env } from "cloudflare:workers";', []],
    ['const source = await import("../../../src/index.ts?raw");', []],
    ['await call("/v1/device");', []],
  ])("%s → %j", (source, expected) => {
    expect(around(source)).toEqual(expected);
  });

  it("holds for every file of the worker suite but the helper that does the checking", () => {
    const files = import.meta.glob<string>("../**/*.ts", { query: "?raw", import: "default", eager: true });
    // This file is left out only because its table above spells out what is refused.
    const scanned = Object.entries(files).filter(
      ([path]) => !["../helpers.ts", "./conformance.test.ts"].includes(path) && !path.endsWith(".d.ts"),
    );
    expect(scanned.map(([path]) => path)).toContain("../flows/status-polling.test.ts");
    expect(scanned.length).toBeGreaterThan(40);
    const offenders = scanned.flatMap(([path, source]) => around(source).map((name) => `${path}: ${name}`));
    expect(offenders).toEqual([]);
  });
});
