/**
 * POST /p/{code}/go: the person taps on. The session starts (or reuses) a payment attempt at the
 * provider for the chosen handoff, and the browser goes there, top-level, with a 303. A POST, so
 * link scanners that follow every GET never start a payment; a preview bot never does either.
 * GET /p/{code}/go only leads back to the pay page.
 */
import type { IRequest } from "itty-router";
import * as z from "zod";
import { configuredBaseUrl } from "../config/provider-accounts";
import { classify } from "../device/classify";
import { providerUrlAllowed } from "../domain/redirect-policy";
import type { Env } from "../env";
import { deviceClass } from "../funnel";
import { parseFormBody } from "../http/body";
import { seeOther } from "../http/respond";
import { log, requestId } from "../log";
import { messagePage } from "../pages/message-page";
import { HANDOFFS } from "../schemas/session";
import { sessionObject } from "../session/stubs";
import { payCodeOf, payLinkNotFound } from "./pay-code";

const GoSchema = z.object({ handoff: z.enum(HANDOFFS).default("hosted") });

export function backToPayPage(request: IRequest): Response {
  return seeOther(`/p/${payCodeOf(request)}`);
}

export async function goToProvider(request: IRequest, env: Env): Promise<Response> {
  const code = payCodeOf(request);
  const { handoff } = await parseFormBody(request, GoSchema);
  const device = classify(request.headers);
  if (device.bot) return seeOther(`/p/${code}`);
  const origin = new URL(request.url).origin;
  const result = await sessionObject(env, code).startAttempt(requestId(), handoff, origin, deviceClass(device));
  if (result.ok && providerUrlAllowed(result.url, result.provider, origin, configuredBaseUrl(env, result.provider))) {
    return seeOther(result.url);
  }
  if (!result.ok && result.reason === "not_found") return payLinkNotFound("person");
  if (!result.ok && result.reason === "closed") return seeOther(`/p/${code}`);
  if (!result.ok && result.reason === "too_many") {
    return messagePage({
      title: "This link has been tried too many times",
      text: `Nothing more can be started from it (${result.attempts} payments were). If you approved one in the app, it counts; otherwise ask the shop for a new link.`,
      action: { href: `/p/${code}`, label: "See where the payment stands" },
      status: 429,
    });
  }
  const why = result.ok ? { provider: result.provider, refused: "url not on the allowlist" } : result.fault;
  log("error", "provider unavailable", { code, why });
  return messagePage({
    title: "The payment service did not answer",
    text: "Nothing was charged. Please try again in a moment.",
    action: { href: `/p/${code}`, label: "Try again" },
    status: 502,
  });
}
