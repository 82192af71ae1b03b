/**
 * GET /r/{code}-{n} and /r/{code}: the customer's browser comes back from the provider (or taps
 * "back to the shop"). The session checks the attempt with the provider, whatever the query says,
 * then the browser goes on to the merchant's return URL, or to the gateway's own result page.
 */
import type { IRequest } from "itty-router";
import { isPayCode, parseAttemptRef } from "../domain/ids";
import { merchantReturnUrl, returnError } from "../domain/merchant-return";
import type { Env } from "../env";
import { seeOther } from "../http/respond";
import { requestId } from "../log";
import { linkNotFound, messagePage } from "../pages/message-page";
import { sessionObject } from "../session/stubs";

export async function providerReturn(request: IRequest, env: Env): Promise<Response> {
  const ref = request.params.ref ?? "";
  const target = parseAttemptRef(ref) ?? (isPayCode(ref) ? { code: ref, n: null } : null);
  if (!target) return linkNotFound();
  const result = await sessionObject(env, target.code).settle(requestId(), target.n);
  if (!result.ok) return linkNotFound();
  const { state } = result;
  if (state.status === "open" && state.attempt === "pending") return seeOther(`/p/${result.code}`);
  if (result.return_url) return seeOther(merchantReturnUrl(result.return_url, state));
  const again = { href: `/p/${result.code}`, label: "Try again" };
  if (state.status === "paid") return messagePage({ title: "Payment complete", text: "Thank you. You can close this page." });
  if (state.status === "open") {
    const cancelled = returnError(state) === "cancelled";
    return messagePage({
      title: cancelled ? "Payment cancelled" : "Payment not completed",
      text: "Nothing was charged.",
      action: again,
    });
  }
  return messagePage({ title: `Payment ${state.status}`, text: "This payment link can no longer be used. Nothing was charged." });
}
