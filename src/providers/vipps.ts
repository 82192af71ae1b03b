/**
 * The gateway's client for Vipps MobilePay's ePayment API: an access token per sales unit (cached,
 * renewed once when Vipps refuses it), a payment per attempt (its reference is our attempt
 * reference, and so is its Idempotency-Key), its state and money read back, its money moved after
 * the authorization (capture, refund: each by the movement's own Idempotency-Key), its end
 * (terminate, or release what is not captured), and signed webhooks verified, each with the
 * secret of the sales unit (MSN) its body names. Every answer is parsed with zod before it is
 * believed.
 *
 * ePayment has no direct capture (only the older eCom and Recurring APIs do), so an attempt with
 * `capture: "automatic"` is created as any other: the gateway captures once it has read the
 * authorization. The payment's `state` stays AUTHORIZED through captures, refunds and a release;
 * its `aggregate` tells the money.
 */

import * as z from "zod";
import type { VippsAccount } from "../config/provider-accounts";
import type { AttemptStatus } from "../domain/session-machine";
import { readLimitedBytes, strictUtf8 } from "../http/body";
import { log } from "../log";
import { noticeOf, verifyVippsNotice } from "../signatures/vipps";
import { type CallOptions, callProvider, jsonOf, ProviderError, parseAnswer } from "./http";
import {
  type AttemptOrder,
  type AttemptState,
  type AuthorizedPayment,
  type Money,
  type MoneyMovement,
  NO_MONEY,
  type Provider,
  type StartedAttempt,
} from "./provider";
import { tokens } from "./token-cache";

export const VIPPS = "vipps";

/** How long Vipps' landing page and deeplink can be opened after creation: 5 minutes, in ms. */
export const VIPPS_URL_LIFETIME_MS = 5 * 60 * 1000;
/** Vipps' bounds of `paymentDescription`, in characters. */
export const DESCRIPTION_MIN = 3;
export const DESCRIPTION_MAX = 100;
/** Vipps' longest Idempotency-Key, in characters. */
export const IDEMPOTENCY_KEY_MAX = 50;
/** Largest webhook body read: 16 KiB, in bytes (Vipps' notices are a few hundred bytes). */
export const MAX_NOTICE_BYTES = 16 * 1024;

/** Who is calling, as Vipps asks every integration to say (at most 30 characters each). */
export const SYSTEM_HEADERS = {
  "Vipps-System-Name": "paylink",
  "Vipps-System-Version": "0.1.0",
  "Vipps-System-Plugin-Name": "paylink-vipps",
  "Vipps-System-Plugin-Version": "1.0.0",
} as const;

const Reference = z.string().regex(/^[a-zA-Z0-9-]{8,50}$/);
const Amount = z.object({ currency: z.string(), value: z.number().int() });
/** A count of seconds, which Vipps writes as a string ("86398"). */
const Seconds = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(Number);

const TokenAnswer = z.object({
  token_type: z.string().regex(/^bearer$/i),
  expires_in: Seconds,
  access_token: z.string().min(1),
});

const CreateAnswer = z.object({
  reference: Reference,
  redirectUrl: z.string().refine((url) => URL.canParse(url), "an absolute URL"),
});

/** A payment as `GET .../payments/{reference}` (GetPaymentResponse) and the adjustments (ModificationResponse) answer it. */
const PaymentAnswer = z.object({
  reference: Reference,
  state: z.enum(["CREATED", "ABORTED", "EXPIRED", "AUTHORIZED", "TERMINATED"]),
  amount: Amount,
  pspReference: z.string().optional(),
  aggregate: z.object({ authorizedAmount: Amount, cancelledAmount: Amount, capturedAmount: Amount, refundedAmount: Amount }),
});
export type VippsPayment = z.output<typeof PaymentAnswer>;

/**
 * A webhook's payload (ePayment's WebhookEvent). `name` stays a string: a genuine notice with an
 * event name added later must not be refused, as that would hold back the payment's next notices.
 */
const Notice = z.object({
  msn: z.string(),
  reference: Reference,
  pspReference: z.string(),
  name: z.string().min(1),
  amount: Amount,
  timestamp: z.string(),
  idempotencyKey: z.string().nullable().optional(),
  success: z.boolean(),
});

