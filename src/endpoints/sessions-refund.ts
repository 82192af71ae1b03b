/**
 * POST /v1/sessions/{id}/refund `{"amount"?, "reason"?}`: the merchant gives (part of) what was
 * captured back; all that is left when no amount is given. Several partial refunds are allowed.
 */
import type { IRequest } from "itty-router";
import type { Env } from "../env";
import { parseOptionalJsonBody } from "../http/body";
import { requestId } from "../log";
import { RefundSchema } from "../schemas/session";
import { merchantChange } from "./merchant-change";

export function refundSession(request: IRequest, env: Env): Promise<Response> {
  return merchantChange(request, env, "refund", async (session, merchant, body, key) => {
    const { amount, reason } = await parseOptionalJsonBody(body, RefundSchema);
    return session.refund(requestId(), merchant.id, key, amount, reason);
  });
}
