/**
 * GET /p/{code}: the pay link. One Durable Object call and no provider call: the device is
 * classified from the headers, the page planned for it (`device/page-plan.ts`), and the page (or, for a link previewer, a
 * preview with no way to pay) rendered. An open session's view is a funnel point (`opened` or
 * `preview`).
 */
import type { IRequest } from "itty-router";
import { publicOrigin } from "../config/config";
import { escapesOffOf } from "../config/escapes-off";
import { configuredBaseUrl } from "../config/provider-accounts";
import { classify } from "../device/classify";
import { planPage } from "../device/page-plan";
import { sessionKeyOf } from "../domain/ids";
import { providerSources } from "../domain/redirect-policy";
import type { Env } from "../env";
import { deviceClass, recordFunnel } from "../funnel";
import { requestId } from "../log";
import { payPage, previewPage } from "../pages/pay-page";
import { sessionOfCode } from "../session/stubs";
import { payCodeOf, payLinkNotFound } from "./pay-code";
import { frameOf, wordsOf } from "./person";

/** Client hints the page asks for, so later requests tell the OS version behind a reduced UA. */
const ACCEPT_CH = "Sec-CH-UA-Platform-Version, Sec-CH-UA-Model";

export async function showPayPage(request: IRequest, env: Env): Promise<Response> {
  const code = payCodeOf(request);
  const view = await (await sessionOfCode(env, code)).view(requestId());
  if (!view) return payLinkNotFound(request, "person");
  const device = classify(request.headers);
  const plan = planPage(device, { policy: view.handoff_policy, escapesOff: escapesOffOf(env) });
  if (view.status === "open") {
    const stage = plan.kind === "preview" ? "preview" : "opened";
    recordFunnel(env.FUNNEL, view, { stage, handoff: plan.kind, device: deviceClass(device) });
  }
  const words = wordsOf(request, view);
  const common = {
    words,
    session: frameOf(env, words, view),
    amount: view.amount,
    currency: view.currency,
    description: view.description,
    method: view.payment_method,
  };
  const response =
    plan.kind === "preview"
      ? await previewPage(common)
      : await payPage({
          ...common,
          code,
          sessionKey: sessionKeyOf(view.id),
          payUrl: new URL(`/p/${code}`, publicOrigin(env)),
          status: view.status,
          attempt: view.attempt,
          hasReturnUrl: view.has_return_url,
          plan,
          formTargets: providerSources(view.provider, configuredBaseUrl(env, view.provider)),
        });
  response.headers.set("accept-ch", ACCEPT_CH);
  response.headers.append("vary", "user-agent, sec-ch-ua, sec-ch-ua-mobile, sec-ch-ua-platform");
  return response;
}
