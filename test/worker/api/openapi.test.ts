/**
 * The OpenAPI document: valid OpenAPI 3.1 by the official schema (with its JSON Schema dialect),
 * its examples accepted by the zod schemas they document, every merchant route described, and
 * served at GET /openapi.json.
 */

import { validate } from "@hyperjump/json-schema/openapi-3-1";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { buildOpenApi, DeviceSchema } from "../../../src/openapi";
import { CreateLinkSchema, LinkListSchema, LinkSchema } from "../../../src/schemas/link";
import {
  CaptureSchema,
  CreateSessionSchema,
  RefundSchema,
  SessionDetailSchema,
  StatusSchema,
  WebhookSchema,
} from "../../../src/schemas/session";
import { call, ORIGIN } from "../helpers";

const OAS_31 = "https://spec.openapis.org/oas/3.1/schema-base";
// biome-ignore lint/suspicious/noExplicitAny: the test walks the document freely; the validator checks its shape
type Json = Record<string, any>;
const doc = buildOpenApi(ORIGIN) as Json;

/** Every `example` in the document, by its JSON Pointer. */
function examples(node: unknown, pointer = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
      if (key === "example") found.set(at, value);
      else for (const [p, v] of examples(value, at)) found.set(p, v);
    }
  }
  return found;
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const output = await validate(OAS_31, doc, "BASIC");
    expect(output.valid ? [] : output.errors?.slice(0, 5)).toEqual([]);
  });

  it("is refused by the validator when broken, in the document or in a schema", async () => {
    const { info: _info, ...noInfo } = doc;
    expect((await validate(OAS_31, noInfo)).valid).toBe(false);
    const badSchema = { ...doc, components: { ...doc.components, schemas: { Bad: { type: 5 } } } };
    expect((await validate(OAS_31, badSchema)).valid).toBe(false);
  });

  it("documents every example with a value its zod schema accepts", () => {
    const json = "content/application~1json/example";
    const schemaFor: Record<string, z.ZodType> = {
      [`/paths/~1v1~1sessions/post/requestBody/${json}`]: CreateSessionSchema,
      [`/paths/~1v1~1sessions/post/responses/201/${json}`]: SessionDetailSchema,
      [`/paths/~1v1~1sessions~1{id}/get/responses/200/${json}`]: SessionDetailSchema,
      [`/paths/~1v1~1sessions~1{id}~1capture/post/requestBody/${json}`]: CaptureSchema,
      [`/paths/~1v1~1sessions~1{id}~1refund/post/requestBody/${json}`]: RefundSchema,
      [`/paths/~1p~1{code}~1status/get/responses/200/${json}`]: StatusSchema,
      [`/paths/~1v1~1device/get/responses/200/${json}`]: DeviceSchema,
      [`/webhooks/sessionEvent/post/requestBody/${json}`]: WebhookSchema,
      [`/paths/~1v1~1links/post/requestBody/${json}`]: CreateLinkSchema,
      [`/paths/~1v1~1links/post/responses/201/${json}`]: LinkSchema,
      [`/paths/~1v1~1links/get/responses/200/${json}`]: LinkListSchema,
      [`/paths/~1v1~1links~1{id}/get/responses/200/${json}`]: LinkSchema,
      [`/paths/~1v1~1links~1{id}~1deactivate/post/responses/200/${json}`]: LinkSchema,
      [`/paths/~1v1~1links~1{id}~1activate/post/responses/200/${json}`]: LinkSchema,
    };
    const found = examples(doc);
    expect([...found.keys()].sort()).toEqual(Object.keys(schemaFor).sort());
    for (const [pointer, schema] of Object.entries(schemaFor)) {
      const result = schema.safeParse(found.get(pointer));
      expect(result.error?.issues, pointer).toBeUndefined();
    }
  });

  it("describes every API route of the router, except provider callbacks", async () => {
    const rawPath = "../../../src/index.ts?raw";
    const source = ((await import(/* @vite-ignore */ rawPath)) as { default: string }).default;
    const routes = [...source.matchAll(/\.(get|post|put|patch|delete)\("([^"]+)"/g)]
      .map(([, method, path]) => ({ method: method ?? "", path: (path ?? "").replace(/:(\w+)/g, "{$1}") }))
      .filter(
        ({ path }) =>
          (path.startsWith("/v1/") && !path.startsWith("/v1/providers/")) || path === "/p/{code}/status" || path === "/p/{code}/live",
      );
    expect(routes.length).toBeGreaterThanOrEqual(6);
    for (const { method, path } of routes) {
      expect(doc.paths[path]?.[method], `${method.toUpperCase()} ${path}`).toBeDefined();
    }
  });

  it("sends errors as problem+json and asks merchants for a bearer key", () => {
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: "http", scheme: "bearer" });
    for (const response of Object.values(doc.components.responses as Json)) {
      expect(Object.keys(response.content)).toEqual(["application/problem+json"]);
    }
    expect(doc.paths["/v1/sessions"].post.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", in: "header" }));
    expect(doc.webhooks.sessionEvent.post.parameters).toContainEqual(expect.objectContaining({ name: "Paylink-Signature", in: "header" }));
  });

  it("names the Request-Id header on every answer of the gateway", () => {
    const inline = Object.values(doc.paths as Json).flatMap((item) =>
      Object.values(item as Json).flatMap((operation) => Object.values(operation.responses as Json)),
    );
    const answers = [...inline.filter((response) => !("$ref" in response)), ...Object.values(doc.components.responses as Json)];
    expect(answers.length).toBeGreaterThan(15);
    for (const answer of answers) expect(answer.headers?.["Request-Id"]).toEqual({ $ref: "#/components/headers/RequestId" });
    expect(doc.components.headers.RequestId.schema.type).toBe("string");
  });

  it("describes the status's ETag, If-None-Match and 304", () => {
    const status = doc.paths["/p/{code}/status"].get;
    expect(status.parameters).toContainEqual(expect.objectContaining({ name: "If-None-Match", in: "header" }));
    expect(status.responses["200"].headers.ETag).toBeDefined();
    expect(status.responses["304"]).toBeDefined();
  });
});

describe("GET /openapi.json", () => {
  it("serves the document as JSON", async () => {
    const response = await call("/openapi.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const served = (await response.json()) as Json;
    expect(served.openapi).toBe("3.1.0");
    expect(served.servers).toEqual([{ url: ORIGIN }]);
    expect(served.paths).toEqual(doc.paths);
  });
});
