/**
 * Holds an answer of the gateway against the OpenAPI document. An answer to a documented operation
 * (method and path template, `/v1/sessions/{id}`) must have a status the operation documents,
 * every header the document names for that status (unless marked `required: false`) with a value
 * its schema accepts, and a body of a documented content type that the schema for that type
 * accepts (JSON Schema 2020-12 in OpenAPI 3.1's dialect, by @hyperjump/json-schema, which runs
 * inside workerd); a status documented without content must come without a body. Answers to a
 * path or a method the document does not list are not checked (the pay page, the sandbox).
 */
import { registerSchema, validate } from "@hyperjump/json-schema/openapi-3-1";

type Json = Record<string, unknown>;

/** What the checker needs of one answer: the request's method and URL, and the whole answer. */
export interface Answer {
  method: string;
  url: string;
  status: number;
  headers: Headers;
  body: string;
}

/** The documented operation a request reaches, or null when the document does not list it. */
export function operationFor(document: Json, method: string, pathname: string): { template: string; operation: Json } | null {
  const paths = document.paths as Record<string, Json>;
  const segments = pathname.split("/");
  const matching = Object.keys(paths).filter((template) => templateMatches(template.split("/"), segments));
  // A literal segment is more specific than a parameter: `/v1/device` before `/v1/{anything}`.
  const template = matching.sort((a, b) => parameterCount(a) - parameterCount(b))[0];
  const operation = template === undefined ? undefined : (paths[template]?.[method.toLowerCase()] as Json | undefined);
  return template === undefined || operation === undefined ? null : { template, operation };
}

function templateMatches(template: string[], segments: string[]): boolean {
  return (
    template.length === segments.length &&
    template.every((part, i) => {
      const segment = segments[i] ?? "";
      return /^\{[^}]+\}$/.test(part) ? segment !== "" : part === segment;
    })
  );
}

const parameterCount = (template: string) => (template.match(/\{/g) ?? []).length;

/** JSON Pointer escaping of one reference token. */
const token = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");

/** A node of the document and its pointer, following a local `$ref` once. */
function resolve(document: Json, node: Json, pointer: string): { node: Json; pointer: string } {
  const target = node.$ref;
  if (typeof target !== "string") return { node, pointer };
  if (!target.startsWith("#/")) throw new Error(`only local references are followed: ${target}`);
  const keys = target
    .slice(2)
    .split("/")
    .map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"));
  const found = keys.reduce<unknown>((at, key) => (at as Json | undefined)?.[key], document);
  if (!found || typeof found !== "object") throw new Error(`unresolved reference ${target}`);
  return { node: found as Json, pointer: target.slice(1) };
}

/** The media type of a Content-Type value, without its parameters. */
const mediaType = (value: string | null) => (value ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
const isJson = (type: string) => type === "application/json" || type.endsWith("+json");

type Validator = (
  value: unknown,
  outputFormat: "BASIC",
) => { valid: boolean; errors?: { instanceLocation: string; absoluteKeywordLocation: string }[] };

const registered = new WeakMap<Json, string>();
const validators = new Map<string, Promise<Validator>>();

/** The document's address for the validator: each document object is registered once, under its own. */
function addressOf(document: Json): string {
  const known = registered.get(document);
  if (known) return known;
  const address = `https://paylink.test/openapi-check/${crypto.randomUUID()}/openapi.json`;
  registerSchema(document as Parameters<typeof registerSchema>[0], address, "https://spec.openapis.org/oas/3.1/schema-base");
  registered.set(document, address);
  return address;
}

/** Why `value` does not fit the schema at `pointer` in the document; empty when it fits. */
async function schemaErrors(document: Json, pointer: string, value: unknown, what: string): Promise<string[]> {
  const address = addressOf(document);
  const uri = `${address}#${pointer.split("/").map(encodeURIComponent).join("/")}`;
  const validator = validators.get(uri) ?? (validate(uri) as Promise<Validator>);
  validators.set(uri, validator);
  const output = (await validator)(value, "BASIC");
  if (output.valid) return [];
  return (output.errors ?? []).map(
    (error) => `${what} ${error.instanceLocation.slice(1) || "/"}: fails ${error.absoluteKeywordLocation.slice(address.length)}`,
  );
}

/** Everything in `answer` that the document does not say; empty when it tells the truth. */
export async function mismatches(document: Json, answer: Answer): Promise<string[]> {
  const found = operationFor(document, answer.method, new URL(answer.url).pathname);
  if (!found) return [];
  const responses = found.operation.responses as Record<string, Json>;
  const code = String(answer.status);
  const key = [code, `${code[0]}XX`, "default"].find((candidate) => responses[candidate]);
  if (key === undefined) return [`status ${code} is not documented (documented: ${Object.keys(responses).join(", ")})`];
  const at = `/paths/${token(found.template)}/${answer.method.toLowerCase()}/responses/${key}`;
  const response = resolve(document, responses[key]!, at);
  return [...(await headerErrors(document, response, answer)), ...(await bodyErrors(document, response, answer))];
}

async function headerErrors(document: Json, response: { node: Json; pointer: string }, answer: Answer): Promise<string[]> {
  const headers = (response.node.headers ?? {}) as Record<string, Json>;
  const errors: string[] = [];
  for (const [name, declared] of Object.entries(headers)) {
    // OpenAPI: a `Content-Type` header definition is ignored; the content map says it.
    if (name.toLowerCase() === "content-type") continue;
    const header = resolve(document, declared, `${response.pointer}/headers/${token(name)}`);
    const value = answer.headers.get(name);
    if (value === null) {
      if (header.node.required !== false) errors.push(`header ${name} is documented but missing`);
      continue;
    }
    errors.push(...(await schemaErrors(document, `${header.pointer}/schema`, value, `header ${name}`)));
  }
  return errors;
}

async function bodyErrors(document: Json, response: { node: Json; pointer: string }, answer: Answer): Promise<string[]> {
  const type = mediaType(answer.headers.get("content-type"));
  const content = response.node.content as Record<string, Json> | undefined;
  if (!content) return answer.body === "" ? [] : [`a body (${type || "no content-type"}) where the document says none`];
  const media = content[type];
  if (!media) return [`content-type "${type}" is not documented (documented: ${Object.keys(content).join(", ")})`];
  if (!media.schema) return [];
  let value: unknown = answer.body;
  if (isJson(type)) {
    try {
      value = JSON.parse(answer.body);
    } catch {
      return [`the body is not JSON: ${answer.body.slice(0, 80)}`];
    }
  }
  return schemaErrors(document, `${response.pointer}/content/${token(type)}/schema`, value, "body");
}
