/**
 * The sandbox payment service provider: a stand-in for a real hosted payment page, so the whole
 * flow runs locally with no account. Each sandbox payment is one Durable Object holding one record
 * (key `payment`), e.g. after an approval, a capture of 20000 and a refund of 5000:
 *
 *   { id: "sbx_4dZ…", reference: "7Hq2…-1", amount: 29990, currency: "NOK", description: "Order 123",
 *     merchant_name: "Local Test Shop", return_url: "http://localhost:8787/r/5fXq…-1",
 *     callback_url: "http://localhost:8787/v1/providers/sandbox/callback", status: "PARTIALLY_CAPTURED_REFUNDED",
 *     created_at: 1795000000000, expires_at: 1795000600000,
 *     money: { authorized: 29990, captured: 20000, refunded: 5000 } }
 *
 * `money` (minor units) is written when the payment is authorized; a record without it (written
 * before the sandbox moved money) holds the whole amount if AUTHORIZED and nothing otherwise.
 * Each capture or refund done is kept under `movement:<idempotency key>`, so the same key sent
 * again answers the first result and moves no money, e.g.
 *
 *   movement:cap_7Hq2…_1 → { kind: "capture", amount: 20000, currency: "NOK", at: 1795000300000,
 *                            status: "PARTIALLY_CAPTURED", money: { authorized: 29990, captured: 20000, refunded: 0 } }
 *
 * Statuses follow Dintero's transaction words: CREATED → AUTHORIZED | DECLINED | CANCELLED | EXPIRED
 * (AUTHORIZED by `approve` or `approve_silently`: the record is the same, only the page's way back differs);
 * from AUTHORIZED on, the amounts decide (`sandbox-money.ts`): PARTIALLY_CAPTURED, CAPTURED,
 * PARTIALLY_CAPTURED_REFUNDED, PARTIALLY_REFUNDED, REFUNDED, AUTHORIZATION_VOIDED. Unlike Dintero,
 * the sandbox sends no callback after a capture, refund or void: the gateway reads the answer.
 */
import { DurableObject } from "cloudflare:workers";
import { type Money, NO_MONEY } from "../providers/provider";
import {
  afterMovement,
  afterVoid,
  isMoneyStatus,
  keyRefusal,
  type MoneyStatus,
  type Movement,
  moneyStatus,
  movementRefusal,
  type Refusal,
  replayRefusal,
} from "./sandbox-money";

/** How long a sandbox payment page can be used: 10 minutes, in ms. */
export const SANDBOX_PAGE_TTL_MS = 10 * 60_000;

export type SandboxStatus = "CREATED" | "DECLINED" | "CANCELLED" | "EXPIRED" | MoneyStatus;
/** The person's choices on the sandbox page; `approve_silently` approves, and the phone dies on the way back. */
export const SANDBOX_DECISIONS = ["approve", "approve_silently", "decline", "cancel"] as const;
export type SandboxDecision = (typeof SANDBOX_DECISIONS)[number];

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
  money: Money;
}

/** A payment after a decision, and whether the decision was taken (or the payment was decided already). */
export interface Decided {
  payment: SandboxPayment;
  taken: boolean;
}

/** A record as stored: `money` only from the authorization on. */
type StoredPayment = Omit<SandboxPayment, "money"> & { money?: Money };

/** A capture or refund done, under `movement:<key>`: what was asked, and the payment just after. */
interface MovementRecord extends Pick<Movement, "kind" | "amount" | "currency" | "reason"> {
  at: number;
  status: MoneyStatus;
  money: Money;
}

/** The answer to a capture or refund: the payment as it stands after it, or the sandbox's refusal. */
export type MovementAnswer = { ok: true; status: MoneyStatus; money: Money } | { ok: false; refusal: Refusal };

