/**
 * The payment attempts of one session: starting one at the provider when the person taps on (or
 * reusing the live one while its URL stays valid), reading them at the provider and applying what
 * it says (after a return or a callback, and by the session itself on a schedule, since both can be
 * lost), and ending the pending ones when the session closes or their approval window is over.
 *
 * A tap never ends an attempt the person may still be approving in the app (Vipps gives 10 minutes):
 * a tap on another handoff, or after the page's URL ran out, starts a new attempt beside it, and
 * should both be approved the session keeps one and gives the other back. A session starts at most
 * `MAX_ATTEMPTS` provider payments. An attempt's number is taken before the provider is asked, so a
 * start that failed (possibly after the provider made the payment) is never asked for again under
 * the same reference with another handoff.
 */
import { merchantById } from "../config/config";
import { attemptRef } from "../domain/ids";
import { nextCheckAt, windowOver } from "../domain/reconcile";
import { applyOutcome, endAttempt, holdsMoney, leftOf, moneyChange } from "../domain/session-machine";
import { type FunnelStage, recordFunnel } from "../funnel";
import { log } from "../log";
import type { AttemptState, Provider, StartedAttempt } from "../providers/provider";
import type { Handoff } from "../schemas/session";
import { type AttemptRow, moneyOf, type SessionRow } from "../storage/session-store";
import type { SessionCore } from "./core";
import { recordEvents } from "./outbox";
import { type AttemptStart, providerFault } from "./results";

/** A provider URL is reused only while it stays valid at least this long: 30 s, in ms. */
export const ATTEMPT_REUSE_MARGIN_MS = 30_000;

/** Provider payments one session may start, in attempts: enough for every honest retry. */
export const MAX_ATTEMPTS = 10;

export class Attempts {
  constructor(private readonly core: SessionCore) {}

  /**
   * The provider URL to send the customer to for `handoff`: the live attempt's while it stays valid,
   * otherwise a new attempt's, after the previous unpaid one is ended at the provider. `device` is
   * the funnel's class of the device that tapped (`ios/instagram`).
   */
  async start(row: SessionRow, handoff: Handoff, origin: string, device: string): Promise<AttemptStart> {
    const { store } = this.core;
    const step = (stage: FunnelStage) => recordFunnel(this.core.env.FUNNEL, row, { stage, handoff, device });
    if (row.status === "open") step("handoff_chosen");
    const live = store
      .pendingAttempts()
      .findLast((attempt) => attempt.handoff === handoff && attempt.url_expires_at - Date.now() > ATTEMPT_REUSE_MARGIN_MS);
    if (live) {
      step("provider_reached");
      return { ok: true, url: live.url, provider: row.provider };
    }
    const last = store.lastAttempt();
    if ((last?.n ?? 0) >= MAX_ATTEMPTS) return { ok: false, reason: "too_many", attempts: MAX_ATTEMPTS };
    try {
      const provider = this.core.provider(row);
      await this.syncPending();
      const now = store.session() ?? row;
      if (now.status !== "open") return { ok: false, reason: "closed", status: now.status };
      const url = await this.startNew(now, provider, { handoff, origin, device, n: (store.lastAttempt()?.n ?? 0) + 1 });
      step("provider_reached");
      return { ok: true, url, provider: row.provider };
    } catch (error) {
      step("provider_error");
      return { ok: false, reason: "provider_error", fault: providerFault(row.provider, error) };
    }
  }

  /** Reads attempt `n` at the provider and applies what it says, money included. */
  async sync(n: number): Promise<void> {
    const { store } = this.core;
    const before = store.attempt(n);
    const row = store.session();
    if (!before?.provider_ref || !row) return;
    const provider = this.core.provider(row);
    const state = await provider.read(before.provider_ref);
    const attempt = store.attempt(n);
    const session = store.session();
    if (!attempt || !session) return;
    if (attempt.status === "authorized" && holdsMoney(session.status)) {
      this.applyMoney(session, state);
      return;
    }
    const change = applyOutcome(session.status, attempt, state.status, state.transactionId, state.money);
    if (change.attempt === attempt.status && !change.voidAtProvider) return;
    // An authorization the session must not keep may already be captured (Dintero's auto_capture):
    // what was captured of it is refunded, and what is still reserved released. It counts as given
    // back only once the provider confirmed it: a failure leaves the attempt as it was, to be read
    // (and given back) again at its next check.
    const { toRefund } = leftOf(state.money);
    if (change.voidAtProvider) await this.giveBack(attempt, state);
    const events = change.voidAtProvider
      ? change.events.map((event) =>
          event.type === "attempt.voided" ? { ...event, detail: { ...event.detail, refunded: toRefund } } : event,
        )
      : change.events;
    this.core.commit({
      ...(change.status === session.status ? {} : { status: change.status }),
      ...(change.transactionId ? { transactionId: change.transactionId } : {}),
      ...(change.money ? { money: change.money } : {}),
      attempt: { n, status: change.attempt },
      events,
    });
    // Authorized: the attempts still pending beside it are not wanted any more.
    if (session.status === "open" && change.status !== "open") await this.endPending("session_closed", { strict: false });
  }

  /** Returns the money of an authorization the session must not keep: refunds what was captured, voids the rest. */
  private async giveBack(attempt: AttemptRow, state: AttemptState): Promise<void> {
    const row = this.core.store.session();
    if (!row) return;
    const provider = this.core.provider(row);
    const { toRefund, toCapture } = leftOf(state.money);
    if (toRefund > 0 && state.transactionId) {
      const payment = { providerRef: attempt.provider_ref, transactionId: state.transactionId, currency: row.currency };
      await provider.refund(payment, { amount: toRefund, idempotencyKey: `give-back-${attempt.reference}`, reason: "paid twice" });
    }
    if (toCapture > 0 || state.money.captured === 0) await provider.cancel(attempt.provider_ref);
  }

