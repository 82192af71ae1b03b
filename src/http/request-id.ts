/**
 * Every answer names the id its request's log lines carry, in `Request-Id`, so a merchant or an
 * operator can find the lines of one request.
 */
import { requestId } from "../log";

export function withRequestIdHeader(response: Response): Response {
  response.headers.set("request-id", requestId());
  return response;
}
