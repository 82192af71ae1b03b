/**
 * GET|POST /v1/providers/{provider}/callback/{merchant}: a provider says something happened to a
 * payment. The notice must be genuine (its signature verified with that merchant's secret), and is
 * then only a trigger: the session reads the payment at the provider before anything changes. A
 * 503 asks the provider to retry (the payment could not be read now); nothing else does.
 */
import type { IRequest } from "itty-router";
import { merchantById } from "../config/config";
import { PROVIDERS, type ProviderName } from "../config/merchants";
import { parseAttemptRef } from "../domain/ids";
import type { Env } from "../env";
import { fieldProblem, notFound, Problem } from "../http/problem";
import { json } from "../http/respond";
import { requestId } from "../log";
import { providerFor } from "../providers";
import { sessionObject } from "../session/stubs";

export async function providerCallback(request: IRequest, env: Env): Promise<Response> {
  const name = request.params.provider ?? "";
  const merchant = merchantById(env, request.params.merchant ?? "");
  const known = (PROVIDERS as readonly string[]).includes(name);
  const provider = merchant && known ? providerFor(name as ProviderName, env, merchant) : null;
  if (!merchant || !provider) throw notFound("provider");
  const reference = await provider.verifyCallback(request);
  if (reference === null) {
    throw fieldProblem("bad-signature", "signature", "missing, wrong or too old");
  }
  return settleNotice(env, reference, merchant.id);
}

/**
 * A genuine notice about payment `reference` makes its session read the payment. `merchantId`
 * (when the URL named one) must be the session's; a notice at the sales unit's URL names none.
 */
export async function settleNotice(env: Env, reference: string, merchantId: string | null): Promise<Response> {
  const attempt = parseAttemptRef(reference);
  const result = attempt && (await sessionObject(env, attempt.sessionId).settle(requestId(), attempt.n, merchantId));
  // A genuine notice about a payment that is not ours (another system on the same account): a 4xx
  // would only make the provider retry it for days.
  if (!result?.ok) return json({ received: true, ignored: "not a payment of this gateway" });
  if (!result.checked) {
    throw new Problem({ type: "unavailable", detail: "The payment could not be checked now.", headers: { "retry-after": "10" } });
  }
  return json({ received: true, status: result.state.status });
}