  /** Reads every pending attempt at the provider, so what the provider knows is known before a change. */
  async syncPending(): Promise<void> {
    for (const attempt of this.core.store.pendingAttempts()) await this.sync(attempt.n);
  }

  /**
   * Reads the pending attempts whose time has come (`domain/reconcile.ts`), as the alarm asks: a
   * payment approved with every notification lost is found this way. One whose approval window is
   * over and that is still pending is ended at the provider. A read that fails is tried at the next.
   */
  async checkDue(now: number): Promise<void> {
    for (const attempt of this.core.store.pendingAttempts()) {
      const due = nextCheckAt(attempt);
      if (due === null || due > now) continue;
      this.core.store.markChecked(attempt.n, now);
      try {
        await this.sync(attempt.n);
      } catch (error) {
        log("warn", "attempt not checked", { attempt: attempt.reference, error });
        continue;
      }
      const after = this.core.store.attempt(attempt.n);
      if (after?.status === "pending" && windowOver(after, now)) await this.end(after, "timed_out", { strict: false });
    }
  }

  /** When the next pending attempt is due to be read by the session itself; null when none is. */
  nextCheck(): number | null {
    const due = this.core.store
      .pendingAttempts()
      .map(nextCheckAt)
      .filter((time): time is number => time !== null);
    return due.length ? Math.min(...due) : null;
  }

  /** Whether a pending attempt may still be approved at the provider at `now`. */
  anyInWindow(now: number): boolean {
    return this.core.store.pendingAttempts().some((attempt) => !windowOver(attempt, now));
  }

  /**
   * Ends every pending attempt at the provider (the session closed). When the provider cannot be
   * reached an attempt stays pending (should it be authorized later, the session gives it back
   * then); when `strict`, the error is thrown instead, for a caller that must not go on without it.
   */
  async endPending(reason: "session_closed", { strict }: { strict: boolean }): Promise<void> {
    for (const attempt of this.core.store.pendingAttempts()) await this.end(attempt, reason, { strict });
  }

  private async end(attempt: AttemptRow, reason: "session_closed" | "timed_out", { strict }: { strict: boolean }): Promise<void> {
    const row = this.core.store.session();
    if (!row) return;
    try {
      await this.core.provider(row).cancel(attempt.provider_ref);
    } catch (error) {
      log("error", "attempt not ended", { attempt: attempt.reference, error });
      if (strict) throw error;
      return;
    }
    const now = this.core.store.attempt(attempt.n);
    if (now?.status === "pending") this.core.commit({ attempt: { n: attempt.n, status: "cancelled" }, events: endAttempt(now, reason) });
  }

  /** The attempt a return is about when it names none: the authorized one, or the latest. */
  returnedFrom(): AttemptRow | null {
    const attempts = this.core.store.attempts();
    return attempts.find((attempt) => attempt.status === "authorized") ?? attempts.at(-1) ?? null;
  }

  /** The session's authorized attempt, whose payment holds its money; null before one. */
  authorized(): AttemptRow | null {
    return this.core.store.attempts().find((attempt) => attempt.status === "authorized") ?? null;
  }

  /**
   * The money of an authorized payment as the provider reports it, applied: a capture, a refund or
   * a release made at the provider (by the gateway or in the provider's own portal). A read that
   * names no reservation for a payment still authorized says nothing about money, and is left alone.
   */
  applyMoney(session: SessionRow, state: AttemptState): void {
    if (state.status === "authorized" && state.money.authorized <= 0) return;
    const change = moneyChange(session.status, moneyOf(session), state.money);
    if (change.events.length === 0 && change.status === session.status) return;
    this.core.commit({ status: change.status, money: state.money, events: change.events });
  }

  private async startNew(
    row: SessionRow,
    provider: Provider,
    { handoff, origin, device, n }: { handoff: Handoff; origin: string; device: string; n: number },
  ): Promise<string> {
    const { store, ctx } = this.core;
    const reference = attemptRef(row.id, n);
    const merchant = merchantById(this.core.env, row.merchant_id);
    const at = Date.now();
    ctx.storage.transactionSync(() => {
      store.insertAttempt({
        n,
        reference,
        handoff,
        device,
        provider_ref: "",
        url: "",
        url_expires_at: 0,
        status: "pending",
        checked_at: 0,
        created_at: at,
        updated_at: at,
      });
      recordEvents(store, row, [{ type: "attempt.started", detail: { attempt: n, handoff, device } }]);
    });
    this.core.tell();
    let started: StartedAttempt;
    try {
      started = await provider.start({
        reference,
        handoff,
        capture: row.capture_mode,
        amount: row.amount,
        currency: row.currency,
        description: row.description,
        merchantName: merchant?.name ?? row.merchant_id,
        paymentMethod: row.payment_method,
        phoneNumber: (JSON.parse(row.customer) as { phone_number?: string }).phone_number ?? null,
        origin,
        returnUrl: `${origin}/r/${reference}`,
        callbackUrl: `${origin}/v1/providers/${row.provider}/callback/${row.merchant_id}`,
      });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.core.commit({
        attempt: { n, status: "failed" },
        events: [{ type: "attempt.not_started", detail: { attempt: n, error: detail } }],
      });
      throw error;
    }
    store.confirmAttempt(n, started, Date.now());
    return started.url;
  }
}
