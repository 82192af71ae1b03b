/**
 * The Durable Object of one payment session, named by its pay code. It is the single place where
 * the session changes: it serialises attempts, asks the provider before believing a return or a
 * callback, applies the state machine, records events, and delivers the merchant's webhooks and
 * the link's expiry by alarm. Every method is one call from the Worker, and takes the id of the
 * Worker's request first: the object's log lines carry it (an alarm gets a fresh one).
 *
 * It also holds the pay page's live sockets (`GET /p/{code}/live`, see `live-sockets.ts`): each is
 * told the status at once, and again after every change (`commit`, so the expiry by alarm too, and
 * the start of an attempt).
 */
import { DurableObject } from "cloudflare:workers";
import { configOf, merchantById } from "../config/config";
import type { Merchant, ProviderName } from "../config/merchants";
import { attemptRef, newEventId } from "../domain/ids";
import type { ReturnState } from "../domain/merchant-return";
import { payStatusOf, type StoredStatus } from "../domain/pay-status";
import {
  type AttemptStatus,
  applyOutcome,
  cancelSession,
  type EventType,
  endAttempt,
  expireSession,
  type NewEvent,
} from "../domain/session-machine";
import { sessionDetail, sessionResource } from "../domain/session-resource";
import type { Env } from "../env";
import { type FunnelStage, NO_DEVICE, NO_HANDOFF, recordFunnel } from "../funnel";
import { notFound } from "../http/problem";
import { log, newRequestId, withRequestId } from "../log";
import { providerFor } from "../providers";
import { ProviderError } from "../providers/http";
import type { Provider, StartedAttempt } from "../providers/provider";
import {
  type Handoff,
  type HandoffPolicy,
  type PaymentMethod,
  type SessionDetail,
  type SessionStatus,
  WEBHOOK_TYPES,
} from "../schemas/session";
import { deliverWebhook } from "../webhooks/deliver";
import { nextDeliveryAt } from "../webhooks/retry";
import { acceptLiveSocket, answerKeepaliveAsleep, closeQuietly, tellLiveSockets } from "./live-sockets";
import { type AttemptRow, type DeliveryState, type EventRow, type SessionRow, SessionStore } from "./session-store";
import { REQUEST_ID_HEADER } from "./stubs";

/** The funnel stages of the events that end an attempt or the session. */
const ENDING_STAGES: Partial<Record<EventType, FunnelStage>> = {
  "session.paid": "paid",
  "session.payment_failed": "failed",
  "session.cancelled": "cancelled",
  "session.expired": "expired",
};

/** A provider URL is reused only while it stays valid at least this long: 30 s, in ms. */
export const ATTEMPT_REUSE_MARGIN_MS = 30_000;

export interface PayView {
  code: string;
  merchant_id: string;
  status: SessionStatus;
  attempt: AttemptStatus | null;
  handoff_policy: HandoffPolicy;
  amount: number;
  currency: string;
  description: string | null;
  payment_method: PaymentMethod;
  has_return_url: boolean;
  provider: ProviderName;
  mode: SessionRow["mode"];
  updated_at: number;
}

export type StartResult =
  | { ok: true; url: string; provider: ProviderName }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "closed"; status: SessionStatus }
  | { ok: false; reason: "provider_error"; fault: ProviderFault };

export type SettleResult =
  | { ok: true; state: ReturnState; return_url: string | null; code: string; checked: boolean }
  | { ok: false; reason: "not_found" };

/** What a provider said when it failed, for the merchant API to pass on. */
export interface ProviderFault {
  provider: string;
  status: number | null;
  detail: string;
}

export type RedeliverResult = { ok: true; event: SessionDetail["events"][number] } | { ok: false; reason: "not_found" | "not_a_webhook" };

export type CancelResult =
  | { ok: true; session: SessionDetail }
  | { ok: false; reason: "not_found" | "not_open"; status?: SessionStatus }
  | { ok: false; reason: "provider_error"; fault: ProviderFault };

