/**
 * The interstitial a person sees on opening a pay link: who is asking for how much, what happens
 * next, and a real link to continue (an app switch needs a tap). Every state the session can reach
 * is in the page, so the script only has to show the right one.
 */
import type { SessionStatus } from "../schemas/session";
import { type Html, html, pageResponse } from "./html";
import { formatAmount } from "./money";
import { PAY_SCRIPT } from "./pay-script";

export interface PayPageModel {
  code: string;
  status: SessionStatus;
  merchantName: string;
  amount: number;
  currency: string;
  description: string | null;
  methodName: string;
  hasReturnUrl: boolean;
}

function section(state: SessionStatus, current: SessionStatus, content: Html): Html {
  return html`<section data-when="${state}"${state === current ? "" : html` hidden`}>${content}</section>`;
}

export function payPage(model: PayPageModel): Promise<Response> {
  const amount = formatAmount(model.amount, model.currency);
  const back = model.hasReturnUrl ? html`<a class="btn" href="/r/${model.code}">Back to ${model.merchantName}</a>` : "";
  const title = `Pay ${amount} to ${model.merchantName}`;
  return pageResponse({
    title,
    head: html`<meta property="og:title" content="${title}"><meta property="og:description" content="${model.description ?? `Pay with ${model.methodName}`}">`,
    script: PAY_SCRIPT,
    body: html`<main data-state="${model.status}" data-status="/p/${model.code}/status"><p class="who">${model.merchantName}</p><p class="amount">${amount}</p><p class="what">${model.description}</p>
${section("open", model.status, html`<a class="btn" id="go" href="/p/${model.code}/go">Continue to ${model.methodName}</a><p class="note" id="opening" hidden>Opening ${model.methodName}… Approve the payment in the app, then come back here.</p><p class="note">You will approve the payment in ${model.methodName}.</p>`)}
${section("paid", model.status, html`<h1>Payment complete</h1><p>Thank you. ${model.merchantName} has your payment.</p>${back}`)}
${section("cancelled", model.status, html`<h1>Payment cancelled</h1><p>This payment was cancelled. Nothing was charged.</p>${back}`)}
${section("expired", model.status, html`<h1>This link has expired</h1><p>Nothing was charged. Ask ${model.merchantName} for a new link.</p>${back}`)}</main>`,
  });
}
