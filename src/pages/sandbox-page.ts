/**
 * The sandbox provider's hosted payment page, clearly marked TEST: the amount, and a choice to
 * approve, decline or cancel, as a real provider's page would offer in its own way, plus a test's
 * own choice: approve, then lose the way back; once decided, its status and, from the
 * authorization on, its money as it stands (authorized, captured, refunded). The same page, marked
 * as the sandbox app, stands in for the payment app that a deeplink would open. After a silent
 * approval, the page of the phone that died on the way back: approved, and the gateway not told.
 */
import { isMoneyStatus } from "../sandbox/sandbox-money";
import type { SandboxPayment } from "../sandbox/sandbox-psp";
import { type Html, html, pageResponse } from "./html";
import { formatAmount } from "./money";

function moneyLine(payment: SandboxPayment) {
  if (!isMoneyStatus(payment.status)) return "";
  const { authorized, captured, refunded } = payment.money;
  const amount = (minor: number) => formatAmount(minor, payment.currency);
  return html`<p class="note">Authorized ${amount(authorized)} · Captured ${amount(captured)} · Refunded ${amount(refunded)}</p>`;
}

/** The page's frame: the TEST banner, who is paid, how much and for what, then `content`. */
function framed(payment: SandboxPayment, as: "page" | "app", content: Html): Promise<Response> {
  const amount = formatAmount(payment.amount, payment.currency);
  const banner = as === "app" ? "TEST · SANDBOX APP · NO REAL MONEY" : "TEST · SANDBOX · NO REAL MONEY";
  return pageResponse({
    title: `TEST payment: ${amount}`,
    body: html`<div class="test">${banner}</div><main><p class="who">${payment.merchant_name}</p><p class="amount">${amount}</p><p class="what">${payment.description}</p>${content}</main>`,
  });
}

export function sandboxPage(payment: SandboxPayment, as: "page" | "app"): Promise<Response> {
  return framed(
    payment,
    as,
    payment.status === "CREATED"
      ? html`<form method="post" action="/sandbox/pay/${payment.id}"><button class="btn" name="decision" value="approve">Approve payment</button><button class="btn alt" name="decision" value="decline">Decline</button><button class="btn alt" name="decision" value="cancel">Cancel</button><button class="btn alt" name="decision" value="approve_silently">Approve, then lose the way back (test)</button></form>`
      : html`<h1>This test payment is ${payment.status.toLowerCase().replaceAll("_", " ")}</h1>${moneyLine(payment)}<a class="btn" href="${payment.return_url}">Back to the shop</a>`,
  );
}

/** Where a silent approval leaves the browser: the payment approved, no way back, the gateway not told. */
export function sandboxLostPage(payment: SandboxPayment): Promise<Response> {
  return framed(
    payment,
    "page",
    html`<h1>The phone died on the way back</h1><p>The payment is approved: the sandbox holds it as authorized.</p><p>The gateway has not been told. The sandbox sent it no callback, and this browser was not sent back to it; it learns of the payment only when it reads it at the sandbox.</p>${moneyLine(payment)}`,
  );
}
