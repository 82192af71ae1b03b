/** POST /v1/sessions/{id}/cancel: the merchant cancels an open session; its link stops working. */
import type { IRequest } from "itty-router";
import type { Merchant } from "../config/merchants";
import { codeOfSessionId } from "../domain/ids";
import type { Env } from "../env";
import { authenticate } from "../http/auth";
import { idempotent } from "../http/idempotency";
import { fieldProblem, notFound, providerProblem } from "../http/problem";
import { json } from "../http/respond";
import { requestId } from "../log";
import { sessionObject } from "../storage/stubs";

export async function cancelSession(request: IRequest, env: Env): Promise<Response> {
  const merchant = await authenticate(request, env);
  return idempotent(request, env, merchant, () => cancel(request.params.id ?? "", env, merchant));
}

async function cancel(id: string, env: Env, merchant: Merchant): Promise<Response> {
  const code = codeOfSessionId(id);
  if (!code) throw notFound("session");
  const result = await sessionObject(env, code).cancel(requestId(), merchant.id);
  if (result.ok) return json(result.session);
  if (result.reason === "not_found") throw notFound("session");
  if (result.reason === "provider_error") throw providerProblem(result.fault);
  throw fieldProblem("session-not-open", "status", `the session is ${result.status}`);
}
