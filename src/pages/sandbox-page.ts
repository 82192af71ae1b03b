/**
 * The sandbox provider's hosted payment page, clearly marked TEST: the amount, and a choice to
 * approve, decline or cancel, as a real provider's page would offer in its own way, plus a test's
 * own choice: approve, then lose the way back; once decided, its status and, from the
 * authorization on, its money as it stands (authorized, captured, refunded). The same page, marked
 * as the sandbox app, stands in for the payment app that a deeplink would open. After a silent
 * approval, the page of the phone that died on the way back: approved, and the gateway not told.
 * In the person's language, like the gateway's own pages (the sandbox shares their origin, and so
 * the remembered pick).
 */
import type { Words } from "../i18n/words";
import { isMoneyStatus } from "../sandbox/sandbox-money";
import type { SandboxPayment } from "../sandbox/sandbox-psp";
import { footer } from "./frame";
import { type Html, html, pageResponse } from "./html";

function moneyLine(words: Words, payment: SandboxPayment) {
  if (!isMoneyStatus(payment.status)) return "";
  const { authorized, captured, refunded } = payment.money;
  const amount = (minor: number) => words.amount(minor, payment.currency);
  return html`<p class="note">${words.say("sandbox.money", { authorized: amount(authorized), captured: amount(captured), refunded: amount(refunded) })}</p>`;
}

/** The page's frame: the TEST banner, who is paid, how much and for what, then `content`. */
function framed(words: Words, payment: SandboxPayment, as: "page" | "app", content: Html): Promise<Response> {
  const amount = words.amount(payment.amount, payment.currency);
  return pageResponse({
    lang: words.locale,
    title: words.say("sandbox.title", { amount }),
    // The decision's 303 leads on through /r/ to the merchant's return URL, which Chromium holds to
    // form-action too, and which this page does not know: the sandbox (test only) allows any web page.
    formTargets: ["http:", "https:"],
    body: html`<header class="test">${words.say(as === "app" ? "sandbox.banner_app" : "sandbox.banner")}</header><main><h1><span class="who">${payment.merchant_name}</span><span class="amount">${amount}</span></h1><p class="what">${payment.description}</p>${content}</main>${footer(words, null)}`,
  });
}

export function sandboxPage(words: Words, payment: SandboxPayment, as: "page" | "app"): Promise<Response> {
  return framed(
    words,
    payment,
    as,
    payment.status === "CREATED"
      ? html`<form method="post" action="/sandbox/pay/${payment.id}"><button class="btn" name="decision" value="approve">${words.say("sandbox.approve")}</button><button class="btn alt" name="decision" value="decline">${words.say("sandbox.decline")}</button><button class="btn alt" name="decision" value="cancel">${words.say("sandbox.cancel")}</button><button class="btn alt" name="decision" value="approve_silently">${words.say("sandbox.approve_silently")}</button></form>`
      : html`<h2>${words.say("sandbox.status", { status: words.say(`sandbox.${payment.status}`) })}</h2>${moneyLine(words, payment)}<a class="btn" href="${payment.return_url}">${words.say("sandbox.back")}</a>`,
  );
}

/** Where a silent approval leaves the browser: the payment approved, no way back, the gateway not told. */
export function sandboxLostPage(words: Words, payment: SandboxPayment): Promise<Response> {
  return framed(
    words,
    payment,
    "page",
    html`<h2>${words.say("sandbox.lost_title")}</h2><p>${words.say("sandbox.lost_approved")}</p><p>${words.say("sandbox.lost_untold")}</p>${moneyLine(words, payment)}`,
  );
}
