/** POST /v1/sessions: a merchant asks for a payment session and gets its short pay URL. */
import type { IRequest } from "itty-router";
import type { Merchant } from "../config/merchants";
import type { Env } from "../env";
import { authenticate } from "../http/auth";
import { parseJsonBody } from "../http/body";
import { idempotent } from "../http/idempotency";
import { json } from "../http/respond";
import { CreateSessionSchema } from "../schemas/session";
import { newSession } from "../session/new-session";

export async function createSession(request: IRequest, env: Env): Promise<Response> {
  const merchant = await authenticate(request, env);
  return idempotent(request, env, merchant, (replayable) => create(replayable, env, merchant));
}

async function create(request: Request, env: Env, merchant: Merchant): Promise<Response> {
  const input = await parseJsonBody(request, CreateSessionSchema);
  const session = await newSession(env, merchant, input);
  return json(session, 201, { location: `/v1/sessions/${session.id}` });
}
