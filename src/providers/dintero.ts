/**
 * The gateway's client for Dintero Checkout. One attempt is one Dintero session, created from the
 * account's session profile with a single payment product enabled and `configuration.channel`
 * chosen by handoff, so its `url` is that product's own page (`hosted`) or app deeplink (`in_app`)
 * instead of the Dintero Checkout page. Its state is read from the session and its transaction;
 * callbacks are verified with the account's `Dintero-Signature` secret and are only triggers.
 *
 * Dintero's session API takes no idempotency key. `callProvider` retries a create only when no
 * answer came or the answer was a 5xx or 429; if a create succeeded at Dintero but its answer was
 * lost, the retry makes a second session. The first is then an orphan that no one is sent to: it
 * has no transaction and simply expires unused, so nothing can be charged twice.
 *
 * Money after the authorization: captures and refunds (`POST /v1/transactions/{id}/capture` and
 * `/refund`) take no idempotency key either. What Dintero keeps is the reference each may carry
 * (`capture_reference`, `refund_reference`), shown on the transaction's event as
 * `event_reference`; the movement's idempotency key goes there. Before every try the transaction is
 * read, and a movement already recorded under that key is answered instead of being sent again:
 * a capture whose answer was lost is made once. Two calls with one key at the same moment could
 * both miss it; the session's Durable Object makes them one after the other. The amounts come
 * from the transaction's events (Dintero answers no totals): the successful CAPTURE and REFUND
 * events, and after a VOID nothing but what was captured stays reserved.
 */
import * as z from "zod";
import type { DinteroAccount } from "../config/provider-accounts";
import { isLoopbackHost } from "../domain/hosts";
import type { AttemptStatus } from "../domain/session-machine";
import type { Handoff, PaymentMethod } from "../schemas/session";
import { SIGNATURE_HEADER, verifyCallback } from "../signatures/dintero";
import { backoffMs, type CallOptions, callProviderJson, PROVIDER_TRIES, ProviderError, parseAnswer, retryable } from "./http";
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

const PROVIDER = "dintero";

/**
 * How long the URL of a new session can be opened: 5 minutes, in ms. Both channels lead straight
 * to Vipps or MobilePay (a landing page that is a universal link, or a deeplink), which are valid 5
 * minutes, although the Dintero session itself lives far longer. An attempt is reused only within
 * this time; after it, the next tap starts a new session.
 */
const URL_LIFETIME_MS = 5 * 60_000;

/**
 * Options Dintero reads from the callback URL's own query: `report_error=true` calls back on a
 * cancelled or failed payment too. The callback stays a GET (no `method=POST`): the signature
 * covers the query but not a body, and a callback is only a trigger to read the transaction.
 */
const CALLBACK_OPTIONS: Record<string, string> = { report_error: "true" };

/**
 * `configuration.channel` per handoff. `hosted` comes from Dintero's hosted-payments page (June 2026);
 * the API reference's enum still lists only `ecommerce`, `in_app` and `in_store`.
 */
const CHANNELS: Record<Handoff, "hosted" | "in_app"> = { hosted: "hosted", app: "in_app" };

/**
 * Where each payment method is switched on in `configuration`. Vipps is Dintero's own Vipps
 * (`dintero_psp.vipps`): the product Dintero's hosted-payments page shows and one its sandbox can
 * test hosted payments with. MobilePay is Swedbank Pay's (`payex.mobilepay`), the MobilePay product
 * Dintero's API reference lists for `in_app` deeplinks (`dintero_psp` has no MobilePay).
 */
const PRODUCTS: Record<PaymentMethod, Record<string, Record<string, { enabled: true }>>> = {
  vipps: { dintero_psp: { vipps: { enabled: true } } },
  mobilepay: { payex: { mobilepay: { enabled: true } } },
};

const TRANSACTION_STATUSES = {
  INITIATED: "pending",
  ON_HOLD: "pending",
  UNKNOWN: "pending",
  AUTHORIZED: "authorized",
  CAPTURED: "authorized",
  PARTIALLY_CAPTURED: "authorized",
  PARTIALLY_CAPTURED_REFUNDED: "authorized",
  PARTIALLY_REFUNDED: "authorized",
  REFUNDED: "authorized",
  AUTHORIZATION_VOIDED: "cancelled",
  DECLINED: "failed",
  FAILED: "failed",
} as const satisfies Record<string, AttemptStatus>;