/** Digits only, as Vipps wants a phone number (`+4799999999` → `4799999999`), or null when unusable. */
export function msisdn(phoneNumber: string | null): string | null {
  const digits = phoneNumber?.replace(/\D/g, "") ?? "";
  return /^\d{10,15}$/.test(digits) ? digits : null;
}

/** `text` cut to at most `max` UTF-16 units, whole characters only, with an ellipsis when cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = "";
  for (const char of text) {
    if (kept.length + char.length > max - 1) break;
    kept += char;
  }
  return `${kept.trimEnd()}…`;
}

/**
 * What the customer reads in the app (and the merchant in Vipps' portal and settlement files): the
 * order's description, or without one the merchant's name, made to fit Vipps' 3 to 100 characters.
 */
export function paymentDescription(description: string | null, merchantName: string): string {
  const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();
  const own = squeeze(description ?? "");
  const named = own.length >= DESCRIPTION_MIN ? own : squeeze(`${merchantName} ${own}`);
  return clip(named.length >= DESCRIPTION_MIN ? named : squeeze(`Payment ${named}`), DESCRIPTION_MAX);
}

/** The body of `POST /epayment/v1/payments` (CreatePaymentRequest) for one attempt. */
export function createPaymentBody(order: AttemptOrder) {
  const phoneNumber = msisdn(order.phoneNumber);
  return {
    amount: { currency: order.currency, value: order.amount },
    paymentMethod: { type: "WALLET" },
    reference: order.reference,
    userFlow: order.handoff === "app" ? "NATIVE_REDIRECT" : "WEB_REDIRECT",
    returnUrl: order.returnUrl,
    paymentDescription: paymentDescription(order.description, order.merchantName),
    ...(phoneNumber ? { customer: { phoneNumber } } : {}),
  };
}

/**
 * The attempt status a payment stands for. An authorization that was released in full (cancelled
 * after authorization: Vipps keeps the state AUTHORIZED and counts it in `cancelledAmount`) is
 * cancelled; so is a payment the customer aborted or the merchant terminated.
 */
export function attemptStatusOf(payment: VippsPayment): AttemptStatus {
  switch (payment.state) {
    case "CREATED":
      return "pending";
    case "EXPIRED":
      return "expired";
    case "ABORTED":
    case "TERMINATED":
      return "cancelled";
    case "AUTHORIZED": {
      const { capturedAmount, cancelledAmount, authorizedAmount } = payment.aggregate;
      const released = capturedAmount.value === 0 && cancelledAmount.value >= authorizedAmount.value;
      return released ? "cancelled" : "authorized";
    }
  }
}

/**
 * The money of a payment from its aggregate: none until it is authorized; what a cancel released
 * is no longer counted as authorized (so a partly captured payment whose rest was released is
 * authorized for what was captured).
 */
export function moneyOf(payment: VippsPayment): Money {
  if (payment.state !== "AUTHORIZED") return NO_MONEY;
  const { authorizedAmount, cancelledAmount, capturedAmount, refundedAmount } = payment.aggregate;
  return {
    authorized: Math.max(0, authorizedAmount.value - cancelledAmount.value),
    captured: capturedAmount.value,
    refunded: refundedAmount.value,
  };
}

/** Whether a cancel would still change something: a payment not yet authorized, or money reserved and neither captured nor released. */
export function releasable(payment: VippsPayment): boolean {
  if (payment.state === "CREATED") return true;
  const { authorizedAmount, cancelledAmount, capturedAmount } = payment.aggregate;
  return payment.state === "AUTHORIZED" && authorizedAmount.value - cancelledAmount.value - capturedAmount.value > 0;
}

/** The attempt a payment stands for; `transactionId` names an authorized one (default: Vipps' pspReference). */
export function attemptStateOf(payment: VippsPayment, transactionId = payment.pspReference || payment.reference): AttemptState {
  const status = attemptStatusOf(payment);
  return { status, transactionId: status === "authorized" ? transactionId : null, money: moneyOf(payment) };
}

