/** POST /v1/sessions/{id}/events/{event_id}/redeliver: send one event's webhook again, now. */
import type { IRequest } from "itty-router";
import { isSessionId } from "../domain/ids";
import type { Env } from "../env";
import { authenticate } from "../http/auth";
import { fieldProblem, notFound } from "../http/problem";
import { json } from "../http/respond";
import { requestId } from "../log";
import { sessionObject } from "../session/stubs";

export async function redeliverEvent(request: IRequest, env: Env): Promise<Response> {
  const merchant = await authenticate(request, env);
  const id = request.params.id ?? "";
  const result = isSessionId(id) ? await sessionObject(env, id).redeliver(requestId(), merchant.id, request.params.event_id ?? "") : null;
  if (result?.ok) return json(result.event);
  if (result?.reason === "not_a_webhook") {
    throw fieldProblem("not-a-webhook", "event_id", "this event is not sent to the merchant");
  }
  throw notFound("event");
}