/** Session events after which no payment can come: the checkout failed or was cancelled. */
const ENDING_EVENTS = new Set(["FAILED", "DECLINED", "CANCELLED"]);

const DateTime = z.iso.datetime({ offset: true });

const TokenAnswer = z.object({
  access_token: z.string().min(1),
  token_type: z.string().regex(/^bearer$/i),
  expires_in: z.number().positive(),
});

const SessionCreated = z.object({
  id: z.string().min(1),
  url: z.url(),
  session: z.object({ expires_at: DateTime.optional() }).optional(),
});

const DinteroSession = z.object({
  id: z.string(),
  transaction_id: z.string().min(1).optional(),
  expires_at: DateTime.optional(),
  cancelled_at: DateTime.optional(),
  events: z.array(z.object({ name: z.string().optional(), details: z.object({ error: z.string().optional() }).optional() })).default([]),
});
type DinteroSession = z.output<typeof DinteroSession>;

/** One entry of a transaction's `events`: an operation, its amount and the merchant's reference. */
const TransactionEvent = z.object({
  event: z.string().optional(),
  success: z.boolean().optional(),
  amount: z.number().int().nonnegative().optional(),
  event_reference: z.string().optional(),
});

const TransactionRead = z.object({
  id: z.string().min(1),
  status: z.enum(Object.keys(TRANSACTION_STATUSES) as (keyof typeof TRANSACTION_STATUSES)[]),
  /** Authorized, in minor units. */
  amount: z.number().int().nonnegative(),
  events: z.array(TransactionEvent).default([]),
});
type Transaction = z.output<typeof TransactionRead>;

/** The two movements of money, the event Dintero records for each, and where its reference goes. */
const MOVEMENTS = {
  capture: { event: "CAPTURE", reference: "capture_reference" },
  refund: { event: "REFUND", reference: "refund_reference" },
} as const;
type Movement = keyof typeof MOVEMENTS;

/**
 * The gateway's URLs for Dintero: the return, and the callback with Dintero's options added to its
 * query (its path stays ours). A gateway on this machine (`npm start`) gets no callback, which
 * Dintero could not deliver anyway: the return alone then triggers reading the payment.
 */
function sessionUrls(order: AttemptOrder): { return_url: string; callback_url?: string } {
  const url = new URL(order.callbackUrl);
  if (isLoopbackHost(url.hostname)) return { return_url: order.returnUrl };
  for (const [name, value] of Object.entries(CALLBACK_OPTIONS)) url.searchParams.set(name, value);
  return { return_url: order.returnUrl, callback_url: url.toString() };
}

/**
 * The body of `POST /v1/sessions-profile` for one attempt. One order line carries the description
 * (the merchant's name without one); it has no `vat`, which the gateway does not know (Dintero uses
 * VAT only for display, and items are optional except for invoice and instalment products).
 */
function sessionBody(profileId: string, order: AttemptOrder): Record<string, unknown> {
  return {
    profile_id: profileId,
    url: sessionUrls(order),
    order: {
      amount: order.amount,
      currency: order.currency,
      merchant_reference: order.reference,
      items: [{ line_id: "1", description: order.description ?? order.merchantName, quantity: 1, amount: order.amount }],
    },
    ...(order.phoneNumber ? { customer: { phone_number: order.phoneNumber } } : {}),
    configuration: { channel: CHANNELS[order.handoff], auto_capture: order.capture === "automatic", ...PRODUCTS[order.paymentMethod] },
  };
}

/** Until when a new session's URL can be opened: 5 minutes, or the session's own end if sooner. */
export function urlExpiry(startedAt: number, sessionExpiresAt: string | undefined): number {
  const own = sessionExpiresAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(sessionExpiresAt);
  return Math.min(startedAt + URL_LIFETIME_MS, own);
}

/** A session without a transaction: cancelled, ended by a failure, expired, or still open. */
export function sessionStatus(session: DinteroSession, now: number): AttemptStatus {
  if (session.cancelled_at) return "cancelled";
  const ended = session.events.findLast((event) => event.name !== undefined && ENDING_EVENTS.has(event.name));
  if (ended) return ended.name === "CANCELLED" || ended.details?.error === "cancelled" ? "cancelled" : "failed";
  if (session.expires_at && Date.parse(session.expires_at) <= now) return "expired";
  return "pending";
}

