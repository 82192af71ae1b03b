/**
 * The funnel's points that a session's events write: each event that ends an attempt or the session
 * (authorized: the person paid; failed; cancelled unpaid; expired) is one point, with the handoff and the device of the
 * attempt it ends. The points of the tap itself are written where the attempt starts (`attempts.ts`).
 */
import type { EventType, NewEvent } from "../domain/session-machine";
import { type FunnelStage, NO_DEVICE, NO_HANDOFF, recordFunnel } from "../funnel";
import type { SessionRow, SessionStore } from "../storage/session-store";

/** The funnel stages of the events that end an attempt or the session. */
const ENDING_STAGES: Partial<Record<EventType, FunnelStage>> = {
  "session.authorized": "paid",
  "session.payment_failed": "failed",
  "session.cancelled": "cancelled",
  "session.expired": "expired",
};

export function recordFunnelEnds(
  dataset: AnalyticsEngineDataset | undefined,
  store: SessionStore,
  row: SessionRow,
  events: NewEvent[],
): void {
  for (const event of events) {
    const stage = ENDING_STAGES[event.type];
    // A reservation the merchant releases later is the merchant's business, not the person's funnel.
    if (!stage || (event.type === "session.cancelled" && Number(event.detail.released ?? 0) > 0)) continue;
    const n = typeof event.detail.attempt === "number" ? event.detail.attempt : store.lastAttempt()?.n;
    const attempt = n === undefined ? null : store.attempt(n);
    recordFunnel(dataset, row, { stage, handoff: attempt?.handoff ?? NO_HANDOFF, device: attempt?.device ?? NO_DEVICE });
  }
}
