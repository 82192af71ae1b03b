/** GET /sandbox/pay/{id}: the sandbox provider's hosted payment page. */
import type { IRequest } from "itty-router";
import type { Env } from "../env";
import { linkNotFound } from "../pages/message-page";
import { sandboxPage } from "../pages/sandbox-page";
import { isSandboxId } from "../providers/sandbox";

export async function showSandboxPage(request: IRequest, env: Env): Promise<Response> {
  const id = request.params.id ?? "";
  const payment = isSandboxId(id) ? await env.SANDBOX.get(env.SANDBOX.idFromName(id)).get() : null;
  return payment ? sandboxPage(payment) : linkNotFound();
}
