/**
 * GET /r/{key}-{n} and /r/{key} (`domain/ids.ts`): the customer's browser comes back from the provider (or taps
 * "back to the shop"). The session checks the attempt with the provider, whatever the query says,
 * then the browser goes on to the merchant's return URL, or to the gateway's own result page.
 */
import type { IRequest } from "itty-router";
import { parseAttemptRef, sessionIdOfKey } from "../domain/ids";
import { merchantReturnUrl } from "../domain/merchant-return";
import type { Env } from "../env";
import { seeOther } from "../http/respond";
import { requestId } from "../log";
import { linkNotFound } from "../pages/message-page";
import { resultPage } from "../pages/result-page";
import { sessionObject } from "../session/stubs";
import { frameOf, wordsOf } from "./person";

export async function providerReturn(request: IRequest, env: Env): Promise<Response> {
  const ref = request.params.ref ?? "";
  const key = sessionIdOfKey(ref);
  const target = parseAttemptRef(ref) ?? (key ? { sessionId: key, n: null } : null);
  if (!target) return linkNotFound(wordsOf(request, null));
  const result = await sessionObject(env, target.sessionId).settle(requestId(), target.n);
  if (!result.ok) return linkNotFound(wordsOf(request, null));
  const { state, receipt } = result;
  if (state.status === "open" && state.attempt === "pending") return seeOther(`/p/${result.code}`);
  if (result.return_url) return seeOther(merchantReturnUrl(result.return_url, state));
  const words = wordsOf(request, receipt);
  return resultPage({
    words,
    session: frameOf(env, words, receipt),
    code: result.code,
    state,
    amount: receipt.amount,
    currency: receipt.currency,
    paidAt: receipt.paid_at,
  });
}
