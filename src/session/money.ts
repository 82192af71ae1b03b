/**
 * The money of a session's authorized payment: captures, refunds and the void of a reservation,
 * asked for by the merchant or (an automatic capture) by the gateway itself.
 *
 * Each movement is written down (`movements`, one row per key) before the provider is asked, with
 * the money as it stood, and sent with the same key however often it is asked for. So a movement is
 * done once even when the provider's answer was lost and the merchant tries again: the provider's
 * own idempotency key (Vipps) makes a second send harmless, and where a provider has none the
 * payment is read first, and a movement the money shows as done is not sent again.
 */
import { leftOf, planCapture, planRefund } from "../domain/session-machine";
import { log } from "../log";
import { ProviderError } from "../providers/http";
import type { AttemptState, AuthorizedPayment, Money, Provider } from "../providers/provider";
import { type MovementKind, type MovementRow, moneyOf, type SessionRow } from "../storage/session-store";
import type { Attempts } from "./attempts";
import type { SessionCore } from "./core";
import { type ProviderFault, providerFault } from "./results";

/** What a movement asked for comes to: done, refused (why), or failed at the provider (its words). */
export type MovementOutcome =
  | { ok: true }
  | { ok: false; reason: "refused"; why: string }
  | { ok: false; reason: "key_reused" }
  | { ok: false; reason: "provider_error"; fault: ProviderFault };

export interface MovementAsk {
  kind: MovementKind;
  /** The key sent to the provider; the same ask always has the same key. */
  key: string;
  /** Minor units; for a capture or refund, all that is left when not given. */
  amount?: number;
  reason?: string;
}

/** The key of the gateway's own capture of attempt `reference`, once it is authorized. */
export const automaticCaptureKey = (reference: string) => `auto-capture-${reference}`;

export class MoneyDesk {
  constructor(
    private readonly core: SessionCore,
    private readonly attempts: Attempts,
  ) {}

  /** Carries out `ask` on the session's authorized payment, or says why it was not. */
  async move(ask: MovementAsk): Promise<MovementOutcome> {
    const { store } = this.core;
    const row = store.session();
    const attempt = this.attempts.authorized();
    if (!row || !attempt?.provider_ref || !row.transaction_id) {
      return { ok: false, reason: "refused", why: `the session is ${row?.status ?? "unknown"}; it holds no authorized payment` };
    }
    const payment: AuthorizedPayment = { providerRef: attempt.provider_ref, transactionId: row.transaction_id, currency: row.currency };
    const provider = this.core.provider(row);
    const known = store.movement(ask.key);
    if (known) return this.again(known, ask, row, payment, provider);
    const planned = this.plan(row, ask);
    if ("rejected" in planned) return { ok: false, reason: "refused", why: planned.rejected };
    const at = Date.now();
    const movement: MovementRow = {
      key: ask.key,
      kind: ask.kind,
      amount: planned.amount,
      reason: ask.reason ?? null,
      state: "pending",
      money_before: JSON.stringify(moneyOf(row)),
      error: null,
      created_at: at,
      updated_at: at,
    };
    store.insertMovement(movement);
    return this.send(movement, payment, provider);
  }

  /**
   * The gateway's own capture of all that is left, for a session in automatic capture mode, right
   * after its authorization was read. A capture that fails stays pending and is tried again by the
   * alarm (`due`); one the provider refuses is left for the merchant, and logged.
   */
  async captureAutomatically(): Promise<void> {
    const row = this.core.store.session();
    const attempt = this.attempts.authorized();
    if (row?.capture_mode !== "automatic" || row.status !== "authorized" || !attempt) return;
    const outcome = await this.move({ kind: "capture", key: automaticCaptureKey(attempt.reference) });
    if (!outcome.ok) log("error", "automatic capture not done", { attempt: attempt.reference, outcome });
  }

  /** Whether the gateway still owes an automatic capture (the alarm tries it again). */
  automaticCaptureDue(): boolean {
    const row = this.core.store.session();
    const attempt = this.attempts.authorized();
    if (row?.capture_mode !== "automatic" || row.status !== "authorized" || !attempt) return false;
    return this.core.store.movement(automaticCaptureKey(attempt.reference))?.state !== "refused";
  }

  private plan(row: SessionRow, ask: MovementAsk): { amount: number } | { rejected: string } {
    const money = moneyOf(row);
    if (ask.kind === "capture") return planCapture(row.status, money, ask.amount);
    if (ask.kind === "refund") return planRefund(row.status, money, ask.amount);
    if (row.status !== "authorized") return { rejected: `the session is ${row.status}; only an authorized one can be voided` };
    return { amount: leftOf(money).toCapture };
  }

  /** A key asked for before: its outcome as it was, or (still pending) found out and finished. */
  private async again(
    known: MovementRow,
    ask: MovementAsk,
    row: SessionRow,
    payment: AuthorizedPayment,
    provider: Provider,
  ): Promise<MovementOutcome> {
    if (known.kind !== ask.kind || (ask.amount !== undefined && ask.amount !== known.amount)) return { ok: false, reason: "key_reused" };
    if (known.state === "done") return { ok: true };
    if (known.state === "refused") return { ok: false, reason: "refused", why: known.error ?? "refused by the provider" };
    // Pending: the provider's answer was lost. Read the payment: if the money shows the movement, it
    // is done; otherwise send it again, with the same key.
    try {
      const state = await provider.read(payment.providerRef);
      if (happened(known, JSON.parse(known.money_before) as Money, state.money)) {
        this.finish(known, state);
        return { ok: true };
      }
    } catch (error) {
      return { ok: false, reason: "provider_error", fault: providerFault(row.provider, error) };
    }
    return this.send(known, payment, provider);
  }

  private async send(movement: MovementRow, payment: AuthorizedPayment, provider: Provider): Promise<MovementOutcome> {
    const row = this.core.store.session();
    const name = row?.provider ?? "provider";
    try {
      const request = { amount: movement.amount, idempotencyKey: movement.key, ...(movement.reason ? { reason: movement.reason } : {}) };
      let state: AttemptState;
      if (movement.kind === "capture") state = await provider.capture(payment, request);
      else if (movement.kind === "refund") state = await provider.refund(payment, request);
      else {
        await provider.cancel(payment.providerRef);
        state = await provider.read(payment.providerRef);
      }
      this.finish(movement, state);
      return { ok: true };
    } catch (error) {
      const fault = providerFault(name, error);
      // A provider that answered 4xx refused it: so it stays, and the same key answers the same.
      // Anything else (no answer, 5xx) leaves it pending, to be found out when it is asked again.
      if (error instanceof ProviderError && error.status !== null && error.status >= 400 && error.status < 500) {
        this.core.store.updateMovement(movement.key, "refused", fault.detail, Date.now());
      }
      return { ok: false, reason: "provider_error", fault };
    }
  }

  /** The movement is done: the money as the provider now holds it becomes the session's. */
  private finish(movement: MovementRow, state: AttemptState): void {
    const { store } = this.core;
    store.updateMovement(movement.key, "done", null, Date.now());
    const session = store.session();
    if (session) this.attempts.applyMoney(session, state);
  }
}

/** Whether `after` shows the movement done since `before` (the money it was asked for on). */
function happened(movement: MovementRow, before: Money, after: Money): boolean {
  if (movement.kind === "capture") return after.captured >= before.captured + movement.amount;
  if (movement.kind === "refund") return after.refunded >= before.refunded + movement.amount;
  return after.authorized <= before.captured;
}
