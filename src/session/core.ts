/**
 * What every part of one session's Durable Object shares: its SQL store, its bindings, and the one
 * way a session changes (`commit`): the change and its events in one transaction, then the live
 * sockets told and the funnel's points written. The parts (attempts, money, the webhook outbox)
 * each hold this core; the object itself only coordinates them.
 */
import { merchantById } from "../config/config";
import type { ProviderName } from "../config/merchants";
import { linkOutcome } from "../domain/link-rules";
import { payStatusOf, type StoredStatus } from "../domain/pay-status";
import type { AttemptStatus, NewEvent } from "../domain/session-machine";
import type { Env } from "../env";
import { providerFor } from "../providers";
import type { Money, Provider } from "../providers/provider";
import type { SessionStatus } from "../schemas/session";
import { type SessionRow, SessionStore } from "../storage/session-store";
import { recordFunnelEnds } from "./funnel-steps";
import { tellLiveSockets } from "./live-sockets";
import { recordEvents } from "./outbox";

/** One change of the session: any of its parts, and the events that say what happened. */
export interface Change {
  status?: SessionStatus;
  transactionId?: string | null;
  money?: Money;
  attempt?: { n: number; status: AttemptStatus };
  events: NewEvent[];
}

export class SessionCore {
  readonly store: SessionStore;

  constructor(
    readonly ctx: DurableObjectState,
    readonly env: Env,
  ) {
    this.store = new SessionStore(ctx.storage.sql, (work) => ctx.storage.transactionSync(work));
  }

  /**
   * Applies a change and its events in one transaction, with the notice its payment link must get
   * when the change paid or ended a link's session; then tells the live sockets and the funnel.
   */
  commit(change: Change): void {
    const at = Date.now();
    this.ctx.storage.transactionSync(() => {
      const before = this.store.session()?.status;
      if (change.attempt) this.store.updateAttempt(change.attempt.n, change.attempt.status, at);
      if (change.status !== undefined || change.transactionId || change.money) {
        this.store.updateSession({
          updated_at: at,
          ...(change.status === undefined ? {} : { status: change.status }),
          ...(change.transactionId ? { transaction_id: change.transactionId } : {}),
          ...(change.money
            ? { authorized_amount: change.money.authorized, captured_amount: change.money.captured, refunded_amount: change.money.refunded }
            : {}),
        });
      }
      const row = this.store.session();
      if (!row) return;
      recordEvents(this.store, row, change.events);
      const outcome = row.link_id !== null && before !== undefined ? linkOutcome(before, row.status) : null;
      if (outcome) this.store.insertLinkNotice(outcome, at);
    });
    this.tell();
    const row = this.store.session();
    if (row) recordFunnelEnds(this.env.FUNNEL, this.store, row, change.events);
  }

  /** The provider of the session's merchant; throws when it is no longer configured. */
  provider(row: SessionRow): Provider {
    const merchant = merchantById(this.env, row.merchant_id);
    const provider = merchant && providerFor(row.provider as ProviderName, this.env, merchant);
    if (!provider) throw new Error(`provider ${row.provider} is not configured for ${row.merchant_id}`);
    return provider;
  }

  storedStatus(row: SessionRow): StoredStatus {
    return { status: row.status, attempt: this.store.lastAttempt()?.status ?? null, updated_at: row.updated_at };
  }

  /** Tells `sockets` (all the live ones unless named) the status, as the status endpoint would; at a final status, closes them. */
  tell(sockets = this.ctx.getWebSockets()): void {
    const row = this.store.session();
    if (row && sockets.length) tellLiveSockets(sockets, payStatusOf(this.storedStatus(row)));
  }

  /**
   * One alarm serves the session's expiry, the next webhook delivery, the notice its payment link
   * is owed and whatever else is `alsoDue` (the parts' own times, in ms since the epoch): the
   * earliest wins.
   */
  async scheduleAlarm(alsoDue: (number | null)[] = []): Promise<void> {
    const row = this.store.session();
    if (!row) return;
    // An expiry past its time waits for the pending attempts to be read (their reads are `alsoDue`).
    const expiryDue = row.status === "open" && (row.expires_at > Date.now() || this.store.pendingAttempts().length === 0);
    const due = [
      expiryDue ? row.expires_at : null,
      this.store.nextPendingEvent()?.next_attempt_at ?? null,
      this.store.pendingLinkNotice()?.next_try_at ?? null,
      ...alsoDue,
    ].filter((time): time is number => time !== null);
    if (due.length) await this.ctx.storage.setAlarm(Math.min(...due));
    else await this.ctx.storage.deleteAlarm();
  }
}
