/**
 * The interstitial a person sees on opening a pay link: who asks for how much, what happens next,
 * and a real button to continue (an app switch needs a tap; the form also works without
 * JavaScript). Every view the page can reach is in it, so the script only shows the right one.
 */
import { type Escape, escapeHref, type PagePlan } from "../device/page-plan";
import type { AttemptStatus } from "../domain/session-machine";
import type { Handoff, PaymentMethod, PayStatusName } from "../schemas/session";
import { type Html, html, pageResponse } from "./html";
import { formatAmount } from "./money";
import { PAY_SCRIPT } from "./pay-script";

export type PayView = "open" | "waiting" | "retry" | PayStatusName;

export interface PayPageModel {
  code: string;
  /** The pay URL, e.g. `https://pay.example/p/7Hq2xZk9PwR4mB`. */
  payUrl: URL;
  status: PayStatusName;
  attempt: AttemptStatus | null;
  merchantName: string;
  amount: number;
  currency: string;
  description: string | null;
  /** The app the person pays in: Vipps for NOK, MobilePay for DKK and EUR, whichever provider takes the payment. */
  method: PaymentMethod;
  hasReturnUrl: boolean;
  plan: PagePlan;
}

/** What the page shows first: the session's state, or "retry" after an attempt that failed. */
export function initialView(status: PayStatusName, attempt: AttemptStatus | null): PayView {
  if (status !== "open") return status;
  return attempt === "failed" || attempt === "cancelled" || attempt === "expired" ? "retry" : "open";
}

/** The origin of the page's live socket, for its CSP: older Safari does not count ws: or wss: as 'self'. */
const liveOrigin = (payUrl: URL) => `${payUrl.protocol === "https:" ? "wss:" : "ws:"}//${payUrl.host}`;

const METHOD_NAMES: Record<PaymentMethod, string> = { vipps: "Vipps", mobilepay: "MobilePay" };

/** What gives the page its brand's colour: the stylesheet's `.mp` for MobilePay; Vipps is its default. */
const BRAND_CLASSES: Record<PaymentMethod, Html | ""> = { vipps: "", mobilepay: html` class="mp"` };

const ESCAPE_LABELS: Record<Escape, string> = { "x-safari-https": "Open in Safari", intent: "Open in your browser" };

function when(views: string, current: PayView, content: Html, extra: Html | string = ""): Html {
  const shown = views.split(" ").includes(current);
  return html`<div data-when="${views}"${extra}${shown ? "" : html` hidden`}>${content}</div>`;
}

function goForm(code: string, handoff: Handoff, label: string, style = "btn"): Html {
  return html`<form method="post" action="/p/${code}/go"><input type="hidden" name="handoff" value="${handoff}"><button class="${style}">${label}</button></form>`;
}

function openSection(model: PayPageModel, view: PayView): Html {
  const { code, plan } = model;
  const methodName = METHOD_NAMES[model.method];
  const handoff = plan.kind === "app" ? "app" : "hosted";
  const label = plan.kind === "app" ? `Open ${methodName}` : `Continue to ${methodName}`;
  const old =
    plan.kind === "unsupported"
      ? html`<p class="note">${methodName} needs iOS 12 or Android 6 or newer. You can still continue to the payment page.</p>`
      : "";
  const way = (exit: Escape | null) =>
    html`${exit ? html`<a class="btn alt" href="${escapeHref(exit, model.payUrl)}">${ESCAPE_LABELS[exit]}</a>` : ""}<p class="note">If ${methodName} does not open here, open this page in your browser (the app's ··· menu).</p>`;
  // Telegram's way is there hidden on a plain browser's headers: the script shows it where it finds Telegram.
  const escapeLink = plan.hint ? way(plan.escape) : plan.telegram ? html`<div data-tg hidden>${way(plan.telegram.escape)}</div>` : "";
  const qr = plan.qr
    ? html`<p class="note" data-qr>Or scan with your phone's camera to pay there:</p><img data-qr src="/p/${code}/qr.svg" width="200" height="200" alt="QR code of this payment link">`
    : "";
  const failed = when("retry", view, html`<p><b>Payment not completed.</b> Nothing was charged.</p>`);
  return html`${failed}${old}${goForm(code, handoff, label)}${escapeLink}${qr}`;
}

export function payPage(model: PayPageModel): Promise<Response> {
  const view = initialView(model.status, model.attempt);
  const amount = formatAmount(model.amount, model.currency);
  const name = model.merchantName;
  const methodName = METHOD_NAMES[model.method];
  const back = model.hasReturnUrl ? html`<a class="btn" href="/r/${model.code}">Back to ${name}</a>` : "";
  // The way on, shown by the script when the page is still in front a while after the tap. For the
  // deeplink: the provider's https page, in this same view (a merchant's app has no other browser to
  // offer), where the person can pay with a phone number. For the https route: the same form again,
  // which reuses the live attempt. Without JavaScript no waiting view hides the form, so none is needed.
  const [laterIn, later] =
    model.plan.kind === "app"
      ? [
          "open waiting",
          html`<p class="note">${methodName} did not open?</p>${goForm(model.code, "hosted", "Continue on the payment page", "btn alt")}`,
        ]
      : ["waiting", goForm(model.code, "hosted", "Didn't open? Continue", "btn alt")];
  const fallback = when(laterIn, view, later, html` data-later`);
  return pageResponse({
    title: `Pay ${amount} to ${name}`,
    script: PAY_SCRIPT,
    connect: liveOrigin(model.payUrl),
    body: html`<main${BRAND_CLASSES[model.method]} aria-live="polite" data-view="${view}" data-status="/p/${model.code}/status" data-live="/p/${model.code}/live"><p class="who">${name}</p><p class="amount">${amount}</p><p class="what">${model.description}</p>${when("open retry", view, openSection(model, view))}${when("waiting", view, html`<h1>Opening ${methodName}…</h1><p>Approve the payment in ${methodName}, then come back here.</p>`)}${fallback}${when("paid", view, html`<h1>Payment complete</h1><p>Thank you. ${name} has your payment.</p>${back}`)}${when("cancelled", view, html`<h1>Payment cancelled</h1><p>Nothing was charged.</p>${back}`)}${when("expired", view, html`<h1>This link has expired</h1><p>Nothing was charged. Ask ${name} for a new link.</p>${back}`)}</main>`,
  });
}

/** For link previewers: Open Graph tags with merchant and amount, and no way to start a payment. */
export function previewPage(
  model: Pick<PayPageModel, "merchantName" | "amount" | "currency" | "description" | "method">,
): Promise<Response> {
  const title = `Pay ${formatAmount(model.amount, model.currency)} to ${model.merchantName}`;
  const description = `${model.description ? `${model.description} · ` : ""}Pay with ${METHOD_NAMES[model.method]}`;
  return pageResponse({
    title,
    head: html`<meta property="og:type" content="website"><meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><meta name="twitter:card" content="summary"><meta name="robots" content="noindex">`,
    body: html`<main><p class="who">${model.merchantName}</p><h1>${title}</h1><p>${description}</p><p class="note">Open this link on your phone to pay.</p></main>`,
  });
}
