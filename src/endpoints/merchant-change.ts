/**
 * What the merchant's changes of a session share (`POST /v1/sessions/{id}/cancel`, `/capture`,
 * `/refund`): the API key, the `Idempotency-Key` (the answer replayed for the same key and body),
 * the key the change is sent to the provider with (derived from the merchant's, so a retry after a
 * lost answer moves money once), and one way to answer: `200` with the session as
 * `GET /v1/sessions/{id}` shows it, `404`, `409` when the session cannot do that now, `422` for a
 * key used for another change, `502` with the provider's words.
 */
import type { IRequest } from "itty-router";
import type { Merchant } from "../config/merchants";
import { isSessionId, movementKey } from "../domain/ids";
import type { Env } from "../env";
import { authenticate } from "../http/auth";
import { IDEMPOTENCY_HEADER, idempotent } from "../http/idempotency";
import { fieldProblem, notFound, providerProblem } from "../http/problem";
import { json } from "../http/respond";
import type { MerchantChangeResult } from "../session/results";
import type { PaySession } from "../session/session-object";
import { sessionObject } from "../session/stubs";

export type ChangeKind = "cancel" | "capture" | "refund";

/** What a change does with its session's object, given the request and the key for the provider. */
export type ChangeWork = (
  session: DurableObjectStub<PaySession>,
  merchant: Merchant,
  request: Request,
  key: string,
) => Promise<MerchantChangeResult>;

export async function merchantChange(request: IRequest, env: Env, kind: ChangeKind, work: ChangeWork): Promise<Response> {
  const merchant = await authenticate(request, env);
  return idempotent(request, env, merchant, async (replayable) => {
    const id = request.params.id ?? "";
    if (!isSessionId(id)) throw notFound("session");
    const key = await movementKey(id, kind, request.headers.get(IDEMPOTENCY_HEADER) ?? crypto.randomUUID());
    return answer(await work(sessionObject(env, id), merchant, replayable, key));
  });
}

function answer(result: MerchantChangeResult): Response {
  if (result.ok) return json(result.session);
  if (result.reason === "not_found") throw notFound("session");
  if (result.reason === "provider_error") throw providerProblem(result.fault);
  if (result.reason === "key_reused")
    throw fieldProblem("idempotency-key-reused", IDEMPOTENCY_HEADER, "was used for another change of this session");
  throw fieldProblem("session-conflict", "status", result.why);
}