const succeeded = (transaction: Transaction, event: string) =>
  transaction.events.filter((entry) => entry.success === true && entry.event === event);

/**
 * The money a transaction holds. Nothing before it is authorized; then its `amount`, less what a
 * void released (all that was not captured), and the sums of its successful captures and refunds.
 */
export function transactionMoney(transaction: Transaction): Money {
  const status = TRANSACTION_STATUSES[transaction.status];
  if (status !== "authorized" && status !== "cancelled") return NO_MONEY;
  const sum = (event: string) => succeeded(transaction, event).reduce((total, entry) => total + (entry.amount ?? 0), 0);
  const captured = sum("CAPTURE");
  const voided = transaction.status === "AUTHORIZATION_VOIDED" || succeeded(transaction, "VOID").length > 0;
  return { authorized: voided ? captured : transaction.amount, captured, refunded: sum("REFUND") };
}

/** Whether a movement with this key is on the transaction already (done, or accepted and under way). */
export function movedWith(transaction: Transaction, movement: Movement, key: string): boolean {
  const { event } = MOVEMENTS[movement];
  return [event, `INITIATE_${event}`].some((name) => succeeded(transaction, name).some((entry) => entry.event_reference === key));
}

/**
 * What a cancel Dintero refused (a session cancel is allowed only while its transaction is
 * initiated or authorized) leaves to do: nothing when nothing is held any more, a void of the
 * transaction when part of the authorization is not captured, and a refusal while a payment may
 * still come.
 */
export function afterRefusedCancel(state: AttemptState): "done" | "void" | "refused" {
  if (state.status === "pending") return "refused";
  return state.status === "authorized" && state.money.authorized > state.money.captured ? "void" : "done";
}

function stateOf(transaction: Transaction): AttemptState {
  const status = TRANSACTION_STATUSES[transaction.status];
  return { status, transactionId: status === "authorized" ? transaction.id : null, money: transactionMoney(transaction) };
}

