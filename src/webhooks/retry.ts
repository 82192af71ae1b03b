/**
 * When a failed webhook delivery is tried again: exponential backoff from a configurable base,
 * each wait capped, for at least three days after the event.
 */

/** Longest wait between two tries: 6 hours, in ms. */
export const MAX_RETRY_DELAY_MS = 6 * 60 * 60_000;

/** How long after the event deliveries go on: 3 days, in ms. */
export const DELIVERY_WINDOW_MS = 3 * 24 * 60 * 60_000;

/**
 * When to try again after `tries` failed deliveries of an event created at `createdAt`, or null to
 * give up. Waits are base, 2·base, 4·base, … capped at `MAX_RETRY_DELAY_MS`.
 */
export function nextDeliveryAt(createdAt: number, tries: number, now: number, baseMs: number): number | null {
  const delay = Math.min(baseMs * 2 ** Math.max(0, tries - 1), MAX_RETRY_DELAY_MS);
  const next = now + delay;
  return next - createdAt > DELIVERY_WINDOW_MS ? null : next;
}
