/**
 * The Durable Object of one payment link, named by its id: the single place where the link and its
 * counts change. A thin coordinator: the decisions are `domain/link-rules.ts`'s, the SQL
 * `storage/link-store.ts`'s, and each payment is an ordinary session (`session/new-session.ts`)
 * that tells the link when it is paid or ends (`session/link-notice.ts`).
 *
 * Every method is one call from the Worker (or from a session, `recordOutcome`); those that may
 * log take the id of the Worker's request first, so the object's log lines carry it.
 */
import { DurableObject } from "cloudflare:workers";
import { merchantById, publicOrigin } from "../config/config";
import { linkResource } from "../domain/link-resource";
import { type AmountProblem, chargeOf, closedReason, type LinkClosedReason } from "../domain/link-rules";
import type { Env } from "../env";
import { log, withRequestId } from "../log";
import { parseTypedAmount } from "../pages/link-page";
import { PROVIDER_MAX_AMOUNT } from "../schemas/limits";
import type { LinkResource } from "../schemas/link";
import type { CreateSessionInput, SessionDetail } from "../schemas/session";
import { newSession } from "../session/new-session";
import { type PageFacts, pageFactsOf } from "../session/results";
import { type LinkRow, LinkStore } from "../storage/link-store";

/** How long a session a link starts lives, unpaid: 1 hour, in ms (a pay link's default is a day). */
export const LINK_SESSION_LIFETIME_MS = 60 * 60_000;

/** What the link's page shows: nothing personal, and whether it takes payments. */
export interface LinkView extends PageFacts {
  amount: number | null;
  min_amount: number | null;
  max_amount: number | null;
  description: string | null;
  /** Why it takes no payment now; null when it does. */
  closed: LinkClosedReason | null;
}

/** How a payer's tap went: a session to continue with, or why not (with what the page shows). */
export type LinkStartResult =
  | { ok: true; sessionId: string; code: string }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "closed"; closed: LinkClosedReason; view: LinkView }
  | { ok: false; reason: "amount"; problem: AmountProblem; view: LinkView }
  | { ok: false; reason: "unavailable"; view: LinkView };

