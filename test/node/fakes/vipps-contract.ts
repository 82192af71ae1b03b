/**
 * What the fake Vipps demands of a request body: Vipps' own OpenAPI schemas (`CreatePaymentRequest`,
 * `CaptureModificationRequest` and `RefundModificationRequest` of test/fixtures/vipps/epayment.v1.yml,
 * turned into zod schemas), and the rules the ePayment guide states in words that the schemas cannot
 * say. Also Vipps' problem answer (RFC 7807, with `traceId` and `extraDetails`), so every refusal
 * names the field at fault.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

export const SPEC_URL = new URL("../../fixtures/vipps/epayment.v1.yml", import.meta.url);

/** Smallest amount the fake takes, in minor units (the schema says 0; a payment of 0 is refused). */
const MIN_AMOUNT = 1;
/** Longest Idempotency-Key, in characters (the spec's `maxLength`). */
const MAX_KEY_LENGTH = 50;

export interface FieldProblem {
  name: string;
  reason: string;
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "content-type": "application/json; charset=utf-8", ...headers }, body: JSON.stringify(value) };
}

/** Vipps' problem answer: `type`, `title`, `status`, `detail`, `traceId`, and the fields at fault. */
export function problem(status: number, title: string, detail: string, fields: FieldProblem[] = []): Reply {
  const body = { type: `https://httpstatuses.io/${status}`, title, status, detail, traceId: randomUUID(), extraDetails: fields };
  return { status, headers: { "content-type": "application/problem+json; charset=utf-8" }, body: JSON.stringify(body) };
}

/** The Idempotency-Key every creating or adjusting call must carry (the spec: required, at most 50). */
/** A request body's JSON, or Vipps' 400 problem when it is not JSON. */
export function jsonBodyOf(text: string): { value: unknown } | { reply: Reply } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { reply: problem(400, "Bad Request", "The body is not JSON.", [{ name: "body", reason: "not JSON" }]) };
  }
}

export function keyProblem(headers: Record<string, string>): Reply | null {
  const key = headers["idempotency-key"] ?? "";
  const field = (reason: string) => [{ name: "Idempotency-Key", reason }];
  if (!key) return problem(400, "Missing required parameter", "The parameter Idempotency-Key is required.", field("required"));
  if (key.length > MAX_KEY_LENGTH) {
    return problem(400, "Invalid parameter", "Idempotency-Key is too long.", field(`at most ${MAX_KEY_LENGTH} characters`));
  }
  return null;
}

/** A body the spec describes as `application/json` must say so. */
export function jsonTypeProblem(headers: Record<string, string>): Reply | null {
  if (/^application\/json\b/i.test(headers["content-type"] ?? "")) return null;
  return problem(415, "Unsupported Media Type", "Send application/json.", [{ name: "Content-Type", reason: "expected application/json" }]);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The spec's schemas as zod's `fromJSONSchema` reads them: references point into `definitions`; the
 * one reference to another document (`receipt`, in the order-management spec) accepts anything.
 */
function localRefs(value: Json): Json {
  if (Array.isArray(value)) return value.map(localRefs);
  if (value === null || typeof value !== "object") return value;
  if (typeof value.$ref === "string" && !value.$ref.startsWith("#")) return {};
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === "$ref" && typeof item === "string" ? item.replace("#/components/schemas/", "#/definitions/") : localRefs(item),
    ]),
  );
}

/**
 * The spec's `Customer` is a `oneOf` whose three branches require nothing, so any customer matches
 * all three and a strict validator refuses every one. Its text says to give exactly one of the
 * three fields: each branch is made to require its own field, which says just that.
 */
const CUSTOMER_BRANCHES = { CustomerPhoneNumber: "phoneNumber", PersonalQrCode: "personalQr", CustomerToken: "customerToken" };

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join(".") || "body";

type Definitions = Record<string, { [key: string]: Json }>;

let specDefinitions: Definitions | null = null;

function definitionsOfSpec(): Definitions {
  if (specDefinitions) return specDefinitions;
  const spec = parse(readFileSync(SPEC_URL, "utf8")) as { components: { schemas: Record<string, Json> } };
  const definitions = localRefs(spec.components.schemas) as Definitions;
  for (const [branch, field] of Object.entries(CUSTOMER_BRANCHES)) {
    const schema = definitions[branch];
    if (!schema) throw new Error(`the spec has no ${branch}`);
    schema.required = [field];
  }
  specDefinitions = definitions;
  return definitions;
}

