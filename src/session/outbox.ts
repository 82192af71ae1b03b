/**
 * The session's webhook outbox. Every event is appended to the session's history; those the
 * merchant is told of (`WEBHOOK_TYPES`, when the session has a callback URL) get their webhook body
 * frozen at once and wait in order: the alarm delivers what is due, the first failure holds the
 * later ones back until its retry, and a merchant can ask for one event again now.
 */
import { configOf, merchantById } from "../config/config";
import type { Merchant } from "../config/merchants";
import { newEventId } from "../domain/ids";
import type { NewEvent } from "../domain/session-machine";
import { sessionResource } from "../domain/session-resource";
import { urlProblem } from "../domain/url-policy";
import type { Env } from "../env";
import { log } from "../log";
import { WEBHOOK_TYPES } from "../schemas/names";
import type { DeliveryState, EventRow, SessionRow, SessionStore } from "../storage/session-store";
import { deliverWebhook } from "../webhooks/deliver";
import { nextDeliveryAt } from "../webhooks/retry";

/** Appends events; those the merchant is told of get their webhook body, frozen now. */
export function recordEvents(store: SessionStore, row: SessionRow, events: NewEvent[]): void {
  for (const event of events) {
    const id = newEventId();
    const at = Date.now();
    const notify = row.callback_url !== null && (WEBHOOK_TYPES as readonly string[]).includes(event.type);
    const payload = notify
      ? JSON.stringify({
          id,
          type: event.type,
          created_at: new Date(at).toISOString(),
          ...(Object.keys(event.detail).length ? { detail: event.detail } : {}),
          data: sessionResource(row),
        })
      : null;
    store.insertEvent({
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

export class Outbox {
  /** The delivery run under way, if any: an alarm and a request never deliver the same event at once. */
  private running: Promise<void> | null = null;

  constructor(
    private readonly store: SessionStore,
    private readonly env: Env,
    private readonly transaction: (work: () => void) => void,
  ) {}

  /**
   * Delivers due webhooks in order; the first that fails waits for its retry, and so do later ones.
   * A call while a run is under way joins it, so no event is sent twice at once.
   */
  deliverDue(): Promise<void> {
    this.running ??= this.deliverInOrder().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async deliverInOrder(): Promise<void> {
    const row = this.store.session();
    const merchant = row && merchantById(this.env, row.merchant_id);
    if (!row?.callback_url || !merchant) return;
    for (;;) {
      const event = this.store.nextPendingEvent();
      if (!event?.payload || (event.next_attempt_at ?? 0) > Date.now()) return;
      if (!(await this.deliverOne(event, row.callback_url, merchant))) return;
    }
  }

  /** Sends event `eventId` again now, whatever its state; null when it is not one the merchant is sent. */
  async redeliver(row: SessionRow, eventId: string): Promise<"sent" | "not_found" | "not_a_webhook"> {
    const event = this.store.event(eventId);
    const merchant = merchantById(this.env, row.merchant_id);
    if (!event || !merchant) return "not_found";
    if (!event.payload || !row.callback_url) return "not_a_webhook";
    await this.deliverOne(event, row.callback_url, merchant);
    return "sent";
  }

  /**
   * Sends one webhook and records the try. A pending event that fails is scheduled again (or given
   * up after the delivery window); an event already delivered or given up keeps its state. A failed
   * try is logged for the operator (a warning; an error when the event is given up). A URL that the
   * merchant's URL policy now refuses (stored before a rule, or its hosts since narrowed) is never
   * asked: the try fails, saying why.
   */
  private async deliverOne(event: EventRow, url: string, merchant: Merchant): Promise<boolean> {
    const refused = urlProblem(url, merchant);
    const result = refused
      ? { ok: false, status: null, error: `refused: ${refused}` }
      : await deliverWebhook(url, event.payload ?? "", merchant.webhook_secrets, event.id);
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
    this.transaction(() => {
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
}
