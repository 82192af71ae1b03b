/**
 * The sandbox payment service provider: a stand-in for a real hosted payment page, so the whole
 * flow runs locally with no account. Each sandbox payment is one Durable Object holding one record
 * (key `payment`), e.g.
 *
 *   { id: "sbx_4dZ…", reference: "7Hq2…-1", amount: 29990, currency: "NOK", description: "Order 123",
 *     merchant_name: "Local Test Shop", return_url: "http://localhost:8787/r/7Hq2…-1",
 *     callback_url: "http://localhost:8787/v1/providers/sandbox/callback", status: "CREATED",
 *     created_at: 1795000000000, expires_at: 1795000600000 }
 *
 * Statuses follow Dintero's transaction words: CREATED → AUTHORIZED | DECLINED | CANCELLED | EXPIRED,
 * AUTHORIZED → AUTHORIZATION_VOIDED.
 */
import { DurableObject } from "cloudflare:workers";

/** How long a sandbox payment page can be used: 10 minutes, in ms. */
export const SANDBOX_PAGE_TTL_MS = 10 * 60_000;

export type SandboxStatus = "CREATED" | "AUTHORIZED" | "DECLINED" | "CANCELLED" | "EXPIRED" | "AUTHORIZATION_VOIDED";
export type SandboxDecision = "approve" | "decline" | "cancel";

export interface SandboxPayment {
  id: string;
  reference: string;
  amount: number;
  currency: string;
  description: string;
  merchant_name: string;
  return_url: string;
  callback_url: string;
  status: SandboxStatus;
  created_at: number;
  expires_at: number;
}

const DECISIONS: Record<SandboxDecision, SandboxStatus> = {
  approve: "AUTHORIZED",
  decline: "DECLINED",
  cancel: "CANCELLED",
};

export class SandboxPsp extends DurableObject {
  async create(payment: Omit<SandboxPayment, "status" | "created_at" | "expires_at">): Promise<SandboxPayment> {
    const existing = await this.get();
    if (existing) return existing;
    const now = Date.now();
    const record: SandboxPayment = { ...payment, status: "CREATED", created_at: now, expires_at: now + SANDBOX_PAGE_TTL_MS };
    await this.ctx.storage.put("payment", record);
    return record;
  }

  /** The payment as it stands, with an unused page past its time reported as EXPIRED. */
  async get(): Promise<SandboxPayment | null> {
    const payment = (await this.ctx.storage.get<SandboxPayment>("payment")) ?? null;
    if (payment?.status === "CREATED" && Date.now() >= payment.expires_at) {
      payment.status = "EXPIRED";
      await this.ctx.storage.put("payment", payment);
    }
    return payment;
  }

  /** The customer's choice on the sandbox page; only an unused, unexpired payment takes one. */
  async decide(decision: SandboxDecision): Promise<SandboxPayment | null> {
    const payment = await this.get();
    if (payment?.status !== "CREATED") return payment;
    payment.status = DECISIONS[decision];
    await this.ctx.storage.put("payment", payment);
    return payment;
  }

  async cancel(): Promise<SandboxPayment | null> {
    const payment = await this.get();
    if (!payment) return null;
    if (payment.status === "CREATED") payment.status = "CANCELLED";
    if (payment.status === "AUTHORIZED") payment.status = "AUTHORIZATION_VOIDED";
    await this.ctx.storage.put("payment", payment);
    return payment;
  }
}