/** A deterministic Idempotency-Key for `purpose` on payment `reference`, within Vipps' 50 characters. */
export function idempotencyKey(reference: string, purpose: string): string {
  const suffix = `-${purpose}`;
  return `${reference.slice(0, IDEMPOTENCY_KEY_MAX - suffix.length)}${suffix}`;
}

/**
 * A movement's key as Vipps takes it: as it is when it fits its 50 characters, otherwise its
 * SHA-256 in base64url (43 characters), so the same movement is always sent with the same key.
 */
export async function movementKey(key: string): Promise<string> {
  if (key.length <= IDEMPOTENCY_KEY_MAX) return key;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key)));
  return btoa(String.fromCharCode(...digest))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** Vipps' answer to a call, parsed by `schema` (see `parseAnswer`). */
async function answerOf<T extends z.ZodType>(response: Response, schema: T, what: string, secret = false): Promise<z.output<T>> {
  return parseAnswer(VIPPS, response.status, await jsonOf(VIPPS, response), schema, what, secret);
}

/** The raw body of a notice, read no further than any notice Vipps sends; null when larger. */
async function noticeBody(request: Request): Promise<Uint8Array | null> {
  try {
    return await readLimitedBytes(request, MAX_NOTICE_BYTES);
  } catch {
    return null;
  }
}

