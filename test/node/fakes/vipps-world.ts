/**
 * The state of one fake Vipps MobilePay "world": its clock, access tokens, payments (with the money
 * reserved, captured, refunded and released) and their events, the webhooks it would send, the
 * answers kept for idempotent retries, the calls counted for rate limits, the faults tests asked
 * for, and every request it saw. The
 * fake keeps one world per base path (`/w/<name>`; none for the default one), so a test that moves
 * the clock or makes calls fail does so only for the provider client it points there.
 */
import { createHash, createHmac, randomBytes, randomUUID } from "node:crypto";
import { FAKE_VIPPS } from "./credentials.ts";
import { FaultBook } from "./faults.ts";
import type { SeenRequest, SignedWebhook } from "./vipps-control.ts";

/** Lifetime of an access token: 1 hour of fake time, in seconds (as Vipps' test environment). */
export const TOKEN_LIFETIME_S = 3600;
/**
 * How long the landing page and the deeplink can be opened: 5 minutes of fake time, in ms. A payment
 * opened in that time can be approved for 5 minutes more; Vipps cancels (EXPIRED) an unapproved
 * payment only after the full 10 minutes (shared reference: "Timing, polling, limits").
 */
export const LANDING_LIFETIME_MS = 5 * 60 * 1000;
/** How long a payment can be approved after it was created: 10 minutes of fake time, in ms. */
export const APPROVAL_LIFETIME_MS = 10 * 60 * 1000;

export type PaymentState = "CREATED" | "ABORTED" | "EXPIRED" | "AUTHORIZED" | "TERMINATED";
/** ePayment's `PaymentEventName`s the fake records (named once, in the control's webhook shape). */
export type EventName = SignedWebhook["name"];

export interface Amount {
  currency: string;
  value: number;
}

export interface PaymentEvent {
  name: EventName;
  /** The webhook payload, frozen when the event happened: a retry sends the same bytes. */
  body: string;
}

export interface Payment {
  reference: string;
  pspReference: string;
  state: PaymentState;
  amount: Amount;
  userFlow: string;
  returnUrl: string | null;
  description: string;
  token: string;
  redirectUrl: string;
  /** Until when the landing page or the deeplink can be opened. */
  openBy: number;
  /** When the customer opened it (the landing page, or the app); null before. */
  openedAt: number | null;
  /** Until when it can be approved; an unapproved payment expires then. */
  expiresAt: number;
  /** The aggregate, in minor units: reserved at authorization, released by a cancel, captured, refunded. */
  authorized: number;
  cancelled: number;
  captured: number;
  refunded: number;
  events: PaymentEvent[];
}

/** A webhook registered with the Webhooks API for one MSN; its secret is shown only when it is registered. */
export interface Registration {
  id: string;
  url: string;
  events: string[];
  secret: string;
}

export interface StoredAnswer {
  /** What the first request was (its canonical body, or the reference and body it adjusted). */
  request: string;
  status: number;
  body: unknown;
}

const base64 = (data: Buffer) => data.toString("base64");

