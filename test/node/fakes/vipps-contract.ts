/**
 * What the fake Vipps demands of a create-payment body: Vipps' own OpenAPI schema
 * (`CreatePaymentRequest` of test/fixtures/vipps/epayment.v1.yml, turned into a zod schema), and
 * the rules the ePayment guide states in words that the schema cannot say. Also Vipps' problem
 * answer (RFC 7807, with `traceId` and `extraDetails`), so every refusal names the field at fault.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

export const SPEC_URL = new URL("../../fixtures/vipps/epayment.v1.yml", import.meta.url);

/** Smallest amount the fake takes, in minor units (the schema says 0; a payment of 0 is refused). */
const MIN_AMOUNT = 1;

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

function loadCreatePaymentSchema(): z.ZodType {
  const spec = parse(readFileSync(SPEC_URL, "utf8")) as { components: { schemas: Record<string, Json> } };
  const definitions = localRefs(spec.components.schemas) as Record<string, { [key: string]: Json }>;
  for (const [branch, field] of Object.entries(CUSTOMER_BRANCHES)) {
    const schema = definitions[branch];
    if (!schema) throw new Error(`the spec has no ${branch}`);
    schema.required = [field];
  }
  return z.fromJSONSchema({ definitions, $ref: "#/definitions/CreatePaymentRequest" } as never, { defaultTarget: "openapi-3.0" });
}

let createPaymentSchema: z.ZodType | null = null;

const pathOf = (path: readonly PropertyKey[]) => path.map(String).join(".") || "body";

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
  createPaymentSchema ??= loadCreatePaymentSchema();
  const parsed = createPaymentSchema.safeParse(body);
  const schemaProblems = parsed.success ? [] : parsed.error.issues.map((issue) => ({ name: pathOf(issue.path), reason: issue.message }));
  return [...schemaProblems, ...ruleProblems(body)];
}

/** A body as text that is the same for the same JSON whatever its key order: for idempotency checks. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (!isRecord(value)) return JSON.stringify(value);
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
}
