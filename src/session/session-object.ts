/**
 * The Durable Object of one payment session, named by its pay code: the single place where the
 * session changes. It coordinates its parts, each in its own module:
 *
 * - `attempts.ts`: payment attempts at the provider (start, read and apply, end);
 * - `money.ts`: captures, refunds and voids of the authorized payment, each done once per key;
 * - `outbox.ts`: the history and the merchant's webhooks, delivered in order by the alarm;
 * - `link-notice.ts`: what a session a payment link started tells its link, sent by the alarm;
 * - `live-sockets.ts`: the pay page's live sockets, told every change;
 * - `core.ts`: the store, and `commit`, the one way a change is made.
 *
 * Every method is one call from the Worker and reads as the API's verb; it takes the id of the
 * Worker's request first, so the object's log lines carry it (an alarm gets a fresh one). Changes
 * that talk to the provider run one at a time (`serialize`).
 */
import { DurableObject } from "cloudflare:workers";
import { handoffOfTap } from "../device/page-plan";
import { PAY_STATUS_OF, type StoredStatus } from "../domain/pay-status";
import { type AttemptStatus, cancelSession, expireSession, pastExpiry, planCancel } from "../domain/session-machine";
import { sessionDetail } from "../domain/session-resource";
import type { Env } from "../env";
import { notFound } from "../http/problem";
import { log, newRequestId, withRequestId } from "../log";
import type { Handoff, SessionDetail } from "../schemas/session";
import type { SessionRow } from "../storage/session-store";
import { Attempts } from "./attempts";
import { SessionCore } from "./core";
import { sendLinkNotice } from "./link-notice";
import { acceptLiveSocket, answerKeepaliveAsleep, closeQuietly, MESSAGE_CLOSE, tooManyLiveSockets } from "./live-sockets";
import { MoneyDesk, type MovementAsk, type MovementOutcome } from "./money";
import { Outbox, recordEvents } from "./outbox";
import {
  type MerchantChangeResult,
  type PayView,
  pageFactsOf,
  providerFault,
  type RedeliverResult,
  type SettleResult,
  type StartResult,
} from "./results";
import { REQUEST_ID_HEADER } from "./stubs";

export type { MerchantChangeResult, PayView, RedeliverResult, SettleResult, StartResult } from "./results";

/** How soon the alarm tries again an automatic capture the provider did not answer: 1 minute, in ms. */
export const AUTOMATIC_CAPTURE_RETRY_MS = 60_000;

export class PaySession extends DurableObject<Env> {
  private readonly core: SessionCore;
  private readonly attempts: Attempts;
  private readonly money: MoneyDesk;
  private readonly outbox: Outbox;
  /** Changes that talk to the provider run one at a time, so concurrent taps share one live attempt. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.core = new SessionCore(ctx, env);
    this.attempts = new Attempts(this.core);
    this.money = new MoneyDesk(this.core, this.attempts);
    this.outbox = new Outbox(this.core.store, env, (work) => ctx.storage.transactionSync(work));
    answerKeepaliveAsleep(ctx);
  }

  /** Stores a new session; null when this code is already taken. */
  create(requestId: string, row: SessionRow): Promise<SessionDetail | null> {
    return withRequestId(requestId, async () => {
      const { store } = this.core;
      if (store.session()) return null;
      this.ctx.storage.transactionSync(() => {
        store.insertSession(row);
        recordEvents(store, row, [{ type: "session.created", detail: {} }]);
      });
      await this.scheduleAlarm();
      return this.snapshot(row);
    });
  }

  /** The session with its attempts and history, for the merchant that owns it; null for others. */
  detail(requestId: string, merchantId: string): Promise<SessionDetail | null> {
    return withRequestId(requestId, async () => {
      const row = await this.expireIfDue();
      return row?.merchant_id === merchantId ? this.snapshot(row) : null;
    });
  }

  /**
   * Where the session stands for the tab left behind: one narrow read. Only when the expiry is due
   * now does it take the way that writes (and may log, so under the request's id).
   */
  status(requestId: string): StoredStatus | null | Promise<StoredStatus | null> {
    const facts = this.core.store.statusFacts();
    if (!facts || !pastExpiry(facts, Date.now()))
      return facts && { status: facts.status, attempt: facts.attempt, updated_at: facts.updated_at };
    return withRequestId(requestId, async () => {
      const row = await this.expireIfDue();
      return row && this.core.storedStatus(row);
    });
  }

  /** What the pay page shows: nothing personal. As `status`, it writes only when the expiry is due now. */
  view(requestId: string): PayView | null | Promise<PayView | null> {
    const row = this.core.store.sessionWithLastAttempt();
    if (!row || !pastExpiry(row, Date.now())) return row && this.viewOf(row, row.last_attempt);
    return withRequestId(requestId, async () => {
      const expired = await this.expireIfDue();
      return expired && this.viewOf(expired, this.core.store.lastAttempt()?.status ?? null);
    });
  }

