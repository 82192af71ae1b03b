/** POST /v1/sessions: a merchant asks for a payment session and gets its short pay URL. */
import type { IRequest } from "itty-router";
import { publicOrigin } from "../config/config";
import type { Merchant } from "../config/merchants";
import { newPayCode, sessionIdOf } from "../domain/ids";
import { sessionTerms } from "../domain/session-rules";
import type { Env } from "../env";
import { authenticate } from "../http/auth";
import { parseJsonBody } from "../http/body";
import { idempotent } from "../http/idempotency";
import { invalidFields, Problem } from "../http/problem";
import { json } from "../http/respond";
import { requestId } from "../log";
import { providerOffer } from "../providers";
import { CreateSessionSchema } from "../schemas/session";
import { sessionObject } from "../session/stubs";

/** New codes tried when one is taken: with 82 random bits a second try is already unheard of. */
const CODE_TRIES = 3;

export async function createSession(request: IRequest, env: Env): Promise<Response> {
  const merchant = await authenticate(request, env);
  return idempotent(request, env, merchant, (replayable) => create(replayable, env, merchant));
}

async function create(request: Request, env: Env, merchant: Merchant): Promise<Response> {
  const input = await parseJsonBody(request, CreateSessionSchema);
  const now = Date.now();
  const { terms, errors } = sessionTerms(input, merchant, now, (name) => providerOffer(name, env, merchant));
  if (errors.length) throw invalidFields(errors);
  const origin = publicOrigin(env);
  for (let i = 0; i < CODE_TRIES; i++) {
    const code = newPayCode();
    const id = await sessionIdOf(code);
    const session = await sessionObject(env, id).create(requestId(), {
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
    });
    if (session) return json(session, 201, { location: `/v1/sessions/${session.id}` });
  }
  throw new Problem({ type: "unavailable", detail: "No pay code could be reserved; try again.", headers: { "retry-after": "1" } });
}
