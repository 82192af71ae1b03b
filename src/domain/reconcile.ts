/**
 * When the session object reads a payment attempt at the provider by itself, since a return or a
 * callback may never come (Vipps: "the return may not happen"; polling "is essential"). Pure: from
 * when the attempt started, when it was last read, and until when the provider may still approve it.
 *
 * The first read is 5 s after the person was sent on, then every 5 s for half a minute, every 10 s
 * to two minutes, every 20 s to five, and every 30 s after: at most 12 reads a minute, far below
 * Vipps' 120 a minute per payment. Reads go on until the attempt is final or its approval window is
 * over: Vipps gives 5 minutes to open the payment and 5 more to approve it, and waits those 10
 * minutes before it cancels; a provider page that lives longer (its `url_expires_at`) counts too.
 */

/** How long after the person is sent on the first read comes: 5 s, in ms. */
export const FIRST_CHECK_MS = 5_000;

/** How long a provider may still approve an attempt after it started: 10 minutes, in ms (Vipps' 5 + 5). */
export const APPROVAL_WINDOW_MS = 10 * 60_000;

/** After the window, one more read this much later, before the attempt is ended: 1 minute, in ms. */
export const WINDOW_GRACE_MS = 60_000;

/** An attempt the provider could not end at its window's end is tried again this often: 5 minutes, in ms. */
export const AFTER_WINDOW_RETRY_MS = 5 * 60_000;

/** An attempt still not ended this long after it started is left to the provider's own expiry: 1 day, in ms. */
export const GIVE_UP_AFTER_MS = 24 * 60 * 60_000;

/** The wait between reads, by the attempt's age: [age below, in ms; wait, in ms]. */
const INTERVALS: readonly (readonly [number, number])[] = [
  [30_000, 5_000],
  [2 * 60_000, 10_000],
  [5 * 60_000, 20_000],
  [Number.POSITIVE_INFINITY, 30_000],
];

export interface CheckedAttempt {
  /** When the attempt started, in ms since the epoch. */
  created_at: number;
  /** When the attempt was last read at the provider by the session itself; 0 for never. */
  checked_at: number;
  /** Until when the provider's page or deeplink can be opened, in ms since the epoch. */
  url_expires_at: number;
}

/** The end of the time in which the provider may still approve the attempt, grace included. */
export function approvalWindowEnd(attempt: CheckedAttempt): number {
  return Math.max(attempt.url_expires_at, attempt.created_at + APPROVAL_WINDOW_MS) + WINDOW_GRACE_MS;
}

/** The wait between two reads of an attempt `ageMs` old. */
export function checkInterval(ageMs: number): number {
  return INTERVALS.find(([below]) => ageMs < below)?.[1] ?? 30_000;
}

/**
 * When the attempt is next to be read: 5 s after it started, then an interval after the last read,
 * and never later than the end of its window (the last read, after which it is ended). One the
 * provider could not end then is tried every 5 minutes, for a day; null after that.
 */
export function nextCheckAt(attempt: CheckedAttempt): number | null {
  const end = approvalWindowEnd(attempt);
  if (attempt.checked_at === 0) return Math.min(attempt.created_at + FIRST_CHECK_MS, end);
  if (attempt.checked_at >= end) {
    const next = attempt.checked_at + AFTER_WINDOW_RETRY_MS;
    return next - attempt.created_at > GIVE_UP_AFTER_MS ? null : next;
  }
  return Math.min(attempt.checked_at + checkInterval(attempt.checked_at - attempt.created_at), end);
}

/** Whether the attempt's window is over at `now`: the read then is its last, and it is ended after. */
export function windowOver(attempt: CheckedAttempt, now: number): boolean {
  return now >= approvalWindowEnd(attempt);
}
