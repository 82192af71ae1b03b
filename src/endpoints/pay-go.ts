/**
 * POST /p/{code}/go: the person taps on. The session starts (or reuses) a payment attempt at the
 * provider for the chosen handoff, and the browser goes there, top-level, with a 303. A POST, so
 * link scanners that follow every GET never start a payment; a preview bot never does either.
 * GET /p/{code}/go only leads back to the pay page.
 *
 * A URL the provider answers outside its allowlist (`domain/redirect-policy.ts`) is never followed:
 * it is logged as an error an operator can alert on ("provider url not allowed", with the host,
 * never the URL and its token), and the person gets a page that says what happened and leads back
 * to the pay link.
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

/** What an operator needs of a refused URL: its scheme and host, not its path or query (they carry the payment's token). */
function whereTo(url: string): { scheme: string; host: string } {
  try {
    const parsed = new URL(url);
    return { scheme: parsed.protocol, host: parsed.host };
  } catch {
    return { scheme: "", host: "(not a URL)" };
  }
}

export async function goToProvider(request: IRequest, env: Env): Promise<Response> {
  const code = payCodeOf(request);
  const { handoff } = await parseFormBody(request, GoSchema);
  const device = classify(request.headers);
  if (device.bot) return seeOther(`/p/${code}`);
  const origin = new URL(request.url).origin;
  const result = await sessionObject(env, code).startAttempt(requestId(), handoff, origin, deviceClass(device));
  if (result.ok) {
    if (providerUrlAllowed(result.url, result.provider, origin, configuredBaseUrl(env, result.provider))) return seeOther(result.url);
    log("error", "provider url not allowed", { code, provider: result.provider, ...whereTo(result.url) });
    return messagePage({
      title: "The payment could not be opened",
      text: "The payment service sent an address we do not recognise, so we did not follow it. Nothing was charged. Please try again in a few minutes.",
      action: { href: `/p/${code}`, label: "Back to the payment" },
      status: 502,
    });
  }
  if (result.reason === "not_found") return payLinkNotFound("person");
  if (result.reason === "closed") return seeOther(`/p/${code}`);
  if (result.reason === "too_many") {
    return messagePage({
      title: "This link has been tried too many times",
      text: `Nothing more can be started from it (${result.attempts} payments were). If you approved one in the app, it counts; otherwise ask the shop for a new link.`,
      action: { href: `/p/${code}`, label: "See where the payment stands" },
      status: 429,
    });
  }
  log("error", "provider unavailable", { code, why: result.fault });
  return messagePage({
    title: "The payment service did not answer",
    text: "Nothing was charged. Please try again in a moment.",
    action: { href: `/p/${code}`, label: "Try again" },
    status: 502,
  });
}
