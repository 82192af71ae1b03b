/**
 * GET|POST /v1/providers/{provider}/callback/{merchant}: a provider says something happened to a
 * payment. The notice must be genuine (its signature verified with that merchant's secret), and is
 * then only a trigger: the session reads the payment at the provider before anything changes. A
 * 503 asks the provider to retry (the payment could not be read now); nothing else does.
 *
 * The path does not tell which merchant ids exist: an unknown merchant, or one the provider does
 * not serve, gets the same 401 as a wrong signature, after a check of the signature against a
 * secret no one has, so the time taken does not tell it either. Only a provider name the gateway
 * does not know, or the sandbox where it is off, is a 404 (the same for every merchant).
 */
import type { IRequest } from "itty-router";
import { configOf, merchantById } from "../config/config";
import { PROVIDERS, type ProviderName } from "../config/merchants";
import { parseAttemptRef } from "../domain/ids";
import type { Env } from "../env";
import { fieldProblem, notFound, Problem } from "../http/problem";
import { json } from "../http/respond";
import { requestId } from "../log";
import { providerFor } from "../providers";
import { verifiedNotice } from "../providers/vipps";
import { sessionObject } from "../session/stubs";
import { SIGNATURE_HEADER, verifyCallback } from "../signatures/dintero";

/** The secret a callback for no merchant is checked against: no provider signs with it. */
const NO_SECRET = "no-merchant-has-this-secret";

export async function providerCallback(request: IRequest, env: Env): Promise<Response> {
  const name = request.params.provider ?? "";
  const known = (PROVIDERS as readonly string[]).includes(name);
  if (!known || (name === "sandbox" && !configOf(env).sandboxEnabled)) throw notFound("provider");
  const merchant = merchantById(env, request.params.merchant ?? "");
  const provider = merchant ? providerFor(name as ProviderName, env, merchant) : null;
  const reference = provider ? await provider.verifyCallback(request) : await checkForNoOne(name, request);
  if (!merchant || reference === null) {
    throw fieldProblem("bad-signature", "signature", "missing, wrong or too old");
  }
  return settleNotice(env, reference, merchant.id);
}

/** Checks a callback's signature as its provider would, against a secret no one has: never genuine. */
async function checkForNoOne(name: string, request: Request): Promise<null> {
  if (name === "vipps") {
    await verifiedNotice(request, () => NO_SECRET);
    return null;
  }
  const header = request.headers.get(SIGNATURE_HEADER);
  if (header) await verifyCallback(NO_SECRET, "none", request, header, Math.floor(Date.now() / 1000));
  return null;
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