const DECISIONS: Record<SandboxDecision, SandboxStatus> = {
  approve: "AUTHORIZED",
  approve_silently: "AUTHORIZED",
  decline: "DECLINED",
  cancel: "CANCELLED",
};

const NOT_FOUND: MovementAnswer = { ok: false, refusal: { status: 404, code: "NOT_FOUND", message: "no such sandbox payment" } };

/** The money of a payment just authorized: all of its amount reserved. */
const whole = (payment: Pick<SandboxPayment, "amount">): Money => ({ authorized: payment.amount, captured: 0, refunded: 0 });

const movementKey = (key: string) => `movement:${key}`;

export class SandboxPsp extends DurableObject {
  async create(payment: Omit<SandboxPayment, "status" | "created_at" | "expires_at" | "money">): Promise<SandboxPayment> {
    const existing = await this.get();
    if (existing) return existing;
    const now = Date.now();
    const record: StoredPayment = { ...payment, status: "CREATED", created_at: now, expires_at: now + SANDBOX_PAGE_TTL_MS };
    await this.ctx.storage.put("payment", record);
    return { ...record, money: NO_MONEY };
  }

  /** The payment as it stands, with an unused page past its time reported as EXPIRED. */
  async get(): Promise<SandboxPayment | null> {
    const stored = await this.ctx.storage.get<StoredPayment>("payment");
    if (!stored) return null;
    const payment: SandboxPayment = { ...stored, money: stored.money ?? (stored.status === "AUTHORIZED" ? whole(stored) : NO_MONEY) };
    if (payment.status === "CREATED" && Date.now() >= payment.expires_at) {
      payment.status = "EXPIRED";
      await this.ctx.storage.put("payment", payment);
    }
    return payment;
  }

  /** The customer's choice on the sandbox page; only an unused, unexpired payment takes one. */
  async decide(decision: SandboxDecision): Promise<Decided | null> {
    const payment = await this.get();
    if (!payment) return null;
    if (payment.status !== "CREATED") return { payment, taken: false };
    payment.status = DECISIONS[decision];
    if (payment.status === "AUTHORIZED") payment.money = whole(payment);
    await this.ctx.storage.put("payment", payment);
    return { payment, taken: true };
  }

  /** Ends an unused payment, or voids an authorization: what is not captured is released. */
  async cancel(): Promise<SandboxPayment | null> {
    const payment = await this.get();
    if (!payment) return null;
    if (payment.status === "CREATED") payment.status = "CANCELLED";
    if (isMoneyStatus(payment.status)) {
      payment.money = afterVoid(payment.money);
      payment.status = moneyStatus(payment.money);
    }
    await this.ctx.storage.put("payment", payment);
    return payment;
  }

  /**
   * Captures or refunds `movement.amount`. A key already used answers what its movement answered
   * then and moves nothing; with another amount, currency or kind it is refused.
   */
  async move(movement: Movement): Promise<MovementAnswer> {
    const payment = await this.get();
    if (!payment) return NOT_FOUND;
    const badKey = keyRefusal(movement.key);
    if (badKey) return { ok: false, refusal: badKey };
    const earlier = await this.ctx.storage.get<MovementRecord>(movementKey(movement.key));
    if (earlier) {
      const refusal = replayRefusal(earlier, movement);
      return refusal ? { ok: false, refusal } : { ok: true, status: earlier.status, money: earlier.money };
    }
    const refusal = movementRefusal(payment, movement);
    if (refusal) return { ok: false, refusal };
    payment.money = afterMovement(payment.money, movement);
    const status = moneyStatus(payment.money);
    payment.status = status;
    const { kind, amount, currency, reason } = movement;
    const record: MovementRecord = {
      kind,
      amount,
      currency,
      ...(reason === undefined ? {} : { reason }),
      at: Date.now(),
      status,
      money: payment.money,
    };
    await this.ctx.storage.put({ payment, [movementKey(movement.key)]: record });
    return { ok: true, status, money: payment.money };
  }
}
