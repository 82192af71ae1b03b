/**
 * POST /sandbox/pay/{id}: the person approves, declines or cancels on the sandbox page. Like a
 * real provider, the sandbox then notifies the gateway with a signed callback (Dintero's scheme),
 * handed to the gateway's own router as any incoming request, and sends the browser back to the
 * gateway's return URL with Dintero's return parameters. `approve_silently` approves and then
 * loses both ways back, as a phone that dies right after the approval would: no callback, no
 * return, only a sandbox page saying so; the gateway learns of the payment when it reads it.
 */
import type { IRequest } from "itty-router";
import * as z from "zod";
import { configOf } from "../config/config";
import type { Env } from "../env";
import { parseFormBody } from "../http/body";
import { seeOther } from "../http/respond";
import { log } from "../log";
import { linkNotFound } from "../pages/message-page";
import { sandboxLostPage, sandboxPage } from "../pages/sandbox-page";
import { isSandboxId, SANDBOX_ACCOUNT, sandboxState } from "../providers/sandbox";
import { SANDBOX_DECISIONS, type SandboxPayment } from "../sandbox/sandbox-psp";
import { sequelOf } from "../sandbox/sandbox-sequel";
import { sandboxPayment } from "../session/stubs";
import { SIGNATURE_HEADER, signCallback } from "../signatures/dintero";
import { wordsOf } from "./person";

const DecisionSchema = z.object({ decision: z.enum(SANDBOX_DECISIONS) });

/** The parameters Dintero puts on return and callback URLs, for a payment as it now stands. */
function dinteroParams(payment: SandboxPayment): URLSearchParams {
  const params = new URLSearchParams({ merchant_reference: payment.reference, session_id: payment.id });
  const { transactionId } = sandboxState(payment.id, payment.status, payment.money);
  if (transactionId) params.set("transaction_id", transactionId);
  if (payment.status === "CANCELLED") params.set("error", "cancelled");
  if (payment.status === "DECLINED" || payment.status === "EXPIRED") params.set("error", "failed");
  return params;
}

function withParams(base: string, params: URLSearchParams): URL {
  const url = new URL(base);
  for (const [name, value] of params) url.searchParams.set(name, value);
  return url;
}

/** Delivers a request to the gateway as if it came from outside. */
export type Deliver = (request: Request) => Promise<Response>;

async function notifyGateway(payment: SandboxPayment, env: Env, deliver: Deliver): Promise<void> {
  const url = withParams(payment.callback_url, dinteroParams(payment));
  url.searchParams.set("time", new Date().toISOString());
  const now = Math.floor(Date.now() / 1000);
  const signature = await signCallback(configOf(env).sandboxCallbackSecret, SANDBOX_ACCOUNT, "GET", url, now);
  const response = await deliver(new Request(url, { headers: { [SIGNATURE_HEADER]: signature } }));
  if (!response.ok) log("error", "sandbox callback refused", { status: response.status });
}

export async function sandboxDecide(request: IRequest, env: Env, deliver: Deliver): Promise<Response> {
  const id = request.params.id ?? "";
  if (!isSandboxId(id)) return linkNotFound(wordsOf(request, null));
  const { decision } = await parseFormBody(request, DecisionSchema);
  const decided = await sandboxPayment(env, id).decide(decision);
  if (!decided) return linkNotFound(wordsOf(request, null));
  const { payment, taken } = decided;
  const sequel = sequelOf(decision, taken);
  const words = wordsOf(request, { locale: null, currency: payment.currency });
  if (sequel === "lost") return sandboxLostPage(words, payment);
  if (sequel === "as-it-stands") return sandboxPage(words, payment, "page");
  await notifyGateway(payment, env, deliver);
  return seeOther(withParams(payment.return_url, dinteroParams(payment)).toString());
}
