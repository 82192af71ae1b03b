/** GET /openapi.json: the API described as OpenAPI 3.1, from the schemas that validate it. */
import type { IRequest } from "itty-router";
import { publicOrigin } from "../config/config";
import type { Env } from "../env";
import { json } from "../http/respond";
import { openApiDocument } from "../openapi";

export function serveOpenApi(_request: IRequest, env: Env): Response {
  return json(openApiDocument(publicOrigin(env)));
}
