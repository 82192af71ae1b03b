/**
 * GET /v1/device: what the gateway makes of the caller's own device, and where a pay link would
 * send it. Public, so a merchant's support can ask a customer to open it and read why the app did
 * not open.
 */
import type { IRequest } from "itty-router";
import { classify } from "../device/classify";
import { decideRoute } from "../device/route";
import { json } from "../http/respond";

export function describeDevice(request: IRequest): Response {
  const device = classify(request.headers);
  const { route, escape: way } = decideRoute(device);
  return json({ ...device, route, escape: way });
}
