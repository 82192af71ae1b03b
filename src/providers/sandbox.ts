/**
 * The gateway's client for the built-in sandbox provider. It speaks to the sandbox the way the
 * Dintero client speaks to Dintero: it creates a payment, reads its state, cancels it, and verifies
 * its callbacks, which are signed with Dintero's scheme. The hosted handoff gets the sandbox's
 * hosted page (`/sandbox/pay/{id}`), the app handoff its stand-in for the app (`/sandbox/app/{id}`).
 */

import { randomCode } from "../crypto/random";
import type { AttemptStatus } from "../domain/session-machine";
import type { Env } from "../env";
import type { SandboxStatus } from "../sandbox/sandbox-psp";
import { SIGNATURE_HEADER, verifyCallback } from "../signatures/dintero";
import { sandboxPayment } from "../storage/stubs";
import type { AttemptOrder, AttemptState, Provider, StartedAttempt } from "./provider";

/** The account id the sandbox signs its callbacks for. */
export const SANDBOX_ACCOUNT = "sandbox";
const SANDBOX_ID = /^sbx_[1-9A-HJ-NP-Za-km-z]{20}$/;

const STATUS: Record<SandboxStatus, AttemptStatus> = {
  CREATED: "pending",
  AUTHORIZED: "authorized",
  DECLINED: "failed",
  CANCELLED: "cancelled",
  EXPIRED: "expired",
  AUTHORIZATION_VOIDED: "cancelled",
};

export function isSandboxId(id: string): boolean {
  return SANDBOX_ID.test(id);
}

export function sandboxProvider(env: Env, callbackSecret: string): Provider {
  const payment = (id: string) => sandboxPayment(env, id);
  return {
    async start(order: AttemptOrder): Promise<StartedAttempt> {
      const id = `sbx_${randomCode(20)}`;
      const created = await payment(id).create({
        id,
        reference: order.reference,
        amount: order.amount,
        currency: order.currency,
        description: order.description,
        merchant_name: order.merchantName,
        return_url: order.returnUrl,
        callback_url: order.callbackUrl,
      });
      const where = order.handoff === "app" ? "app" : "pay";
      return { providerRef: id, url: `${order.origin}/sandbox/${where}/${id}`, urlExpiresAt: created.expires_at };
    },

    async read(providerRef: string): Promise<AttemptState> {
      const found = await payment(providerRef).get();
      if (!found) throw new Error(`sandbox payment ${providerRef} not found`);
      return { status: STATUS[found.status], transactionId: found.status === "AUTHORIZED" ? found.id : null };
    },

    async cancel(providerRef: string): Promise<void> {
      await payment(providerRef).cancel();
    },

    async verifyCallback(request: Request): Promise<string | null> {
      const header = request.headers.get(SIGNATURE_HEADER);
      const now = Math.floor(Date.now() / 1000);
      if (!header || !(await verifyCallback(callbackSecret, SANDBOX_ACCOUNT, request, header, now))) return null;
      return new URL(request.url).searchParams.get("merchant_reference");
    },
  };
}