/** Vipps' signature on a webhook for `target` (see src/signatures/vipps.ts), made independently here. */
export function signWebhook(secret: string, target: URL, date: string, body: string): Record<string, string> {
  const hash = base64(createHash("sha256").update(body, "utf8").digest());
  const signed = `POST\n${target.pathname}${target.search}\n${date};${target.host};${hash}`;
  const signature = base64(createHmac("sha256", Buffer.from(secret, "utf8")).update(signed, "utf8").digest());
  return {
    "content-type": "application/json",
    "x-ms-date": date,
    "x-ms-content-sha256": hash,
    authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${signature}`,
  };
}

export class World {
  offsetMs = 0;
  readonly tokens = new Map<string, number>();
  readonly payments = new Map<string, Payment>();
  readonly byToken = new Map<string, string>();
  readonly creates = new Map<string, StoredAnswer>();
  /** Answers of cancel, capture and refund, by `<operation> <Idempotency-Key>`. */
  readonly adjustments = new Map<string, StoredAnswer>();
  /** When each rate-limited call was made (fake clock, ms), by `<operation> <reference>`. */
  readonly calls = new Map<string, number[]>();
  readonly faults = new FaultBook();
  readonly seen: SeenRequest[] = [];
  /** The webhooks registered per MSN (Webhooks API). */
  readonly webhooks = new Map<string, Registration[]>();
  /** The `redirectUrl` a test wants answered for a payment still to be created, by reference. */
  readonly redirects = new Map<string, string>();

  /** Where this world answers, e.g. `http://127.0.0.1:4321/w/tokens-1`. */
  readonly base: string;

  constructor(base: string) {
    this.base = base;
  }

  /** The fake clock, in ms since the epoch. */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  issueToken(): { token: string; expiresAt: number } {
    const token = `fake.${randomBytes(24).toString("base64url")}`;
    const expiresAt = this.now() + TOKEN_LIFETIME_S * 1000;
    this.tokens.set(token, expiresAt);
    return { token, expiresAt };
  }

  tokenValid(token: string): boolean {
    const expiresAt = this.tokens.get(token);
    return expiresAt !== undefined && this.now() < expiresAt;
  }

  /**
   * The customer opens the payment (its landing page, or the app by the deeplink): only within its
   * first 5 minutes; false after.
   */
  open(payment: Payment): boolean {
    if (payment.openedAt !== null) return true;
    if (this.now() >= payment.openBy) return false;
    payment.openedAt = this.now();
    return true;
  }

  /** Payments not approved within their 10 minutes expire (the fake's clock decides). */
  sweep(): void {
    for (const payment of this.payments.values()) {
      if (payment.state === "CREATED" && this.now() >= payment.expiresAt) this.change(payment, "EXPIRED", "EXPIRED", null);
    }
  }

  create(
    body: { reference: string; amount: Amount; userFlow: string; returnUrl?: string; paymentDescription?: string },
    key: string,
  ): Payment {
    const token = randomBytes(18).toString("base64url");
    const payment: Payment = {
      reference: body.reference,
      pspReference: String(7_000_000_000 + this.payments.size),
      state: "CREATED",
      amount: body.amount,
      userFlow: body.userFlow,
      returnUrl: body.returnUrl ?? null,
      description: body.paymentDescription ?? "",
      token,
      redirectUrl:
        this.redirects.get(body.reference) ??
        (body.userFlow === "NATIVE_REDIRECT" ? `vippsMT://?token=${token}` : `${this.base}/landing/${token}`),
      openBy: this.now() + LANDING_LIFETIME_MS,
      openedAt: null,
      expiresAt: this.now() + APPROVAL_LIFETIME_MS,
      authorized: 0,
      cancelled: 0,
      captured: 0,
      refunded: 0,
      events: [],
    };
    this.payments.set(payment.reference, payment);
    this.byToken.set(token, payment.reference);
    this.record(payment, "CREATED", key, payment.amount.value);
    return payment;
  }

  /**
   * Moves a payment to `state` and records the event a webhook would announce. A terminated payment
   * counts its whole amount as cancelled; a cancel after authorization releases what is neither
   * captured nor released yet, and its event names that amount (Vipps' cancel guide).
   */
  change(payment: Payment, state: PaymentState, event: EventName, key: string | null): void {
    payment.state = state;
    if (state === "AUTHORIZED" && event === "AUTHORIZED") payment.authorized = payment.amount.value;
    let amount = payment.amount.value;
    if (event === "TERMINATED") payment.cancelled = amount;
    if (event === "CANCELLED") {
      amount = payment.authorized - payment.captured - payment.cancelled;
      payment.cancelled += amount;
    }
    this.record(payment, event, key, amount);
  }

  /** The webhooks registered for `msn`. */
  registrations(msn: string): Registration[] {
    const found = this.webhooks.get(msn) ?? [];
    this.webhooks.set(msn, found);
    return found;
  }

  /** Registers a webhook for `msn`, with an id and a secret of its own. */
  register(msn: string, url: string, events: string[]): Registration {
    const registration = { id: randomUUID(), url, events, secret: randomUUID() };
    this.registrations(msn).push(registration);
    return registration;
  }

  /** Captures or refunds `value` of an authorized payment (the caller checked what is left). */
  adjust(payment: Payment, operation: "capture" | "refund", value: number, key: string): void {
    if (operation === "capture") payment.captured += value;
    else payment.refunded += value;
    this.record(payment, operation === "capture" ? "CAPTURED" : "REFUNDED", key, value);
  }

  /**
   * A call of `operation` on `reference` when `limit` calls were let through in the last `windowMs`
   * of the fake clock: refused, with the seconds until one more is let through; otherwise counted,
   * and null.
   */
  overLimit(operation: string, reference: string, limit: number, windowMs: number): number | null {
    const id = `${operation} ${reference}`;
    const now = this.now();
    const recent = (this.calls.get(id) ?? []).filter((at) => at > now - windowMs);
    this.calls.set(id, recent);
    if (recent.length >= limit) return Math.max(1, Math.ceil((recent[recent.length - limit]! + windowMs - now) / 1000));
    recent.push(now);
    return null;
  }

  private record(payment: Payment, name: EventName, key: string | null, value: number): void {
    const body = JSON.stringify({
      msn: FAKE_VIPPS.msn,
      reference: payment.reference,
      pspReference: payment.pspReference,
      name,
      amount: { currency: payment.amount.currency, value },
      timestamp: new Date(this.now()).toISOString(),
      idempotencyKey: key,
      success: true,
    });
    payment.events.push({ name, body });
  }

  /** The payment as `GET /epayment/v1/payments/{reference}` shows it (GetPaymentResponse). */
  view(payment: Payment) {
    const amount = (value: number) => ({ currency: payment.amount.currency, value });
    return {
      aggregate: {
        authorizedAmount: amount(payment.authorized),
        cancelledAmount: amount(payment.cancelled),
        capturedAmount: amount(payment.captured),
        refundedAmount: amount(payment.refunded),
      },
      amount: payment.amount,
      state: payment.state,
      paymentMethod: { type: "WALLET" },
      profile: {},
      pspReference: payment.pspReference,
      redirectUrl: payment.redirectUrl,
      reference: payment.reference,
    };
  }

  /** The webhooks about `reference`, signed for delivery to `target` at `date` (an HTTP date). */
  outbox(reference: string, target: URL, date: string): SignedWebhook[] {
    const payment = this.payments.get(reference);
    return (payment?.events ?? []).map((event) => ({
      event: `epayments.payment.${event.name.toLowerCase()}.v1`,
      name: event.name,
      method: "POST",
      url: target.toString(),
      path: `${target.pathname}${target.search}`,
      headers: signWebhook(FAKE_VIPPS.webhookSecret, target, date, event.body),
      body: event.body,
    }));
  }

  /** Requests seen at `path` (any when empty) whose path, headers or body contain `match`. */
  requests(path: string | null, match: string | null): SeenRequest[] {
    return this.seen.filter(
      (entry) =>
        (path === null || entry.path === path) &&
        (match === null ||
          entry.path.includes(match) ||
          entry.body.includes(match) ||
          Object.values(entry.headers).some((value) => value.includes(match))),
    );
  }
}
