/**
 * A new payment session: the one way sessions are made, whether a merchant asks through the API
 * (`endpoints/sessions-create.ts`) or a payer taps on a payment link (`links/link-object.ts`). The
 * terms are checked (`domain/session-rules.ts`), a pay code is drawn, and the session's object stores it.
 */
import { publicOrigin } from "../config/config";
import type { Merchant } from "../config/merchants";
import { newPayCode, sessionIdOf, withFreshCode } from "../domain/ids";
import { sessionTerms } from "../domain/session-rules";
import type { Env } from "../env";
import { invalidFields, Problem } from "../http/problem";
import { requestId } from "../log";
import { providerOffer } from "../providers";
import type { CreateSessionInput, SessionDetail } from "../schemas/session";
import { sessionObject } from "./stubs";

/** Creates the session; a problem names the fields at fault, or says no pay code could be reserved. */
export async function newSession(
  env: Env,
  merchant: Merchant,
  input: CreateSessionInput,
  linkId: string | null = null,
): Promise<SessionDetail> {
  const now = Date.now();
  const { terms, errors } = sessionTerms(input, merchant, now, (name) => providerOffer(name, env, merchant));
  if (errors.length) throw invalidFields(errors);
  const origin = publicOrigin(env);
  const session = await withFreshCode(newPayCode, async (code) => {
    const id = await sessionIdOf(code);
    return sessionObject(env, id).create(requestId(), {
      id,
      code,
      merchant_id: merchant.id,
      mode: merchant.mode,
      status: "open",
      provider: terms.provider,
      payment_method: terms.paymentMethod,
      handoff_policy: input.handoff,
      capture_mode: input.capture ?? merchant.capture,
      authorized_amount: 0,
      captured_amount: 0,
      refunded_amount: 0,
      amount: input.order.amount,
      currency: input.order.currency,
      merchant_reference: input.order.merchant_reference,
      description: input.order.description ?? null,
      locale: input.locale ?? null,
      return_url: input.url.return_url ?? null,
      callback_url: input.url.callback_url ?? null,
      customer: JSON.stringify(terms.customer),
      metadata: JSON.stringify(input.metadata ?? {}),
      pay_url: `${origin}/p/${code}`,
      transaction_id: null,
      created_at: now,
      updated_at: now,
      expires_at: terms.expiresAt,
      link_id: linkId,
    });
  });
  if (session) return session;
  throw new Problem({ type: "unavailable", detail: "No pay code could be reserved; try again.", headers: { "retry-after": "1" } });
}
