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
import { publicOrigin } from "../config/config";
import { configuredBaseUrl } from "../config/provider-accounts";
import { classify } from "../device/classify";
import type { Device } from "../device/device";
import { sessionIdOf } from "../domain/ids";
import { providerUrlAllowed } from "../domain/redirect-policy";
import type { Env } from "../env";
import { deviceClass } from "../funnel";
import { parseFormBody } from "../http/body";
import { seeOther } from "../http/respond";
import { log, requestId } from "../log";
import { sessionMessage } from "../pages/message-page";
import { HANDOFFS, type Handoff } from "../schemas/names";
import { sessionObject } from "../session/stubs";
import { payCodeOf, payLinkNotFound } from "./pay-code";
import { frameOf, wordsOf } from "./person";

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
  return continueToProvider(request, env, { sessionId: await sessionIdOf(code), code, handoff, device });
}

/** What a tap continues with: the session (and its pay code), the handoff asked for, the device that tapped. */
export interface Tap {
  sessionId: string;
  code: string;
  handoff: Handoff;
  device: Device;
}

/**
 * The tap goes on to the provider: the session starts (or reuses) an attempt, and the browser is
 * sent there; or gets a page saying why not, leading back to the session's pay link. A pay link's
 * tap and a payment link's (`link-pay.ts`, once it started its session) both go on here.
 */
export async function continueToProvider(request: IRequest, env: Env, { sessionId, code, handoff, device }: Tap): Promise<Response> {
  const origin = publicOrigin(env);
  const result = await sessionObject(env, sessionId).startAttempt(requestId(), handoff, origin, deviceClass(device));
  if (!("page" in result)) return payLinkNotFound(request, "person");
  const words = wordsOf(request, result.page);
  const session = frameOf(env, words, result.page);
  const back = `/p/${code}`;
  if (result.ok) {
    if (providerUrlAllowed(result.url, result.provider, origin, configuredBaseUrl(env, result.provider))) return seeOther(result.url);
    log("error", "provider url not allowed", { session: sessionId, provider: result.provider, ...whereTo(result.url) });
    return sessionMessage(words, session, {
      title: "error.refused_title",
      text: "error.refused_text",
      action: { href: back, label: "error.back_to_payment" },
      status: 502,
    });
  }
  if (result.reason === "closed") return seeOther(back);
  if (result.reason === "too_many") {
    return sessionMessage(words, session, {
      title: "error.too_many_title",
      text: "error.too_many_text",
      params: { attempts: result.attempts },
      action: { href: back, label: "error.see_status" },
      status: 429,
    });
  }
  log("error", "provider unavailable", { session: sessionId, why: result.fault });
  return sessionMessage(words, session, {
    title: "error.unavailable_title",
    text: "error.unavailable_text",
    action: { href: back, label: "result.try_again" },
    status: 502,
  });
}
