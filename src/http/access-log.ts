/**
 * One log line per answer: method, path, status. It stands in for the platform's invocation logs,
 * which are switched off (`wrangler.toml`, `[observability.logs] invocation_logs = false`) because
 * they keep each request's whole URL, and a pay link's URL holds its pay code. Here the path goes
 * through the log's scrubbing like every field, so `/p/<code>` is written `/p/[redacted]`.
 */
import type { IRequest } from "itty-router";
import { logAnswered } from "../log";
import { urlOf } from "./url";

export function logAnswer(response: Response, request: IRequest): Response {
  logAnswered(request.method, urlOf(request).pathname, response.status);
  return response;
}