function parseNotice(bytes: Uint8Array): z.output<typeof Notice> | null {
  const text = strictUtf8(bytes);
  if (text === null) return null;
  try {
    const parsed = Notice.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The secret a notice for an MSN the gateway does not know is checked against: never genuine. */
const UNKNOWN_MSN_SECRET = "no-sales-unit-has-this-secret";

/**
 * The notice a request carries, when its signature holds with the webhook secret of the MSN its
 * body names (`secretOf`); null for a forged, stale or unreadable one, and for an MSN without a
 * secret (one the gateway does not know).
 */
export async function verifiedNotice(request: Request, secretOf: (msn: string) => string | null | undefined) {
  const body = await noticeBody(request);
  const notice = body && parseNotice(body);
  if (!body || !notice) return null;
  const secret = secretOf(notice.msn);
  // An unknown MSN is checked too, against a secret no one has, so the time taken does not tell it.
  const verdict = await verifyVippsNotice(secret || UNKNOWN_MSN_SECRET, noticeOf(request, body), Date.now());
  if (!secret) {
    log("warn", "vipps notice refused", { reason: "unknown-msn", msn: notice.msn });
    return null;
  }
  if (!verdict.ok) {
    log("warn", "vipps notice refused", { reason: verdict.reason, msn: notice.msn });
    return null;
  }
  return notice;
}

export function vippsProvider(account: VippsAccount, calls: CallOptions): Provider {
  const tokenKey = `${account.baseUrl}|${account.client_id}|${account.msn}`;
  const salesUnit = { "Ocp-Apim-Subscription-Key": account.subscription_key, "Merchant-Serial-Number": account.msn };

  const fetchToken = async () => {
    const response = await callProvider(
      VIPPS,
      `${account.baseUrl}/accesstoken/get`,
      {
        method: "POST",
        headers: { client_id: account.client_id, client_secret: account.client_secret, ...salesUnit, ...SYSTEM_HEADERS },
      },
      calls,
    );
    const answer = await answerOf(response, TokenAnswer, "access token", true);
    return { token: answer.access_token, expiresIn: answer.expires_in };
  };

  /** One API call with a token; a token Vipps refuses (401) is forgotten and a fresh one tried once. */
  const call = async (path: string, init: { method: "GET" | "POST"; body?: unknown; idempotencyKey?: string }) => {
    const send = (bearer: string) =>
      callProvider(
        VIPPS,
        `${account.baseUrl}${path}`,
        {
          method: init.method,
          headers: {
            authorization: `Bearer ${bearer}`,
            ...salesUnit,
            ...SYSTEM_HEADERS,
            ...(init.idempotencyKey === undefined ? {} : { "Idempotency-Key": init.idempotencyKey }),
            ...(init.body === undefined ? {} : { "content-type": "application/json" }),
          },
          ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        },
        calls,
      );
    return tokens.sendWithToken(tokenKey, fetchToken, send);
  };

  const payment = async (reference: string): Promise<VippsPayment> => {
    const response = await call(`/epayment/v1/payments/${encodeURIComponent(reference)}`, { method: "GET" });
    const found = await answerOf(response, PaymentAnswer, "payment");
    if (found.reference !== reference) throw new ProviderError(VIPPS, response.status, `payment: answered for ${found.reference}`, found);
    return found;
  };

  /**
   * Captures or refunds with `POST .../{operation}` (`modificationAmount` in the payment's currency;
   * ePayment's refund takes no reason, so `movement.reason` stays ours). Vipps answers the payment as
   * it stands after (ModificationResponse); a retry after a lost answer carries the same
   * Idempotency-Key, and Vipps answers it without moving the money again. Its refusals (more than is
   * left, a payment not authorized or released, the same key with another amount) are
   * ProviderErrors with its problem.
   */
  const move = async (operation: "capture" | "refund", payment: AuthorizedPayment, movement: MoneyMovement): Promise<AttemptState> => {
    const response = await call(`/epayment/v1/payments/${encodeURIComponent(payment.providerRef)}/${operation}`, {
      method: "POST",
      body: { modificationAmount: { currency: payment.currency, value: movement.amount } },
      idempotencyKey: await movementKey(movement.idempotencyKey),
    });
    const moved = await answerOf(response, PaymentAnswer, operation);
    if (moved.reference !== payment.providerRef) {
      throw new ProviderError(VIPPS, response.status, `${operation}: answered for ${moved.reference}`, moved);
    }
    return attemptStateOf(moved, payment.transactionId);
  };

  return {
    async start(order: AttemptOrder): Promise<StartedAttempt> {
      const sentAt = Date.now();
      const response = await call("/epayment/v1/payments", {
        method: "POST",
        body: createPaymentBody(order),
        idempotencyKey: order.reference,
      });
      const created = await answerOf(response, CreateAnswer, "create payment");
      if (created.reference !== order.reference) {
        throw new ProviderError(VIPPS, response.status, `create payment: answered for ${created.reference}`, created);
      }
      return { providerRef: created.reference, url: created.redirectUrl, urlExpiresAt: sentAt + VIPPS_URL_LIFETIME_MS };
    },

    async read(providerRef: string): Promise<AttemptState> {
      return attemptStateOf(await payment(providerRef));
    },

    /**
     * Terminates a payment not yet authorized, or releases what an authorization holds and is not
     * captured (Vipps' cancel releases all of the rest at once, also after partial captures). It
     * sends no body: later versions of the API take `cancelTransactionOnly`, which when true ends
     * only a payment not yet authorized, the opposite of a release. It reads first: a payment with
     * nothing left to end (ended, released, fully captured) needs nothing, and the key names the
     * state, so releasing after a refused terminate is never answered from Vipps' idempotency store.
     * Vipps refuses to cancel a payment that ended meanwhile (400/409): when a second read shows
     * nothing left to end, that is done too.
     */
    async cancel(providerRef: string): Promise<void> {
      const before = await payment(providerRef);
      if (!releasable(before)) return;
      try {
        await call(`/epayment/v1/payments/${encodeURIComponent(providerRef)}/cancel`, {
          method: "POST",
          idempotencyKey: idempotencyKey(providerRef, `cancel-${before.state.toLowerCase()}`),
        });
      } catch (error) {
        const refused = error instanceof ProviderError && (error.status === 400 || error.status === 409);
        if (!refused || releasable(await payment(providerRef))) throw error;
      }
    },

    capture: (payment: AuthorizedPayment, movement: MoneyMovement) => move("capture", payment, movement),

    refund: (payment: AuthorizedPayment, movement: MoneyMovement) => move("refund", payment, movement),

    /** At a merchant's own callback URL, only a notice of that merchant's MSN is known. */
    async verifyCallback(request: Request): Promise<string | null> {
      const notice = await verifiedNotice(request, (msn) => (msn === account.msn ? account.webhook_secret : null));
      return notice?.reference ?? null;
    },
  };
}
