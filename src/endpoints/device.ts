/**
 * GET /v1/device: what the gateway makes of the caller's own device, and the pay page a pay link
 * would show it (and so where it would send it). Public, so a merchant's support can ask a customer to open it and read why the app did
 * not open.
 */
import type { IRequest } from "itty-router";
import { classify } from "../device/classify";
import { planPage } from "../device/page-plan";
import { json } from "../http/respond";

export function describeDevice(request: IRequest): Response {
  const device = classify(request.headers);
  const { kind, escape: way } = planPage(device);
  return json({ ...device, page: kind, escape: way });
}
