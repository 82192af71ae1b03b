/**
 * Structured logs: one JSON object per line, each with the id of the request it belongs to, and
 * with phone numbers and e-mail addresses taken out of every field first (`redact.ts`: by field
 * name, and by pattern in free text), so that no personal data reaches the logs even when a
 * provider's error message repeats what it was sent, while dates, amounts and ids stay readable.
 *
 * The request id follows the work through `await`s (AsyncLocalStorage, compatibility flag
 * `nodejs_als`): the Worker sets it per request, and the session Durable Object per call, from the
 * id the Worker passes it. The Worker answers with it in `Request-Id`, so a merchant's support
 * question leads to the lines of that request.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { toHex } from "./crypto/hmac";
import { redact, scrub } from "./redact";

/** Cloudflare's ray id of a request, as the edge sets it in `cf-ray`: 16 hex digits and a colo. */
const RAY_ID = /^[0-9a-f]{16}(?:-[A-Z]{3})?$/;

const requestIds = new AsyncLocalStorage<string>();

/** The id of an incoming request: its ray id when the edge gave one, otherwise 16 random hex digits. */
export function requestIdOf(request: Request): string {
  const ray = request.headers.get("cf-ray") ?? "";
  return RAY_ID.test(ray) ? ray : newRequestId();
}

/** A fresh id, for work no request started (a Durable Object alarm). */
export function newRequestId(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(8)));
}

/** Runs `work` with every log line it writes, however deep, carrying `id`. */
export function withRequestId<T>(id: string, work: () => T): T {
  return requestIds.run(id, work);
}

/** The id of the request being served; `none` outside one (never the case for the gateway's own lines). */
export function requestId(): string {
  return requestIds.getStore() ?? "none";
}

type Level = "info" | "warn" | "error";

export function log(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
  const line = JSON.stringify({ level, msg, ...(scrub(fields) as Record<string, unknown>), request_id: requestId() });
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.log(line);
}

/**
 * The one line every answer writes (`http/access-log.ts`). It runs on every answer, so it skips
 * `scrub`: of its fields only the path comes from the client, and it goes through `redact` (a pay
 * code, a phone number, an e-mail address taken out); method and status are the runtime's and the
 * gateway's own.
 */
export function logAnswered(method: string, path: string, status: number): void {
  console.log(JSON.stringify({ level: "info", msg: "answered", method, path: redact(path), status, request_id: requestId() }));
}
