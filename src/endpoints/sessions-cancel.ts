/**
 * POST /v1/sessions/{id}/cancel: the merchant cancels its session. An open one ends and its link
 * stops working; an authorized one has its reservation voided (what is not captured is released).
 */
import type { IRequest } from "itty-router";
import type { Env } from "../env";
import { requestId } from "../log";
import { merchantChange } from "./merchant-change";

export function cancelSession(request: IRequest, env: Env): Promise<Response> {
  return merchantChange(request, env, "cancel", (session, merchant, _request, key) => session.cancel(requestId(), merchant.id, key));
}