function providerFault(provider: string, error: unknown): ProviderFault {
  if (error instanceof ProviderError) {
    const body = typeof error.body === "string" ? error.body : JSON.stringify(error.body);
    return { provider, status: error.status, detail: body && body !== "null" ? `${error.message}: ${body}` : error.message };
  }
  return { provider, status: null, detail: error instanceof Error ? error.message : String(error) };
}

interface Change {
  status?: SessionStatus;
  transactionId?: string | null;
  attempt?: { n: number; status: AttemptStatus };
  events: NewEvent[];
}

export class PaySession extends DurableObject<Env> {
  private readonly store: SessionStore;
  /** Attempts start one at a time, so concurrent opens of a link share one live attempt. */
  private attemptQueue: Promise<unknown> = Promise.resolve();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new SessionStore(ctx.storage.sql);
    answerKeepaliveAsleep(ctx);
  }

  /** Stores a new session; null when this code is already taken. */
  create(requestId: string, row: SessionRow): Promise<SessionDetail | null> {
    return withRequestId(requestId, async () => {
      if (this.store.session()) return null;
      this.ctx.storage.transactionSync(() => {
        this.store.insertSession(row);
        this.record(row, [{ type: "session.created", detail: {} }]);
      });
      await this.scheduleAlarm();
      return this.snapshot(row);
    });
  }

  /** The session with its attempts and history, for the merchant that owns it; null for others. */
  detail(requestId: string, merchantId: string): Promise<SessionDetail | null> {
    return withRequestId(requestId, async () => {
      const row = await this.current();
      return row?.merchant_id === merchantId ? this.snapshot(row) : null;
    });
  }

  status(requestId: string): Promise<StoredStatus | null> {
    return withRequestId(requestId, async () => {
      const row = await this.current();
      return row && this.storedStatus(row);
    });
  }

  /**
   * Sends one event's webhook again now, at the merchant's request, whatever its state; the try is
   * recorded with the others.
   */
  redeliver(requestId: string, merchantId: string, eventId: string): Promise<RedeliverResult> {
    return withRequestId(requestId, async (): Promise<RedeliverResult> => {
      const row = await this.current();
      const event = row?.merchant_id === merchantId ? this.store.event(eventId) : null;
      const merchant = row && merchantById(this.env, row.merchant_id);
      if (!row || !event || !merchant) return { ok: false, reason: "not_found" };
      if (!event.payload || !row.callback_url) return { ok: false, reason: "not_a_webhook" };
      await this.deliverOne(event, row.callback_url, merchant);
      await this.scheduleAlarm();
      const shown = this.snapshot(row).events.find((entry) => entry.id === eventId);
      return shown ? { ok: true, event: shown } : { ok: false, reason: "not_found" };
    });
  }

  /** What the pay page shows: nothing personal. */
  view(requestId: string): Promise<PayView | null> {
    return withRequestId(requestId, async () => {
      const row = await this.current();
      return (
        row && {
          code: row.code,
          merchant_id: row.merchant_id,
          status: row.status,
          attempt: this.store.lastAttempt()?.status ?? null,
          handoff_policy: row.handoff_policy,
          amount: row.amount,
          currency: row.currency,
          description: row.description,
          payment_method: row.payment_method,
          has_return_url: row.return_url !== null,
          provider: row.provider,
          mode: row.mode,
          updated_at: row.updated_at,
        }
      );
    });
  }

  /**
   * The merchant that owns the session cancels it. A live attempt is first checked and ended at the
   * provider; if the provider cannot be reached, nothing changes and the merchant hears why.
   */
  cancel(requestId: string, merchantId: string): Promise<CancelResult> {
    return withRequestId(requestId, () => this.serialize(() => this.cancelNow(merchantId)));
  }

  /**
   * The provider URL to send the customer to for `handoff`: the live attempt's while it stays valid,
   * otherwise a new attempt's, after the previous unpaid one is ended at the provider. `device` is
   * the funnel's class of the device that tapped (`ios/instagram`).
   */
  startAttempt(requestId: string, handoff: Handoff, origin: string, device: string): Promise<StartResult> {
    return withRequestId(requestId, async () => {
      const forced = this.store.session()?.handoff_policy;
      const chosen = forced === "hosted" || forced === "app" ? forced : handoff;
      return this.serialize(() => this.startAttemptNow(chosen, origin, device));
    });
  }

  /**
   * Brings attempt `n` (or, without one, the paid or latest attempt) in line with the provider's
   * own state, and says where the customer stands. Returns and callbacks both come here; a
   * callback names the merchant whose path it came in on, and only that merchant's session answers.
   */
  settle(requestId: string, n: number | null, merchantId: string | null = null): Promise<SettleResult> {
    return withRequestId(requestId, async (): Promise<SettleResult> => {
      const row = await this.current();
      if (!row || (merchantId !== null && row.merchant_id !== merchantId)) return { ok: false, reason: "not_found" };
      const attempt = n === null ? this.returnAttempt() : this.store.attempt(n);
      let checked = true;
      if (attempt) {
        try {
          await this.syncAttempt(attempt.n);
        } catch (error) {
          checked = false;
          log("error", "provider read failed", { attempt: attempt.reference, error });
        }
      }
      const after = this.store.session() ?? row;
      const settled = attempt && this.store.attempt(attempt.n);
      return {
        ok: true,
        checked,
        code: after.code,
        return_url: after.return_url,
        state: {
          session_id: after.id,
          status: after.status,
          merchant_reference: after.merchant_reference,
          transaction_id: after.transaction_id,
          attempt: settled ? settled.status : null,
        },
      };
    });
  }

  override alarm(): Promise<void> {
    return withRequestId(newRequestId(), async () => {
      await this.current();
      await this.deliverDueWebhooks();
      await this.scheduleAlarm();
    });
  }

  /**
   * A live socket for the pay page (the Worker checked the upgrade): accepted for hibernation, told
   * the status at once; 404 when there is no such session. Its log lines carry the id the Worker
   * sent in `REQUEST_ID_HEADER`.
   */
  override fetch(request: Request): Promise<Response> {
    return withRequestId(request.headers.get(REQUEST_ID_HEADER) ?? newRequestId(), async () => {
      const row = await this.current();
      if (!row) return notFound("payment link").toResponse();
      const { client, server } = acceptLiveSocket(this.ctx);
      this.tell([server]);
      return new Response(null, { status: 101, webSocket: client });
    });
  }

  /** Any message but the keepalive (answered by the runtime) asks for the status again. */
  override webSocketMessage(socket: WebSocket): void {
    this.tell([socket]);
  }

  /** Completes the closing handshake the page started. */
  override webSocketClose(socket: WebSocket): void {
    closeQuietly(socket, 1000, "closed");
  }

  /** Closes a socket that failed (1011), so its page falls back to polling. */
  override webSocketError(socket: WebSocket): void {
    closeQuietly(socket, 1011, "socket error");
  }

  private snapshot(before: SessionRow): SessionDetail {
    const row = this.store.session() ?? before;
    return sessionDetail(row, this.store.attempts(), this.store.events(), this.store.deliveries());
  }

  /** Runs `work` after every attempt start or cancel before it, one at a time. */
  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const run = this.attemptQueue.then(work);
    this.attemptQueue = run.catch(() => undefined);
    return run;
  }

  private async cancelNow(merchantId: string): Promise<CancelResult> {
    const row = await this.current();
    if (row?.merchant_id !== merchantId) return { ok: false, reason: "not_found" };
    const last = this.store.lastAttempt();
    try {
      if (last?.status === "pending") await this.syncAttempt(last.n);
      const now = this.store.session() ?? row;
      if (now.status !== "open") return { ok: false, reason: "not_open", status: now.status };
      await this.endPendingAttempt("session_closed", true);
    } catch (error) {
      return { ok: false, reason: "provider_error", fault: providerFault(row.provider, error) };
    }
    const change = cancelSession(row.status);
    if ("rejected" in change) return { ok: false, reason: "not_open", status: row.status };
    this.commit(change);
    await this.scheduleAlarm();
    return { ok: true, session: this.snapshot(row) };
  }

  /**
   * The session, with its expiry applied when its time has come. The provider is told after the
   * answer, so a pay page or a status poll never waits for it.
   */
  private async current(): Promise<SessionRow | null> {
    const row = this.store.session();
    if (row?.status !== "open" || Date.now() < row.expires_at) return row;
    this.commit(expireSession(row.status));
    await this.scheduleAlarm();
    this.ctx.waitUntil(this.endPendingAttempt("session_closed", false));
    return this.store.session();
  }

  private async startAttemptNow(handoff: Handoff, origin: string, device: string): Promise<StartResult> {
    const row = await this.current();
    if (!row) return { ok: false, reason: "not_found" };
    const step = (stage: FunnelStage) => recordFunnel(this.env.FUNNEL, row, { stage, handoff, device });
    if (row.status === "open") step("handoff_chosen");
    const last = this.store.lastAttempt();
    if (last?.status === "pending" && last.handoff === handoff && last.url_expires_at - Date.now() > ATTEMPT_REUSE_MARGIN_MS) {
      step("provider_reached");
      return { ok: true, url: last.url, provider: row.provider };
    }
    try {
      const provider = this.provider(row);
      if (last) await this.syncAttempt(last.n);
      const now = this.store.session() ?? row;
      if (now.status !== "open") return { ok: false, reason: "closed", status: now.status };
      await this.endPendingAttempt("superseded", true);
      const url = await this.newAttempt(now, handoff, origin, provider, (last?.n ?? 0) + 1, device);
      step("provider_reached");
      return { ok: true, url, provider: row.provider };
    } catch (error) {
      step("provider_error");
      return { ok: false, reason: "provider_error", fault: providerFault(row.provider, error) };
    }
  }

  /**
   * Starts attempt `n`. Its number is taken before the provider is asked, so an attempt whose start
   * failed (possibly after the provider made the payment) is never asked for again under the same
   * reference with another handoff.
   */
  private async newAttempt(row: SessionRow, handoff: Handoff, origin: string, provider: Provider, n: number, device: string) {
    const reference = attemptRef(row.code, n);
    const merchant = merchantById(this.env, row.merchant_id);
    const at = Date.now();
    this.ctx.storage.transactionSync(() => {
      this.store.insertAttempt({
        n,
        reference,
        handoff,
        provider_ref: "",
        url: "",
        url_expires_at: 0,
        status: "pending",
        created_at: at,
        updated_at: at,
      });
      this.record(row, [{ type: "attempt.started", detail: { attempt: n, handoff, device } }]);
    });
    this.tell();
    let started: StartedAttempt;
    try {
      started = await provider.start({
        reference,
        handoff,
        amount: row.amount,
        currency: row.currency,
        description: row.description ?? row.merchant_reference,
        merchantName: merchant?.name ?? row.merchant_id,
        paymentMethod: row.payment_method,
        phoneNumber: (JSON.parse(row.customer) as { phone_number?: string }).phone_number ?? null,
        origin,
        returnUrl: `${origin}/r/${reference}`,
        callbackUrl: `${origin}/v1/providers/${row.provider}/callback/${row.merchant_id}`,
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.commit({ attempt: { n, status: "failed" }, events: [{ type: "attempt.not_started", detail: { attempt: n, error: detail } }] });
      throw error;
    }
    this.store.confirmAttempt(n, started, Date.now());
    return started.url;
  }

  /** Reads attempt `n` at the provider and applies what it says. */
  private async syncAttempt(n: number): Promise<void> {
    const before = this.store.attempt(n);
    const row = this.store.session();
    if (!before?.provider_ref || !row) return;
    const provider = this.provider(row);
    const state = await provider.read(before.provider_ref);
    const attempt = this.store.attempt(n);
    const session = this.store.session();
    if (!attempt || !session) return;
    const change = applyOutcome(session.status, attempt, state.status, state.transactionId);
    if (change.attempt === attempt.status && !change.voidAtProvider) return;
    this.commit({
      ...(change.status === session.status ? {} : { status: change.status }),
      ...(change.transactionId ? { transactionId: change.transactionId } : {}),
      attempt: { n, status: change.attempt },
      events: change.events,
    });
    if (change.voidAtProvider) await provider.cancel(attempt.provider_ref);
    await this.scheduleAlarm();
  }

  /**
   * Ends the latest attempt at the provider when it is still pending. When the provider cannot be
   * reached the attempt stays pending (should it be authorized later, the session voids it then);
   * when `strict`, the error is thrown instead, for a caller that must not go on without the end.
   */
  private async endPendingAttempt(reason: "superseded" | "session_closed", strict: boolean): Promise<void> {
    const last = this.store.lastAttempt();
    const row = this.store.session();
    if (last?.status !== "pending" || !last.provider_ref || !row) return;
    try {
      await this.provider(row).cancel(last.provider_ref);
    } catch (error) {
      log("error", "attempt not ended", { attempt: last.reference, error });
      if (strict) throw error;
      return;
    }
    this.commit({ attempt: { n: last.n, status: "cancelled" }, events: endAttempt(last, reason) });
  }

  private returnAttempt(): AttemptRow | null {
    const attempts = this.store.attempts();
    return attempts.find((attempt) => attempt.status === "authorized") ?? attempts.at(-1) ?? null;
  }

  private provider(row: SessionRow): Provider {
    const merchant = merchantById(this.env, row.merchant_id);
    const provider = merchant && providerFor(row.provider, this.env, merchant);
    if (!provider) throw new Error(`provider ${row.provider} is not configured for ${row.merchant_id}`);
    return provider;
  }

  /** Applies a change and its events in one transaction. */
  private commit(change: Change): void {
    const at = Date.now();
    this.ctx.storage.transactionSync(() => {
      if (change.attempt) this.store.updateAttempt(change.attempt.n, change.attempt.status, at);
      if (change.status !== undefined || change.transactionId) {
        this.store.updateSession({
          updated_at: at,
          ...(change.status === undefined ? {} : { status: change.status }),
          ...(change.transactionId ? { transaction_id: change.transactionId } : {}),
        });
      }
      const row = this.store.session();
      if (row) this.record(row, change.events);
    });
    this.tell();
    this.funnelEnds(change.events);
  }

  /** A funnel point for each event that ends an attempt or the session, with that attempt's handoff and device. */
  private funnelEnds(events: NewEvent[]): void {
    const row = this.store.session();
    if (!row) return;
    for (const event of events) {
      const stage = ENDING_STAGES[event.type];
      if (!stage) continue;
      const n = typeof event.detail.attempt === "number" ? event.detail.attempt : this.store.lastAttempt()?.n;
      const attempt = n === undefined ? null : this.store.attempt(n);
      recordFunnel(this.env.FUNNEL, row, {
        stage,
        handoff: attempt?.handoff ?? NO_HANDOFF,
        device: attempt ? this.deviceOf(attempt.n) : NO_DEVICE,
      });
    }
  }

  /** The device class that started attempt `n`, as its `attempt.started` event recorded it. */
  private deviceOf(n: number): string {
    for (const event of this.store.events()) {
      if (event.type !== "attempt.started") continue;
      const detail = JSON.parse(event.detail) as { attempt?: number; device?: string };
      if (detail.attempt === n) return detail.device ?? NO_DEVICE;
    }
    return NO_DEVICE;
  }

  private storedStatus(row: SessionRow): StoredStatus {
    return { status: row.status, attempt: this.store.lastAttempt()?.status ?? null, updated_at: row.updated_at };
  }

  /** Tells `sockets` (all the live ones unless named) the status, as the status endpoint would; at a final status, closes them. */
  private tell(sockets = this.ctx.getWebSockets()): void {
    const row = this.store.session();
    if (row && sockets.length) tellLiveSockets(sockets, payStatusOf(this.storedStatus(row)));
  }

  /** Appends events; those the merchant is told of get their webhook body, frozen now. */
  private record(row: SessionRow, events: NewEvent[]): void {
    for (const event of events) {
      const id = newEventId();
      const at = Date.now();
      const notify = row.callback_url !== null && (WEBHOOK_TYPES as readonly string[]).includes(event.type);
      const payload = notify
        ? JSON.stringify({ id, type: event.type, created_at: new Date(at).toISOString(), data: sessionResource(row) })
        : null;
      this.store.insertEvent({
        id,
        type: event.type,
        created_at: at,
        detail: JSON.stringify(event.detail),
        payload,
        delivery: notify ? "pending" : null,
        next_attempt_at: notify ? at : null,
      });
    }
  }

  /** Delivers due webhooks in order; the first that fails waits for its retry, and so do later ones. */
  private async deliverDueWebhooks(): Promise<void> {
    const row = this.store.session();
    const merchant = row && merchantById(this.env, row.merchant_id);
    if (!row?.callback_url || !merchant) return;
    for (;;) {
      const event = this.store.nextPendingEvent();
      if (!event?.payload || (event.next_attempt_at ?? 0) > Date.now()) return;
      if (!(await this.deliverOne(event, row.callback_url, merchant))) return;
    }
  }

  /**
   * Sends one webhook and records the try. A pending event that fails is scheduled again (or given
   * up after the delivery window); an event already delivered or given up keeps its state. A failed
   * try is logged for the operator (a warning; an error when the event is given up).
   */
  private async deliverOne(event: EventRow, url: string, merchant: Merchant): Promise<boolean> {
    const result = await deliverWebhook(url, event.payload ?? "", merchant.webhook_secrets, event.id);
    const at = Date.now();
    const tries = this.store.deliveryCount(event.id) + 1;
    let state: DeliveryState = event.delivery ?? "pending";
    let next = event.next_attempt_at;
    if (result.ok) {
      state = "delivered";
      next = null;
    } else if (state === "pending") {
      next = nextDeliveryAt(event.created_at, tries, at, configOf(this.env).webhookRetryBaseMs);
      state = next === null ? "failed" : "pending";
    }
    this.ctx.storage.transactionSync(() => {
      this.store.insertDelivery({ event_id: event.id, n: tries, at, status: result.status, error: result.error });
      this.store.updateDelivery(event.id, state, next);
    });
    if (!result.ok) {
      const givenUp = state === "failed";
      log(givenUp ? "error" : "warn", givenUp ? "webhook given up" : "webhook not delivered", {
        merchant: merchant.id,
        event: event.id,
        type: event.type,
        try: tries,
        status: result.status,
        error: result.error,
        next_try_at: next === null ? null : new Date(next).toISOString(),
      });
    }
    return result.ok;
  }

  /** One alarm serves both the link's expiry and the next webhook delivery: the earlier wins. */
  private async scheduleAlarm(): Promise<void> {
    const row = this.store.session();
    if (!row) return;
    const due = [row.status === "open" ? row.expires_at : null, this.store.nextPendingEvent()?.next_attempt_at ?? null].filter(
      (time): time is number => time !== null,
    );
    if (due.length) await this.ctx.storage.setAlarm(Math.min(...due));
    else await this.ctx.storage.deleteAlarm();
  }
}
