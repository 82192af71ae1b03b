/**
 * The sandbox provider's hosted payment page, clearly marked TEST: the amount, and a choice to
 * approve, decline or cancel, as a real provider's page would offer in its own way; once decided,
 * its status and, from the authorization on, its money as it stands (authorized, captured,
 * refunded). The same page, marked as the sandbox app, stands in for the payment app that a
 * deeplink would open.
 */
import { isMoneyStatus } from "../sandbox/sandbox-money";
import type { SandboxPayment } from "../sandbox/sandbox-psp";
import { html, pageResponse } from "./html";
import { formatAmount } from "./money";

function moneyLine(payment: SandboxPayment) {
  if (!isMoneyStatus(payment.status)) return "";
  const { authorized, captured, refunded } = payment.money;
  const amount = (minor: number) => formatAmount(minor, payment.currency);
  return html`<p class="note">Authorized ${amount(authorized)} · Captured ${amount(captured)} · Refunded ${amount(refunded)}</p>`;
}

export function sandboxPage(payment: SandboxPayment, as: "page" | "app"): Promise<Response> {
  const amount = formatAmount(payment.amount, payment.currency);
  const open = payment.status === "CREATED";
  const banner = as === "app" ? "TEST · SANDBOX APP · NO REAL MONEY" : "TEST · SANDBOX · NO REAL MONEY";
  return pageResponse({
    title: `TEST payment: ${amount}`,
    body: html`<div class="test">${banner}</div><main><p class="who">${payment.merchant_name}</p><p class="amount">${amount}</p><p class="what">${payment.description}</p>${
      open
        ? html`<form method="post" action="/sandbox/pay/${payment.id}"><button class="btn" name="decision" value="approve">Approve payment</button><button class="btn alt" name="decision" value="decline">Decline</button><button class="btn alt" name="decision" value="cancel">Cancel</button></form>`
        : html`<h1>This test payment is ${payment.status.toLowerCase().replaceAll("_", " ")}</h1>${moneyLine(payment)}<a class="btn" href="${payment.return_url}">Back to the shop</a>`
    }</main>`,
  });
}
