/** GET /p/{code}/status: where a session stands, for the tab left behind by an app switch. */
import type { IRequest } from "itty-router";
import { isPayCode } from "../domain/ids";
import type { Env } from "../env";
import { notFound } from "../http/problem";
import { json } from "../http/respond";
import type { PayStatus } from "../schemas/session";
import { sessionObject } from "../storage/stubs";

export async function payStatus(request: IRequest, env: Env): Promise<Response> {
  const code = request.params.code ?? "";
  const status = isPayCode(code) ? await sessionObject(env, code).status() : null;
  if (!status) throw notFound("payment link");
  const body: PayStatus = { status: status.status, attempt: status.attempt, updated_at: new Date(status.updated_at).toISOString() };
  return json(body);
}
