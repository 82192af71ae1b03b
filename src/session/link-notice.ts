/**
 * The notice a session started by a payment link owes its link: that it was paid, or that it ended
 * unpaid. The notice is written in the same transaction as the change (`core.ts`), so no change is
 * lost between the two; the alarm sends it here, and tries again, later each time, until the link
 * acknowledges it. The link counts each session once however often it hears of it.
 */
import { linkObject } from "../links/stubs";
import { log, requestId } from "../log";
import type { SessionCore } from "./core";

/** First wait after a failed send: 1 second, in ms; doubled each time. */
export const LINK_NOTICE_RETRY_BASE_MS = 1000;
/** Longest wait between two sends: 5 minutes, in ms. The notice is never given up. */
export const LINK_NOTICE_MAX_DELAY_MS = 5 * 60_000;

/** When to send again after `tries` failed sends. */
export function nextNoticeTryAt(tries: number, now: number): number {
  return now + Math.min(LINK_NOTICE_RETRY_BASE_MS * 2 ** Math.max(0, tries - 1), LINK_NOTICE_MAX_DELAY_MS);
}

/** Sends the session's notice to its link when one is due; records the acknowledgement, or the next try. */
export async function sendLinkNotice(core: SessionCore): Promise<void> {
  const row = core.store.session();
  const notice = core.store.pendingLinkNotice();
  if (!row?.link_id || !notice || (notice.next_try_at ?? 0) > Date.now()) return;
  try {
    await linkObject(core.env, row.link_id).recordOutcome(requestId(), row.id, notice.outcome);
    core.store.updateLinkNotice(notice.tries, null);
  } catch (error) {
    const tries = notice.tries + 1;
    const next = nextNoticeTryAt(tries, Date.now());
    core.store.updateLinkNotice(tries, next);
    log("warn", "link notice not delivered", {
      link: row.link_id,
      outcome: notice.outcome,
      try: tries,
      next_try_at: new Date(next).toISOString(),
      error,
    });
  }
}
