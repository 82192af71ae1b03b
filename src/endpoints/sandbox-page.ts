/** GET /sandbox/pay/{id} and /sandbox/app/{id}: the sandbox's hosted page, and its stand-in for the app. */
import type { IRequest } from "itty-router";
import type { Env } from "../env";
import { linkNotFound } from "../pages/message-page";
import { sandboxPage } from "../pages/sandbox-page";
import { isSandboxId } from "../providers/sandbox";
import { sandboxPayment } from "../session/stubs";
import { wordsOf } from "./person";

async function show(request: IRequest, env: Env, as: "page" | "app"): Promise<Response> {
  const id = request.params.id ?? "";
  const payment = isSandboxId(id) ? await sandboxPayment(env, id).get() : null;
  return payment
    ? sandboxPage(wordsOf(request, { locale: null, currency: payment.currency }), payment, as)
    : linkNotFound(wordsOf(request, null));
}

export const showSandboxPage = (request: IRequest, env: Env) => show(request, env, "page");
export const showSandboxApp = (request: IRequest, env: Env) => show(request, env, "app");
