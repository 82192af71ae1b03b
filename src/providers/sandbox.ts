/**
 * The gateway's client for the built-in sandbox provider. It speaks to the sandbox the way the
 * Dintero client speaks to Dintero: it creates a payment, reads its state and amounts, captures,
 * refunds, cancels or voids it, and verifies its callbacks, which are signed with Dintero's scheme.
 * The hosted handoff gets the sandbox's hosted page (`/sandbox/pay/{id}`), the app handoff its
 * stand-in for the app (`/sandbox/app/{id}`). Like Vipps, the sandbox never captures by itself
 * (`capture: "automatic"` is the gateway's to do). A capture or refund carries the movement's
 * idempotency key, which the sandbox keeps per payment: sent again, it moves money once.
 */

import { randomCode } from "../crypto/random";
import type { AttemptStatus } from "../domain/session-machine";
import type { Env } from "../env";
import type { MovementKind } from "../sandbox/sandbox-money";
import type { SandboxStatus } from "../sandbox/sandbox-psp";
import { sandboxPayment } from "../session/stubs";
import { SIGNATURE_HEADER, verifyCallback } from "../signatures/dintero";
import { ProviderError } from "./http";
import type { AttemptOrder, AttemptState, AuthorizedPayment, Money, MoneyMovement, Provider, StartedAttempt } from "./provider";

const PROVIDER = "sandbox";
/** The account id the sandbox signs its callbacks for. */
export const SANDBOX_ACCOUNT = "sandbox";
const SANDBOX_ID = /^sbx_[1-9A-HJ-NP-Za-km-z]{20}$/;

const STATUS: Record<SandboxStatus, AttemptStatus> = {
  CREATED: "pending",
  AUTHORIZED: "authorized",
  PARTIALLY_CAPTURED: "authorized",
  CAPTURED: "authorized",
  PARTIALLY_CAPTURED_REFUNDED: "authorized",
  PARTIALLY_REFUNDED: "authorized",
  REFUNDED: "authorized",
  DECLINED: "failed",
  CANCELLED: "cancelled",
  EXPIRED: "expired",
  AUTHORIZATION_VOIDED: "cancelled",
};

export function isSandboxId(id: string): boolean {
  return SANDBOX_ID.test(id);
}

/** The attempt a sandbox payment stands for; its transaction id is its own id while it holds money. */
export function sandboxState(id: string, status: SandboxStatus, money: Money): AttemptState {
  const attempt = STATUS[status];
  return { status: attempt, transactionId: attempt === "authorized" ? id : null, money };
}

export function sandboxProvider(env: Env, callbackSecret: string): Provider {
  const payment = (id: string) => sandboxPayment(env, id);

  async function move(kind: MovementKind, authorized: AuthorizedPayment, movement: MoneyMovement): Promise<AttemptState> {
    const id = authorized.providerRef;
    if (!isSandboxId(id)) throw new ProviderError(PROVIDER, 404, `no sandbox payment ${id}`);
    const { amount, idempotencyKey: key, reason } = movement;
    const answer = await payment(id).move({
      kind,
      key,
      amount,
      currency: authorized.currency,
      ...(reason === undefined ? {} : { reason }),
    });
    if (!answer.ok) {
      const { status, code, message } = answer.refusal;
      throw new ProviderError(PROVIDER, status, message, { error: { code, message } });
    }
    return sandboxState(id, answer.status, answer.money);
  }

  return {
    async start(order: AttemptOrder): Promise<StartedAttempt> {
      const id = `sbx_${randomCode(20)}`;
      const created = await payment(id).create({
        id,
        reference: order.reference,
        amount: order.amount,
        currency: order.currency,
        description: order.description ?? "",
        merchant_name: order.merchantName,
        return_url: order.returnUrl,
        callback_url: order.callbackUrl,
      });
      const where = order.handoff === "app" ? "app" : "pay";
      return { providerRef: id, url: `${order.origin}/sandbox/${where}/${id}`, urlExpiresAt: created.expires_at };
    },

    async read(providerRef: string): Promise<AttemptState> {
      const found = await payment(providerRef).get();
      if (!found) throw new ProviderError(PROVIDER, 404, `no sandbox payment ${providerRef}`);
      return sandboxState(found.id, found.status, found.money);
    },

    capture: (authorized, movement) => move("capture", authorized, movement),
    refund: (authorized, movement) => move("refund", authorized, movement),

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
