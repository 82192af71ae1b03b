/**
 * A client that goes away in the middle of its request body: one quiet log line, a 4xx problem
 * (which nobody reads), never a 500 or an unhandled error with a stack. The Worker is called
 * directly (`call` with an env), so the body's failure reaches it as a dropped connection's does.
 */
import { env } from "cloudflare:workers";
import { afterEach, expect, it, vi } from "vitest";
import { call, createSession, IPHONE_SAFARI, LOCAL_KEY } from "../helpers";

afterEach(() => vi.restoreAllMocks());

/** A body that sends its first bytes, then fails as a dropped connection does. */
function bodyThatBreaks(first: string): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (sent) return controller.error(new Error("Network connection lost."));
      sent = true;
      controller.enqueue(new TextEncoder().encode(first));
    },
  });
}

const API = { authorization: `Bearer ${LOCAL_KEY}`, "content-type": "application/json" };
const FORM = { "content-type": "application/x-www-form-urlencoded", "user-agent": IPHONE_SAFARI };

it.each([
  ["a session's JSON", async () => "/v1/sessions", API, '{"order": {"amount": 2999'],
  ["a session's JSON with an Idempotency-Key", async () => "/v1/sessions", { ...API, "idempotency-key": "k-gone" }, '{"order": '],
  ["the tap's form", async () => `/p/${(await createSession()).code}/go`, FORM, "handoff=hos"],
])("%s cut off midway is one 'client went away' line and a 4xx problem", async (_, pathOf, headers, first) => {
  const path = await pathOf();
  const lines: string[] = [];
  for (const level of ["log", "warn", "error"] as const) {
    // Every answer's own line ("answered") is left out: this is about the one line of the cut body.
    vi.spyOn(console, level).mockImplementation((line: string) => (line.includes('"msg":"answered"') ? 0 : lines.push(line)));
  }
  const init = { method: "POST", headers, body: bodyThatBreaks(first), duplex: "half" } as RequestInit;
  const response = await call(path, init, { env });
  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(await response.json()).toMatchObject({ errors: [{ field: "body", detail: "the client went away before it was all sent" }] });
  const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  // The path of a pay link is written without its pay code.
  const logged = path.replace(/^\/p\/[^/]+/, "/p/[redacted]");
  expect(entries).toEqual([expect.objectContaining({ level: "info", msg: "client went away", path: logged, bytes_read: first.length })]);
  expect(lines.join("\n")).not.toMatch(/unhandled|\n\s+at /);
});
