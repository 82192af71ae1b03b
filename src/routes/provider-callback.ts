/**
 * GET|POST /v1/providers/{provider}/callback: a provider says something happened to a payment.
 * The notice must be genuine (its signature verified), and is then only a trigger: the session
 * reads the payment at the provider before anything changes. A 5xx asks the provider to retry.
 */
import type { IRequest } from "itty-router";
import { PROVIDERS, type ProviderName } from "../config/merchants";
import { parseAttemptRef } from "../domain/ids";
import type { Env } from "../env";
import { Problem, notFound } from "../http/problem";
import { json } from "../http/respond";
import { providerFor } from "../providers";
import { sessionObject } from "../storage/stubs";

export function providerCallback(request: IRequest, env: Env): Promise<Response> {
  return handleCallback(request.params.provider ?? "", request, env);
}

/** Verifies and applies one provider notification; the sandbox delivers its callbacks here too. */
export async function handleCallback(name: string, request: Request, env: Env): Promise<Response> {
  const provider = (PROVIDERS as readonly string[]).includes(name) ? providerFor(name as ProviderName, env) : null;
  if (!provider) throw notFound("provider");
  const reference = await provider.verifyCallback(request);
  if (reference === null) {
    throw new Problem(401, "bad-signature", "Callback not verified", "signature: missing, wrong or too old.", {
      errors: [{ field: "signature", pointer: "", detail: "not verified" }],
    });
  }
  const attempt = parseAttemptRef(reference);
  if (!attempt) throw notFound("payment attempt");
  const result = await sessionObject(env, attempt.code).settle(attempt.n);
  if (!result.ok) throw notFound("payment attempt");
  if (!result.checked) {
    throw new Problem(503, "retry", "Try again later", "The payment could not be checked now.", {}, { "retry-after": "10" });
  }
  return json({ received: true, status: result.state.status });
}
