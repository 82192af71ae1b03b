/** GET /openapi.json: the API described as OpenAPI 3.1, from the schemas that validate it. */
import type { IRequest } from "itty-router";
import { json } from "../http/respond";
import { openApiDocument } from "../openapi";

export function serveOpenApi(request: IRequest): Response {
  return json(openApiDocument(new URL(request.url).origin));
}
