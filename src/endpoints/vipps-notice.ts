/**
 * POST /v1/providers/vipps/callback: Vipps MobilePay's webhook for every sales unit (MSN) the
 * gateway serves, registered once per MSN (`npm run vipps:webhooks`). The notice's body names its
 * MSN; its signature must hold with that MSN's registration secret (`vipps-sales-units.ts`), so a
 * notice for an MSN the gateway does not know is refused as not verified. It is then only a
 * trigger: the session of its reference reads the payment at Vipps before anything changes.
 */
import type { IRequest } from "itty-router";
import { configOf } from "../config/config";
import type { Env } from "../env";
import { fieldProblem } from "../http/problem";
import { verifiedNotice } from "../providers/vipps";
import { settleNotice } from "./provider-callback";

export async function vippsNotice(request: IRequest, env: Env): Promise<Response> {
  const secrets = configOf(env).vippsWebhookSecrets;
  const notice = await verifiedNotice(request, (msn) => secrets.get(msn));
  if (!notice)
    throw fieldProblem("bad-signature", "signature", "missing, wrong or too old, or for a sales unit (msn) this gateway does not know");
  return settleNotice(env, notice.reference, null);
}
