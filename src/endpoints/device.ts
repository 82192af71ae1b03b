/**
 * GET /v1/device: what the gateway makes of the caller's own device, and the pay page a pay link
 * would show it (and so where it would send it). Public, so a merchant's support can ask a customer to open it and read why the app did
 * not open. It shows the page of the default `auto` policy, with the escapes switched off now (`ESCAPES_OFF`).
 */
import type { IRequest } from "itty-router";
import { escapesOffOf } from "../config/escapes-off";
import { classify } from "../device/classify";
import { planPage } from "../device/page-plan";
import type { Env } from "../env";
import { json } from "../http/respond";

export function describeDevice(request: IRequest, env: Env): Response {
  const device = classify(request.headers);
  const { kind, escape: way } = planPage(device, { escapesOff: escapesOffOf(env) });
  return json({ ...device, page: kind, escape: way });
}
