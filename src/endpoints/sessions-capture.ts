/**
 * POST /v1/sessions/{id}/capture `{"amount"?}`: the merchant takes (part of) the authorized
 * payment; all that is left when no amount is given. Several partial captures are allowed.
 */
import type { IRequest } from "itty-router";
import type { Env } from "../env";
import { parseOptionalJsonBody } from "../http/body";
import { requestId } from "../log";
import { CaptureSchema } from "../schemas/session";
import { merchantChange } from "./merchant-change";

export function captureSession(request: IRequest, env: Env): Promise<Response> {
  return merchantChange(request, env, "capture", async (session, merchant, body, key) => {
    const { amount } = await parseOptionalJsonBody(body, CaptureSchema);
    return session.capture(requestId(), merchant.id, key, amount);
  });
}