export function dinteroProvider(account: DinteroAccount, calls: CallOptions): Provider {
  const tokenKey = `${account.baseUrl}|${account.account_id}|${account.client_id}`;

  async function fetchToken() {
    const answer = await callProviderJson(
      PROVIDER,
      `${account.baseUrl}/v1/accounts/${account.account_id}/auth/token`,
      {
        method: "POST",
        headers: {
          authorization: `Basic ${btoa(`${account.client_id}:${account.client_secret}`)}`,
          "content-type": "application/json",
          accept: "application/json",
        },
        body: JSON.stringify({ grant_type: "client_credentials", audience: `https://api.dintero.com/v1/accounts/${account.account_id}` }),
      },
      calls,
    );
    const token = parseAnswer(PROVIDER, 200, answer, TokenAnswer, "token", true);
    return { token: token.access_token, expiresIn: token.expires_in };
  }

  /** A call with the cached token; a refused token is forgotten and the call made once more. */
  async function api(method: "GET" | "POST", path: string, body?: unknown, options: CallOptions = calls): Promise<unknown> {
    const send = (token: string) =>
      callProviderJson(
        PROVIDER,
        `${account.baseUrl}/v1${path}`,
        {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            accept: "application/json",
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        },
        options,
      );
    return tokens.sendWithToken(tokenKey, fetchToken, send);
  }

  async function transaction(id: string): Promise<Transaction> {
    return parseAnswer(PROVIDER, 200, await api("GET", `/transactions/${encodeURIComponent(id)}`), TransactionRead, "transaction");
  }

  async function read(sessionId: string): Promise<AttemptState> {
    const session = parseAnswer(PROVIDER, 200, await api("GET", `/sessions/${encodeURIComponent(sessionId)}`), DinteroSession, "session");
    if (!session.transaction_id) return { status: sessionStatus(session, Date.now()), transactionId: null, money: NO_MONEY };
    return stateOf(await transaction(session.transaction_id));
  }

  /**
   * A capture or refund, made once for its key (see the top of this file). Each try is sent once:
   * an answer that did not come, a 5xx or a 429 is followed by a read, after a wait, and the
   * movement is sent again only if the transaction does not hold it.
   */
  async function move(movement: Movement, payment: AuthorizedPayment, money: MoneyMovement): Promise<AttemptState> {
    const body = {
      amount: money.amount,
      [MOVEMENTS[movement].reference]: money.idempotencyKey,
      ...(movement === "refund" && money.reason ? { reason: money.reason } : {}),
    };
    const path = `/transactions/${encodeURIComponent(payment.transactionId)}/${movement}`;
    let last: ProviderError | null = null;
    for (let attempt = 0; attempt < (calls.tries ?? PROVIDER_TRIES); attempt++) {
      if (last) await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt - 1)));
      const before = await transaction(payment.transactionId);
      if (movedWith(before, movement, money.idempotencyKey)) return stateOf(before);
      try {
        return stateOf(parseAnswer(PROVIDER, 200, await api("POST", path, body, { ...calls, tries: 1 }), TransactionRead, movement));
      } catch (error) {
        if (!(error instanceof ProviderError) || (error.status !== null && !retryable(error.status))) throw error;
        last = error;
      }
    }
    throw last ?? new ProviderError(PROVIDER, null, `${movement}: no answer`);
  }

  /**
   * Sends a cancel or a void. A 400 is then told apart by a read: null when it is done after all
   * (its retry after a lost answer found nothing left to end), else what is left to do; a refusal
   * while a payment may still come is thrown. An accepted one counts only once Dintero confirms
   * it: read back, the payment must hold nothing that is not captured, else a ProviderError.
   */
  async function endWith(sessionId: string, path: string) {
    try {
      await api("POST", path);
    } catch (error) {
      if (!(error instanceof ProviderError) || error.status !== 400) throw error;
      const state = await read(sessionId);
      const next = afterRefusedCancel(state);
      if (next === "refused") throw error;
      return next === "done" ? null : { next, error, transactionId: state.transactionId };
    }
    const after = await read(sessionId);
    if (afterRefusedCancel(after) !== "done") {
      throw new ProviderError(PROVIDER, 200, `${path}: accepted, but not voided (the payment is still ${after.status})`, after);
    }
    return null;
  }

  return {
    async start(order: AttemptOrder): Promise<StartedAttempt> {
      const startedAt = Date.now();
      const answer = await api("POST", "/sessions-profile?include_session=true", sessionBody(account.profile_id, order));
      const created = parseAnswer(PROVIDER, 200, answer, SessionCreated, "session");
      return { providerRef: created.id, url: created.url, urlExpiresAt: urlExpiry(startedAt, created.session?.expires_at) };
    },

    read,

    /**
     * Cancelling a session voids an initiated or authorized transaction, or ends a session not yet
     * paid. Dintero refuses it (400) otherwise: the session already failed, was cancelled or
     * voided, or its transaction is (partly) captured. A read tells what is left: a part not
     * captured is released by voiding the transaction, which Dintero allows after a part capture
     * only for some payment products (Swedbank Pay's MobilePay among them, its own Vipps not); a
     * refusal is passed on in its words.
     */
    async cancel(sessionId: string): Promise<void> {
      const refused = await endWith(sessionId, `/sessions/${encodeURIComponent(sessionId)}/cancel`);
      if (refused?.next === "void" && refused.transactionId) {
        const voidRefused = await endWith(sessionId, `/transactions/${encodeURIComponent(refused.transactionId)}/void`);
        if (voidRefused) throw voidRefused.error;
      }
    },

    capture: (payment, money) => move("capture", payment, money),
    refund: (payment, money) => move("refund", payment, money),

    /**
     * The attempt reference (`merchant_reference`) of a genuine callback. With a signature secret
     * on the account the `Dintero-Signature` must be valid: it covers our own path, merchant id
     * included, and the whole query. Without one, every callback is accepted as a trigger only:
     * the session reads the transaction at Dintero before anything changes, so a forged callback
     * can cost a read but never pay a session.
     */
    async verifyCallback(request: Request): Promise<string | null> {
      const reference = new URL(request.url).searchParams.get("merchant_reference");
      if (!account.callback_secret) return reference;
      const header = request.headers.get(SIGNATURE_HEADER);
      const now = Math.floor(Date.now() / 1000);
      if (!header || !(await verifyCallback(account.callback_secret, account.account_id, request, header, now))) return null;
      return reference;
    },
  };
}
