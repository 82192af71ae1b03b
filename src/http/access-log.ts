/**
 * One log line per answer: method, path, status. It stands in for the platform's invocation logs,
 * which are switched off (`wrangler.toml`, `[observability.logs] invocation_logs = false`) because
 * they keep each request's whole URL, and a pay link's URL holds its pay code. Here the path goes
 * through the log's scrubbing like every field, so `/p/<code>` is written `/p/[redacted]`.
 */
import type { IRequest } from "itty-router";
import { requestId } from "../log";
import { redact } from "../redact";

export function logAnswer(response: Response, request: IRequest): Response {
  // It runs on every answer, so it is written directly: of its fields only the path comes from the
  // client, and it goes through `redact` (a pay code, a phone number, an e-mail address taken out);
  // method and status are the runtime's and the gateway's own. Other lines go through `log`.
  const path = redact(new URL(request.url).pathname);
  console.log(
    JSON.stringify({ level: "info", msg: "answered", method: request.method, path, status: response.status, request_id: requestId() }),
  );
  return response;
}