export class PaymentLink extends DurableObject<Env> {
  private readonly store: LinkStore;
  /** Starts under way, by the tap of the page whose form asked: a second form of the same page waits for the first. */
  private readonly taps = new Map<string, Promise<LinkStartResult>>();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.store = new LinkStore(ctx.storage.sql, (work) => ctx.storage.transactionSync(work));
  }

  /** Stores a new link; null when this code is already taken. */
  create(requestId: string, row: LinkRow): Promise<LinkResource | null> {
    return withRequestId(requestId, async () => {
      if (this.store.link()) return null;
      this.ctx.storage.transactionSync(() => this.store.insertLink(row));
      return linkResource(row, publicOrigin(this.env));
    });
  }

  /** The link with its counts, for the merchant that owns it; null for others. */
  detail(merchantId: string): LinkResource | null {
    const row = this.store.link();
    return row?.merchant_id === merchantId ? linkResource(row, publicOrigin(this.env)) : null;
  }

  /** The merchant deactivates or activates its link: the same answer however often asked. */
  setActive(merchantId: string, active: boolean): LinkResource | null {
    const row = this.store.link();
    if (row?.merchant_id !== merchantId) return null;
    this.store.setActive(active, Date.now());
    return this.detail(merchantId);
  }

  /** The link's page: what it shows; a person's opening (`counted`, not a previewer's) is counted. */
  view(counted: boolean): LinkView | null {
    const row = this.store.link();
    if (!row) return null;
    if (counted) this.store.countOpened();
    return viewOf(row, Date.now());
  }

  /**
   * A payer taps on with what they typed (an open amount), or nothing: the link checks it takes
   * payments and the amount, gives the next reference number, and starts an ordinary session of
   * the link's terms. No start once as many are paid as `max_payments`; a session started before
   * that may still be paid, and counts (README, "Payment links").
   */
  start(requestId: string, typed: string | null, tap: string | null = null): Promise<LinkStartResult> {
    if (tap === null) return this.startNew(requestId, typed, null);
    // A double tap's second form comes while the first still waits for its session: it waits too.
    const running = this.taps.get(tap);
    if (running) return running;
    const started = this.startNew(requestId, typed, tap).finally(() => this.taps.delete(tap));
    this.taps.set(tap, started);
    return started;
  }

  private startNew(requestId: string, typed: string | null, tap: string | null): Promise<LinkStartResult> {
    return withRequestId(requestId, async (): Promise<LinkStartResult> => {
      const row = this.store.link();
      const merchant = row && merchantById(this.env, row.merchant_id);
      if (!row || !merchant) return { ok: false, reason: "not_found" };
      const minor = typed === null || typed.trim() === "" ? null : (parseTypedAmount(typed, row.currency) ?? Number.NaN);
      const charge = chargeOf(row, minor, PROVIDER_MAX_AMOUNT[merchant.default_provider]);
      // The same page's form sent again later (back, then Continue) goes on with its session, unless
      // the payer changed the amount: then the page's tap moves on to the new session.
      const earlier = tap === null ? null : this.store.sessionOfTap(tap);
      if (earlier?.pay_code && "amount" in charge && charge.amount === earlier.amount) {
        return { ok: true, sessionId: earlier.session_id, code: earlier.pay_code };
      }
      const now = Date.now();
      const view = viewOf(row, now);
      if (view.closed) return { ok: false, reason: "closed", closed: view.closed, view };
      if ("problem" in charge) return { ok: false, reason: "amount", problem: charge.problem, view };
      const n = this.store.nextSequence();
      let session: SessionDetail;
      try {
        session = await newSession(this.env, merchant, sessionInput(row, charge.amount, n, now), row.id);
      } catch (error) {
        log("error", "link session not started", { link: row.id, error });
        return { ok: false, reason: "unavailable", view };
      }
      const code = new URL(session.pay_url).pathname.slice("/p/".length);
      this.ctx.storage.transactionSync(() => {
        if (earlier && tap !== null) this.store.releaseTap(tap);
        this.store.insertSession({
          session_id: session.id,
          n,
          amount: charge.amount,
          state: "open",
          started_at: now,
          settled_at: null,
          tap,
          pay_code: code,
        });
      });
      return { ok: true, sessionId: session.id, code };
    });
  }

  /**
   * A session the link started was paid, or ended unpaid (its notice, `session/link-notice.ts`):
   * counted once, however often it is told.
   */
  recordOutcome(requestId: string, sessionId: string, outcome: "paid" | "ended"): Promise<void> {
    return withRequestId(requestId, async () => {
      const known = this.store.session(sessionId);
      if (!known) log("warn", "link notice of a session the link did not record", { link: this.store.link()?.id, session: sessionId });
      if (known?.state !== "open") return;
      this.ctx.storage.transactionSync(() => this.store.settleSession(sessionId, outcome, Date.now()));
    });
  }
}

function viewOf(row: LinkRow, now: number): LinkView {
  return {
    ...pageFactsOf(row),
    amount: row.amount,
    min_amount: row.min_amount,
    max_amount: row.max_amount,
    description: row.description,
    closed: closedReason(row, now),
  };
}

/** The session a link starts for its `n`-th payer: the link's terms, the amount charged, the reference `<prefix>-<n>`. */
function sessionInput(row: LinkRow, amount: number, n: number, now: number): CreateSessionInput {
  return {
    order: {
      amount,
      currency: row.currency as CreateSessionInput["order"]["currency"],
      merchant_reference: `${row.reference_prefix}-${n}`,
      ...(row.description === null ? {} : { description: row.description }),
    },
    url: {
      ...(row.return_url === null ? {} : { return_url: row.return_url }),
      ...(row.callback_url === null ? {} : { callback_url: row.callback_url }),
    },
    handoff: "auto",
    ...(row.locale === null ? {} : { locale: row.locale }),
    ...(row.capture === null ? {} : { capture: row.capture }),
    expires_at: new Date(now + LINK_SESSION_LIFETIME_MS).toISOString(),
    metadata: JSON.parse(row.metadata) as CreateSessionInput["metadata"],
  };
}