type RequestSchemaName = "CreatePaymentRequest" | "CaptureModificationRequest" | "RefundModificationRequest";

const requestSchemas = new Map<RequestSchemaName, z.ZodType>();

/** The spec's schema `name` as zod, made once. */
function requestSchema(name: RequestSchemaName): z.ZodType {
  const found = requestSchemas.get(name);
  if (found) return found;
  if (!definitionsOfSpec()[name]) throw new Error(`the spec has no ${name}`);
  const schema = z.fromJSONSchema({ definitions: definitionsOfSpec(), $ref: `#/definitions/${name}` } as never, {
    defaultTarget: "openapi-3.0",
  });
  requestSchemas.set(name, schema);
  return schema;
}

/** Where `body` departs from the spec's schema `name`, each naming its field. */
function schemaProblems(name: RequestSchemaName, body: unknown): FieldProblem[] {
  const parsed = requestSchema(name).safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ name: pathOf(issue.path), reason: issue.message }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `returnUrl` must be https or an app's own scheme; plain http only to this machine (local development). */
function returnUrlProblem(value: string): string | null {
  if (!URL.canParse(value)) return "not an absolute URL";
  const url = new URL(value);
  if (url.protocol !== "http:") return null;
  return url.hostname === "localhost" || url.hostname === "127.0.0.1" ? null : "must use https:// or an app's own scheme";
}

/** The rules of the guide beyond the schema (and a clearer word on the phone number than its union gives). */
function ruleProblems(body: Record<string, unknown>): FieldProblem[] {
  const found: FieldProblem[] = [];
  const amount = isRecord(body.amount) ? body.amount : {};
  if (typeof amount.value === "number" && amount.value < MIN_AMOUNT) found.push({ name: "amount.value", reason: "Amount too small" });
  const flow = body.userFlow;
  if (flow === "WEB_REDIRECT" && typeof body.returnUrl !== "string") {
    found.push({ name: "returnUrl", reason: "required when userFlow is WEB_REDIRECT" });
  }
  if (typeof body.returnUrl === "string") {
    const reason = returnUrlProblem(body.returnUrl);
    if (reason) found.push({ name: "returnUrl", reason });
  }
  if (flow === "PUSH_MESSAGE" || flow === "QR") {
    found.push({ name: "userFlow", reason: `${flow} flow not allowed for this sales unit` });
  }
  const phone = isRecord(body.customer) ? body.customer.phoneNumber : undefined;
  if (phone !== undefined && (typeof phone !== "string" || !/^\d{10,15}$/.test(phone))) {
    found.push({ name: "customer.phoneNumber", reason: "Invalid phone number: digits only, country code first, 10 to 15 digits" });
  }
  return found;
}

/** Every problem of a create-payment body, each naming its field; empty when the body is good. */
export function createPaymentProblems(body: unknown): FieldProblem[] {
  if (!isRecord(body)) return [{ name: "body", reason: "must be a JSON object" }];
  return [...schemaProblems("CreatePaymentRequest", body), ...ruleProblems(body)];
}

/**
 * Every problem of a capture or refund body (`{"modificationAmount": {currency, value}}`) for a
 * payment in `currency`: the spec's schema, an amount of at least 1 (nothing to move is refused, as
 * "Amount too small" is for a payment), and the payment's own currency.
 */
export function modificationProblems(operation: "capture" | "refund", body: unknown, currency: string): FieldProblem[] {
  if (!isRecord(body)) return [{ name: "body", reason: "must be a JSON object" }];
  const name = operation === "capture" ? "CaptureModificationRequest" : "RefundModificationRequest";
  const found = schemaProblems(name, body);
  if (found.length) return found;
  const amount = body.modificationAmount as { currency: string; value: number };
  if (amount.value < MIN_AMOUNT) found.push({ name: "modificationAmount.value", reason: "Amount too small" });
  if (amount.currency !== currency) found.push({ name: "modificationAmount.currency", reason: `the payment is in ${currency}` });
  return found;
}

/** A body as text that is the same for the same JSON whatever its key order: for idempotency checks. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (!isRecord(value)) return JSON.stringify(value);
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
}