  private viewOf(row: SessionRow, attempt: AttemptStatus | null): PayView {
    return {
      ...pageFactsOf(row),
      id: row.id,
      code: row.code,
      status: PAY_STATUS_OF[row.status],
      attempt,
      handoff_policy: row.handoff_policy,
      amount: row.amount,
      description: row.description,
      payment_method: row.payment_method,
      has_return_url: row.return_url !== null,
      provider: row.provider,
      updated_at: row.updated_at,
    };
  }

  /**
   * The person taps on: the provider URL to send them to for `handoff` (a merchant's `hosted`
   * overrules it: `handoffOfTap`). `device` is the funnel's class of the device that tapped (`ios/instagram`).
   */
  startAttempt(requestId: string, handoff: Handoff, origin: string, device: string): Promise<StartResult> {
    return withRequestId(requestId, () =>
      this.serialize(async (): Promise<StartResult> => {
        const row = await this.expireIfDue();
        if (!row) return { ok: false, reason: "not_found" };
        const started = await this.attempts.start(row, handoffOfTap(row.handoff_policy, handoff), origin, device);
        await this.scheduleAlarm();
        return { ...started, page: pageFactsOf(row) };
      }),
    );
  }

  /**
   * Brings attempt `n` (or, without one, the authorized or latest attempt) in line with the
   * provider's own state, captures it when the session captures automatically, and says where the
   * customer stands. Returns and callbacks both come here; a callback names the merchant whose path
   * it came in on, and only that merchant's session answers.
   */
  settle(requestId: string, n: number | null, merchantId: string | null = null): Promise<SettleResult> {
    return withRequestId(requestId, () =>
      this.serialize(async (): Promise<SettleResult> => {
        const row = await this.expireIfDue();
        if (!row || (merchantId !== null && row.merchant_id !== merchantId)) return { ok: false, reason: "not_found" };
        const attempt = n === null ? this.attempts.returnedFrom() : this.core.store.attempt(n);
        let checked = true;
        if (attempt) {
          try {
            await this.attempts.sync(attempt.n);
            await this.money.captureAutomatically();
          } catch (error) {
            checked = false;
            log("error", "provider read failed", { attempt: attempt.reference, error });
          }
        }
        await this.scheduleAlarm();
        const after = this.core.store.session() ?? row;
        const settled = attempt && this.core.store.attempt(attempt.n);
        return {
          ok: true,
          checked,
          code: after.code,
          return_url: after.return_url,
          state: {
            session_id: after.id,
            status: PAY_STATUS_OF[after.status],
            merchant_reference: after.merchant_reference,
            transaction_id: after.transaction_id,
            attempt: settled ? settled.status : null,
          },
          receipt: {
            ...pageFactsOf(after),
            amount: after.amount,
            paid_at: this.core.store.events().find((event) => event.type === "session.authorized")?.created_at ?? null,
          },
        };
      }),
    );
  }

  /**
   * The merchant cancels its session. An open one ends: a live attempt is first read and ended at
   * the provider (if the provider cannot be reached, nothing changes and the merchant hears why).
   * An authorized one has its reservation voided: what is not captured is released.
   */
  cancel(requestId: string, merchantId: string, key: string): Promise<MerchantChangeResult> {
    return withRequestId(requestId, () =>
      this.serialize(async (): Promise<MerchantChangeResult> => {
        const row = await this.expireIfDue();
        if (row?.merchant_id !== merchantId) return { ok: false, reason: "not_found" };
        try {
          await this.attempts.syncPending();
        } catch (error) {
          return { ok: false, reason: "provider_error", fault: providerFault(row.provider, error) };
        }
        const now = this.core.store.session() ?? row;
        const plan = planCancel(now.status);
        if ("rejected" in plan) return { ok: false, reason: "refused", status: now.status, why: plan.rejected };
        if (plan.end === "reservation") return this.merchantChange(now, { kind: "void", key });
        try {
          await this.attempts.endPending("session_closed", { strict: true });
        } catch (error) {
          return { ok: false, reason: "provider_error", fault: providerFault(now.provider, error) };
        }
        // Re-read after the provider's answers: the session may have changed meanwhile (it expired).
        const after = this.core.store.session() ?? now;
        const change = cancelSession(after.status);
        if ("rejected" in change) return { ok: false, reason: "refused", status: after.status, why: change.rejected };
        this.core.commit(change);
        await this.scheduleAlarm();
        return { ok: true, session: this.snapshot(after) };
      }),
    );
  }

  /** The merchant captures (part of) the authorized payment. */
  capture(requestId: string, merchantId: string, key: string, amount?: number): Promise<MerchantChangeResult> {
    return this.merchantMovement(requestId, merchantId, { kind: "capture", key, ...(amount === undefined ? {} : { amount }) });
  }

  /** The merchant refunds (part of) what was captured. */
  refund(requestId: string, merchantId: string, key: string, amount?: number, reason?: string): Promise<MerchantChangeResult> {
    return this.merchantMovement(requestId, merchantId, {
      kind: "refund",
      key,
      ...(amount === undefined ? {} : { amount }),
      ...(reason === undefined ? {} : { reason }),
    });
  }

