/**
 * A payment link for payers: `GET /l/{code}` shows its page (one Durable Object call, no provider
 * call; a link previewer or scanner gets the page, is not counted, and starts nothing);
 * `POST /l/{code}`, the tap on Continue (never the GET), has the link start an ordinary session for
 * this payer, and goes on exactly as a pay link's tap (`pay-go.ts`): from then on the session's
 * own pay link `/p/{code}` is the payer's. The link's page is the same fresh page for everyone,
 * whoever paid on it before. A link that takes no payment (sold out, deactivated, expired)
 * answers its closed page to both, and starts nothing.
 */
import type { IRequest } from "itty-router";
import * as z from "zod";
import { escapesOffOf } from "../config/escapes-off";
import { classify } from "../device/classify";
import { planPage } from "../device/page-plan";
import { isLinkCode, newTap, TAP } from "../domain/ids";
import { methodOfCurrency } from "../domain/session-rules";
import type { Env } from "../env";
import { parseFormBody } from "../http/body";
import { askedLocale } from "../http/locale";
import { limitLinkStarts } from "../http/rate-limit";
import { seeOther } from "../http/respond";
import { type LinkView, linkOfCode } from "../links/stubs";
import { requestId } from "../log";
import { type LinkPageModel, linkClosedPage, linkPage, MAX_TYPED_CHARS } from "../pages/link-page";
import { linkNotFound, sessionMessage } from "../pages/message-page";
import { HANDOFFS } from "../schemas/names";
import { continueToProvider } from "./pay-go";
import { frameOf, wordsOf } from "./person";

/** What the tap posts: the typed amount (an open amount's), and the handoff if the page chose one. */
const TapSchema = z.object({
  amount: z.string().optional(),
  handoff: z.enum(HANDOFFS).optional(),
  tap: z.string().regex(TAP, "not a tap of a link page").optional(),
});

/** Middleware: lets a request with a well-formed link code through, and answers any other with the "not found" page. */
export function requireLinkCode(request: IRequest, _env: Env): Response | Promise<Response> | undefined {
  return isLinkCode(request.params.code ?? "") ? undefined : linkNotFound(wordsOf(request, null));
}

function linkCodeOf(request: IRequest): string {
  return request.params.code ?? "";
}

/** The page of a link that takes payments, or its closed page (410). */
function pageOf(
  request: IRequest,
  env: Env,
  code: string,
  view: LinkView,
  again?: Partial<Pick<LinkPageModel, "problem" | "typed" | "tap">>,
) {
  const words = wordsOf(request, view);
  const session = frameOf(env, words, view);
  if (view.closed) return linkClosedPage(words, session, view.closed);
  return linkPage({
    words,
    session,
    code,
    tap: newTap(),
    amount: view.amount,
    minAmount: view.min_amount,
    maxAmount: view.max_amount,
    currency: view.currency,
    method: methodOfCurrency(view.currency),
    description: view.description,
    ...again,
  });
}

export async function showLinkPage(request: IRequest, env: Env): Promise<Response> {
  const code = linkCodeOf(request);
  // A person is counted once: not again when they pick a language on the page's switch (`?lang=`).
  const counted = !classify(request.headers).bot && askedLocale(request) === null;
  const view = await (await linkOfCode(env, code)).view(counted);
  if (!view) return linkNotFound(wordsOf(request, null));
  return pageOf(request, env, code, view);
}

export async function startLinkPayment(request: IRequest, env: Env): Promise<Response> {
  const code = linkCodeOf(request);
  const form = await parseFormBody(request, TapSchema);
  const device = classify(request.headers);
  if (device.bot) return seeOther(`/l/${code}`);
  await limitLinkStarts(request, env);
  const result = await (await linkOfCode(env, code)).start(requestId(), form.amount ?? null, form.tap ?? null);
  if (result.ok) {
    const plan = planPage(device, { escapesOff: escapesOffOf(env) });
    const handoff = form.handoff ?? (plan.kind === "app" ? "app" : "hosted");
    return continueToProvider(request, env, { sessionId: result.sessionId, code: result.code, handoff, device });
  }
  if (result.reason === "not_found") return linkNotFound(wordsOf(request, null));
  if (result.reason === "amount") {
    // Shown again as typed, up to the longest an amount can be (the parser reads no more).
    return pageOf(request, env, code, result.view, {
      problem: result.problem,
      typed: (form.amount ?? "").slice(0, MAX_TYPED_CHARS),
      ...(form.tap ? { tap: form.tap } : {}),
    });
  }
  if (result.reason === "closed") return pageOf(request, env, code, result.view);
  const words = wordsOf(request, result.view);
  return sessionMessage(words, frameOf(env, words, result.view), {
    title: "error.unavailable_title",
    text: "error.unavailable_text",
    action: { href: `/l/${code}`, label: "result.try_again" },
    status: 502,
  });
}
