/**
 * The interstitial a person sees on opening a pay link: who asks for how much, what happens next,
 * and a real button to continue (an app switch needs a tap; the form also works without
 * JavaScript). Every view the page can reach is in it, in the person's language, so the script
 * only shows the right one. One `h1` whatever the view: the shop and the amount; each view's own
 * heading is an `h2`.
 */
import { type Escape, escapeHref, type PagePlan } from "../device/page-plan";
import type { AttemptStatus } from "../domain/session-machine";
import { INTL_LOCALES } from "../i18n/locales";
import type { MessageKey, Words } from "../i18n/words";
import type { Handoff, PaymentMethod, PayStatusName } from "../schemas/session";
import { BRAND_CLASSES, METHOD_NAMES } from "./brand";
import { footer, type SessionFrame, testBadge } from "./frame";
import { type Html, html, pageResponse } from "./html";
import { payScriptPath } from "./pay-script";

export type PayView = "open" | "waiting" | "retry" | PayStatusName;

export interface PayPageModel {
  words: Words;
  session: SessionFrame;
  code: string;
  /** The session's key (`domain/ids.ts`): the way back to the shop is `/r/<key>`, never through the code. */
  sessionKey: string;
  /** The pay URL, e.g. `https://pay.example/p/7Hq2xZk9PwR4mB`. */
  payUrl: URL;
  status: PayStatusName;
  attempt: AttemptStatus | null;
  amount: number;
  currency: string;
  description: string | null;
  /** The app the person pays in: Vipps for NOK, MobilePay for DKK and EUR, whichever provider takes the payment. */
  method: PaymentMethod;
  hasReturnUrl: boolean;
  plan: PagePlan;
  /** Where the pay form's 303 may lead: the provider's origins and app schemes (`providerSources`). */
  formTargets: readonly string[];
}

/** What the page shows first: the session's state, or "retry" after an attempt that failed. */
export function initialView(status: PayStatusName, attempt: AttemptStatus | null): PayView {
  if (status !== "open") return status;
  return attempt === "failed" || attempt === "cancelled" || attempt === "expired" ? "retry" : "open";
}

/** The origin of the page's live socket, for its CSP: older Safari does not count ws: or wss: as 'self'. */
const liveOrigin = (payUrl: URL) => `${payUrl.protocol === "https:" ? "wss:" : "ws:"}//${payUrl.host}`;

const ESCAPE_LABELS: Record<Escape, MessageKey> = { "x-safari-https": "pay.open_in_safari", intent: "pay.open_in_browser" };

function when(views: string, current: PayView, content: Html, extra: Html | string = ""): Html {
  const shown = views.split(" ").includes(current);
  return html`<div data-when="${views}"${extra}${shown ? "" : html` hidden`}>${content}</div>`;
}

function goForm(code: string, handoff: Handoff, label: string, style = "btn"): Html {
  return html`<form method="post" action="/p/${code}/go"><input type="hidden" name="handoff" value="${handoff}"><button class="${style}">${label}</button></form>`;
}

function openSection(model: PayPageModel, view: PayView): Html {
  const { code, plan, words } = model;
  const app = METHOD_NAMES[model.method];
  const handoff = plan.kind === "app" ? "app" : "hosted";
  const label = words.say(plan.kind === "app" ? "pay.open_app" : "pay.continue", { app });
  const old = plan.kind === "unsupported" ? html`<p class="note">${words.say("pay.too_old", { app })}</p>` : "";
  const way = (exit: Escape | null) =>
    html`${exit ? html`<a class="btn alt" href="${escapeHref(exit, model.payUrl)}">${words.say(ESCAPE_LABELS[exit])}</a>` : ""}<p class="note">${words.say("pay.leave_app", { app })}</p>`;
  // Telegram's way is there hidden on a plain browser's headers: the script shows it where it finds Telegram.
  const escapeLink = plan.hint ? way(plan.escape) : plan.telegram ? html`<div data-tg hidden>${way(plan.telegram.escape)}</div>` : "";
  const qr = plan.qr
    ? html`<p class="note" data-qr>${words.say("pay.scan")}</p><img data-qr src="/p/${code}/qr.svg" width="200" height="200" alt="${words.say("pay.qr_alt")}">`
    : "";
  const failed = when("retry", view, html`<p><b>${words.say("pay.not_completed")}</b> ${words.say("pay.nothing_charged")}</p>`);
  return html`${failed}${old}${goForm(code, handoff, label)}${escapeLink}${qr}`;
}

