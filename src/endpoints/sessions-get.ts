/** GET /v1/sessions/{id}: the session, its payment attempts and its event history. */
import type { IRequest } from "itty-router";
import { isSessionId } from "../domain/ids";
import type { Env } from "../env";
import { authenticate } from "../http/auth";
import { notFound } from "../http/problem";
import { json } from "../http/respond";
import { requestId } from "../log";
import { sessionObject } from "../session/stubs";

export async function getSession(request: IRequest, env: Env): Promise<Response> {
  const merchant = await authenticate(request, env);
  const id = request.params.id ?? "";
  const session = isSessionId(id) && (await sessionObject(env, id).detail(requestId(), merchant.id));
  if (!session) throw notFound("session");
  return json(session);
}
