/** GET /p/{code}: the interstitial page of a pay link. One Durable Object call, no provider call. */
import type { IRequest } from "itty-router";
import { merchantById } from "../config/config";
import { isPayCode } from "../domain/ids";
import type { Env } from "../env";
import { linkNotFound } from "../pages/message-page";
import { payPage } from "../pages/pay-page";
import { sessionObject } from "../storage/stubs";

const METHOD_NAMES = { vipps: "Vipps", mobilepay: "MobilePay" } as const;

export async function showPayPage(request: IRequest, env: Env): Promise<Response> {
  const code = request.params.code ?? "";
  const view = isPayCode(code) ? await sessionObject(env, code).view() : null;
  if (!view) return linkNotFound();
  return payPage({
    code,
    status: view.status,
    merchantName: merchantById(env, view.merchant_id)?.name ?? "the shop",
    amount: view.amount,
    currency: view.currency,
    description: view.description,
    methodName: METHOD_NAMES[view.payment_method],
    hasReturnUrl: view.has_return_url,
  });
}