  /**
   * Sends one event's webhook again now, at the merchant's request, whatever its state; the try is
   * recorded with the others.
   */
  redeliver(requestId: string, merchantId: string, eventId: string): Promise<RedeliverResult> {
    return withRequestId(requestId, async (): Promise<RedeliverResult> => {
      const row = await this.expireIfDue();
      if (row?.merchant_id !== merchantId) return { ok: false, reason: "not_found" };
      const sent = await this.outbox.redeliver(row, eventId);
      if (sent !== "sent") return { ok: false, reason: sent };
      await this.scheduleAlarm();
      const shown = this.snapshot(row).events.find((entry) => entry.id === eventId);
      return shown ? { ok: true, event: shown } : { ok: false, reason: "not_found" };
    });
  }

  /**
   * Whatever is due: the pending attempts read at the provider by the session itself (a return or a
   * callback may never come), the link's expiry (after reading them: an authorization made before
   * the expiry counts), an automatic capture still owed, the payment link's notice, and the next
   * webhook deliveries.
   */
  override alarm(): Promise<void> {
    return withRequestId(newRequestId(), async () => {
      await this.serialize(async () => {
        await this.attempts.checkDue(Date.now());
        await this.expireAfterReading();
        if (this.money.automaticCaptureDue()) await this.money.captureAutomatically();
      });
      await sendLinkNotice(this.core);
      await this.outbox.deliverDue();
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
      const row = await this.expireIfDue();
      if (!row) return notFound("pay link").toResponse();
      const accepted = acceptLiveSocket(this.ctx);
      if (!accepted) return tooManyLiveSockets().toResponse();
      this.core.tell([accepted.server]);
      return new Response(null, { status: 101, webSocket: accepted.client });
    });
  }

  /** Any message but the keepalive (answered by the runtime, which does not wake the object) closes the socket. */
  override webSocketMessage(socket: WebSocket): void {
    closeQuietly(socket, MESSAGE_CLOSE.code, MESSAGE_CLOSE.reason);
  }

  /** Completes the closing handshake the page started. */
  override webSocketClose(socket: WebSocket): void {
    closeQuietly(socket, 1000, "closed");
  }

  /** Closes a socket that failed (1011), so its page falls back to polling. */
  override webSocketError(socket: WebSocket): void {
    closeQuietly(socket, 1011, "socket error");
  }

  private merchantMovement(requestId: string, merchantId: string, ask: MovementAsk): Promise<MerchantChangeResult> {
    return withRequestId(requestId, () =>
      this.serialize(async (): Promise<MerchantChangeResult> => {
        const row = await this.expireIfDue();
        if (row?.merchant_id !== merchantId) return { ok: false, reason: "not_found" };
        return this.merchantChange(row, ask);
      }),
    );
  }

  private async merchantChange(row: SessionRow, ask: MovementAsk): Promise<MerchantChangeResult> {
    const outcome: MovementOutcome = await this.money.move(ask);
    await this.scheduleAlarm();
    if (outcome.ok) return { ok: true, session: this.snapshot(row) };
    if (outcome.reason === "refused")
      return { ok: false, reason: "refused", status: (this.core.store.session() ?? row).status, why: outcome.why };
    return outcome;
  }

  /**
   * Reads the session, and expires it first when its time has come and no attempt is pending (one
   * that is must be read at the provider first, which the alarm does: a pay page or a status poll
   * never waits for the provider).
   */
  private async expireIfDue(): Promise<SessionRow | null> {
    const row = this.core.store.session();
    if (!row || !pastExpiry(row, Date.now()) || this.core.store.pendingAttempts().length > 0) return row;
    this.core.commit(expireSession(row.status));
    await this.scheduleAlarm();
    return this.core.store.session();
  }

  /**
   * The expiry, as the alarm makes it: the pending attempts are read first, so a payment approved
   * before the link's time ran out counts; then the session expires and what is still pending is
   * ended at the provider. A provider that cannot be read puts the expiry off to the next alarm, for
   * as long as its attempts' approval window lasts.
   */
  private async expireAfterReading(): Promise<void> {
    const row = this.core.store.session();
    if (!row || !pastExpiry(row, Date.now())) return;
    try {
      await this.attempts.syncPending();
    } catch (error) {
      if (this.attempts.anyInWindow(Date.now())) {
        log("warn", "expiry put off: the provider could not be read", { error });
        return;
      }
    }
    const after = this.core.store.session();
    if (after?.status !== "open") return;
    this.core.commit(expireSession(after.status));
    await this.attempts.endPending("session_closed", { strict: false });
  }

  private snapshot(before: SessionRow): SessionDetail {
    const { store } = this.core;
    const row = store.session() ?? before;
    return sessionDetail(row, store.attempts(), store.events(), store.deliveries());
  }

  /** Runs `work` after every change before it that talks to the provider, one at a time. */
  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The alarm: the core's (expiry, webhooks), the next read of a pending attempt, an automatic capture still owed. */
  private async scheduleAlarm(): Promise<void> {
    const captureRetry = this.money.automaticCaptureDue() ? Date.now() + AUTOMATIC_CAPTURE_RETRY_MS : null;
    await this.core.scheduleAlarm([this.attempts.nextCheck(), captureRetry]);
  }
}
