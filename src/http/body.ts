/**
 * Reads a request's JSON body within a size limit and parses it with a zod schema, so that every
 * body the gateway accepts has been checked field by field. A client that goes away before its
 * body is all sent (its stream fails) is one quiet log line and a 400 nobody will read, not an
 * error of the gateway's.
 */
import type { z } from "zod";
import { log } from "../log";
import { bodyProblem, fieldProblem, invalid, type Problem } from "./problem";

/** Largest JSON body accepted by the API: 32 KiB, in bytes. */
export const MAX_BODY_BYTES = 32 * 1024;

/** The request body's bytes; a problem when there are more than `limit`. */
export async function readLimitedBytes(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((error: unknown) => {
      log("info", "client went away", { path: new URL(request.url).pathname, bytes_read: size, reason: String(error) });
      throw malformed("the client went away before it was all sent");
    });
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** `bytes` as UTF-8 text, or null when they are not valid UTF-8 (never a replacement character). */
export function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** The request body as UTF-8 text; a problem when it is larger than `limit` bytes or not UTF-8. */
async function readLimited(request: Request, limit: number): Promise<string> {
  const text = strictUtf8(await readLimitedBytes(request, limit));
  if (text === null) throw malformed("not valid UTF-8");
  return text;
}

function tooLarge(limit: number): Problem {
  return bodyProblem("body-too-large", `at most ${limit} bytes`, `body: at most ${limit} bytes are accepted.`);
}

function malformed(why: string): Problem {
  return bodyProblem("malformed-body", why);
}

/** The request body parsed by `schema`; throws a problem naming the field at fault. */
export async function parseJsonBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.output<T>> {
  return parseJson(request, schema, { optional: false });
}

/** As `parseJsonBody`, but a request with no body at all (and no content type) is taken as `{}`. */
export async function parseOptionalJsonBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.output<T>> {
  return parseJson(request, schema, { optional: true });
}

async function parseJson<T extends z.ZodType>(request: Request, schema: T, { optional }: { optional: boolean }): Promise<z.output<T>> {
  const type = request.headers.get("content-type") ?? "";
  if (optional && type === "" && (request.body === null || request.headers.get("content-length") === "0")) {
    const result = schema.safeParse({});
    if (!result.success) throw invalid(result.error);
    return result.data;
  }
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw fieldProblem("unsupported-media-type", "content-type", "expected application/json", {
      detail: "content-type: send application/json.",
    });
  }
  const text = await readLimited(request, MAX_BODY_BYTES);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw malformed("not valid JSON");
  }
  const result = schema.safeParse(json);
  if (!result.success) throw invalid(result.error);
  return result.data;
}

/** An HTML form post (`application/x-www-form-urlencoded`) parsed by `schema`. */
export async function parseFormBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.output<T>> {
  const result = schema.safeParse(Object.fromEntries(new URLSearchParams(await readLimited(request, MAX_BODY_BYTES))));
  if (!result.success) throw invalid(result.error);
  return result.data;
}