export async function payPage(model: PayPageModel): Promise<Response> {
  const { words, session } = model;
  const view = initialView(model.status, model.attempt);
  const amount = words.amount(model.amount, model.currency);
  const merchant = session.shop.name;
  const app = METHOD_NAMES[model.method];
  const back = model.hasReturnUrl ? html`<a class="btn" href="/r/${model.sessionKey}">${words.say("pay.back", { merchant })}</a>` : "";
  const final = (title: MessageKey, text: Html | string) => html`<h2 tabindex="-1">${words.say(title)}</h2><p>${text}</p>${back}`;
  // The way on, shown by the script when the page is still in front a while after the tap. For the
  // deeplink: the provider's https page, in this same view (a merchant's app has no other browser to
  // offer), where the person can pay with a phone number. For the https route: the same form again,
  // which reuses the live attempt. Without JavaScript no waiting view hides the form, so none is needed.
  const [laterIn, later] =
    model.plan.kind === "app"
      ? [
          "open waiting",
          html`<p class="note">${words.say("pay.app_did_not_open", { app })}</p>${goForm(model.code, "hosted", words.say("pay.continue_on_page"), "btn alt")}`,
        ]
      : ["waiting", goForm(model.code, "hosted", words.say("pay.did_not_open"), "btn alt")];
  const views = [
    when("open retry", view, openSection(model, view)),
    when(
      "waiting",
      view,
      html`<h2 tabindex="-1">${words.say("pay.waiting_title", { app })}</h2><p>${words.say("pay.waiting_text", { app })}</p>`,
    ),
    when(laterIn, view, later, html` data-later`),
    when("paid", view, final("pay.paid_title", words.say("pay.paid_text", { merchant }))),
    when("cancelled", view, final("pay.cancelled_title", words.say("pay.nothing_charged"))),
    when("expired", view, final("pay.expired_title", words.say("pay.expired_text", { merchant }))),
  ];
  return pageResponse({
    lang: words.locale,
    title: words.say("page.pay_title", { amount, merchant }),
    script: new URL(await payScriptPath(), model.payUrl),
    connect: liveOrigin(model.payUrl),
    formTargets: model.formTargets,
    body: html`${testBadge(words, session.testMode)}<main${BRAND_CLASSES[model.method]} aria-live="polite" data-view="${view}" data-status="/p/${model.code}/status" data-live="/p/${model.code}/live"><h1><span class="who">${merchant}</span><span class="amount">${amount}</span></h1><p class="what">${model.description}</p>${views}</main>${footer(words, session)}`,
  });
}

/** For link previewers: Open Graph tags with merchant and amount, and no way to start a payment. */
export function previewPage(
  model: Pick<PayPageModel, "words" | "session" | "amount" | "currency" | "description" | "method">,
): Promise<Response> {
  const { words, session } = model;
  const merchant = session.shop.name;
  const title = words.say("page.pay_title", { amount: words.amount(model.amount, model.currency), merchant });
  const payWith = words.say("preview.pay_with", { app: METHOD_NAMES[model.method] });
  const description = `${model.description ? `${model.description} · ` : ""}${payWith}`;
  return pageResponse({
    lang: words.locale,
    title,
    head: html`<meta property="og:type" content="website"><meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><meta property="og:locale" content="${INTL_LOCALES[words.locale].replace("-", "_")}"><meta name="twitter:card" content="summary"><meta name="robots" content="noindex">`,
    body: html`${testBadge(words, session.testMode)}<main><p class="who">${merchant}</p><h1>${title}</h1><p>${description}</p><p class="note">${words.say("preview.open_on_phone")}</p></main>${footer(words, session)}`,
  });
}
