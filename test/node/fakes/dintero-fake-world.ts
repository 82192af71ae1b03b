/**
 * The state of the fake Dintero Checkout: API clients and their tokens, sessions, transactions,
 * the callbacks it would deliver (kept in an outbox for tests to deliver), and the decisions a
 * customer takes on the hosted page. Written from Dintero's documentation, independently of the
 * gateway's code, so the two check each other (the callback signature above all).
 *
 * Time: each API client has its own fake clock (real time plus an offset tests can move), so a
 * test that lets time pass for its client never ages another test's tokens or sessions.
 */
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { FAKE_DINTERO } from "./credentials.ts";
import type { DecisionResult, OutboxEntry } from "./dintero-control.ts";
import { authorize, type FakeTransaction, type Refusal, voidAuthorization } from "./dintero-fake-transactions.ts";

/** How long an access token lives: 600 s (the real ones live 4 to 24 hours). */
const TOKEN_LIFETIME_S = 600;
/** How long the Vipps/MobilePay page or deeplink behind a session can be opened: 5 minutes, in ms. */
export const LINK_LIFETIME_MS = 5 * 60_000;
/** How long a Dintero session lives when the request sets no `expires_at`: 24 hours, in ms. */
export const SESSION_LIFETIME_MS = 24 * 3_600_000;

/**
 * The account's session profiles and their `auto_capture` (default false). A session's own
 * `configuration.auto_capture` overrides its profile's ("Override configuration for the profile").
 */
export const PROFILES: ReadonlyMap<string, { autoCapture: boolean }> = new Map([
  [FAKE_DINTERO.profileId, { autoCapture: false }],
  [FAKE_DINTERO.autoCaptureProfileId, { autoCapture: true }],
]);

export type Decision = "approve" | "decline" | "cancel";

interface SessionEvent {
  id: string;
  name: string;
  created_at: string;
  details?: { error: string };
}

export interface FakeSession {
  id: string;
  /** The API client that created it: its clock is the session's clock. */
  client: string;
  request: Record<string, unknown>;
  returnUrl: string;
  callbackUrl: string | null;
  merchantReference: string;
  amount: number;
  currency: string;
  channel: string;
  /** The one payment product enabled (`dintero_psp.vipps`, `payex.mobilepay`, …), or null. */
  product: string | null;
  /** Captured at authorization: the session's `auto_capture`, else its profile's. */
  autoCapture: boolean;
  url: string;
  createdAt: number;
  expiresAt: number;
  /** Until when the hosted page or deeplink can be opened (the Vipps/MobilePay part). */
  linkExpiresAt: number;
  events: SessionEvent[];
  transactionId: string | null;
  cancelledAt: number | null;
}

const iso = (ms: number) => new Date(ms).toISOString();
const randomId = (bytes: number) => randomBytes(bytes).toString("base64url");

/** Dintero's callback signature, computed here from its documentation. */
function dinteroSignature(secret: string, accountId: string, method: string, url: URL, seconds: number): string {
  const query = new URLSearchParams(url.search);
  query.sort();
  const signed = [seconds, accountId, method, url.hostname, url.pathname, query.toString()].join("\n");
  return `t=${seconds},v0-hmac-sha256=${createHmac("sha256", secret).update(signed).digest("hex")}`;
}

export class DinteroWorld {
  readonly accountId = FAKE_DINTERO.accountId;
  readonly clients = new Map<string, string>([[FAKE_DINTERO.clientId, FAKE_DINTERO.clientSecret]]);
  readonly tokens = new Map<string, { client: string; expiresAt: number }>();
  readonly sessions = new Map<string, FakeSession>();
  readonly transactions = new Map<string, FakeTransaction>();
  readonly outbox: OutboxEntry[] = [];
  private readonly offsets = new Map<string, number>();

  /** Now on `client`'s clock, in ms. */
  now(client: string): number {
    return Date.now() + (this.offsets.get(client) ?? 0);
  }

  /** Moves `client`'s clock by `seconds` (negative goes back); `reset` puts it back on real time. */
  advanceClock(client: string, seconds: number, reset: boolean): number {
    this.offsets.set(client, (reset ? 0 : (this.offsets.get(client) ?? 0)) + seconds * 1000);
    return this.now(client);
  }

  issueToken(client: string): { access_token: string; token_type: "Bearer"; expires_in: number } {
    const token = `fake.${randomId(24)}`;
    this.tokens.set(token, { client, expiresAt: this.now(client) + TOKEN_LIFETIME_S * 1000 });
    return { access_token: token, token_type: "Bearer", expires_in: TOKEN_LIFETIME_S };
  }

  /** The client a bearer token was issued to, valid or not. */
  ownerOf(token: string): string | null {
    return this.tokens.get(token)?.client ?? null;
  }

  /** Whether a bearer token is known and unexpired on its client's clock. */
  tokenValid(token: string): boolean {
    const found = this.tokens.get(token);
    return found !== undefined && this.now(found.client) < found.expiresAt;
  }

  newId(): string {
    return `${this.accountId}.${randomId(16)}`;
  }

  event(session: FakeSession, name: string, details?: { error: string }): void {
    session.events.push({ id: randomUUID(), name, created_at: iso(this.now(session.client)), ...(details ? { details } : {}) });
  }

  /** The session as `GET /v1/sessions/{id}` answers it. */
  sessionView(session: FakeSession): Record<string, unknown> {
    return {
      ...session.request,
      id: session.id,
      created_at: iso(session.createdAt),
      updated_at: iso(session.cancelledAt ?? session.createdAt),
      expires_at: iso(session.expiresAt),
      events: session.events,
      ...(session.transactionId ? { transaction_id: session.transactionId } : {}),
      ...(session.cancelledAt === null ? {} : { cancelled_at: iso(session.cancelledAt), cancelled_by: session.client }),
    };
  }

  /** The transaction as `GET /v1/transactions/{id}` answers it. */
  transactionView(transaction: FakeTransaction): Record<string, unknown> {
    const session = this.sessions.get(transaction.sessionId);
    return {
      id: transaction.id,
      session_id: transaction.sessionId,
      status: transaction.status,
      amount: transaction.amount,
      currency: session?.currency,
      merchant_reference: session?.merchantReference,
      channel: session?.channel === "in_app" ? "in_app" : "ecommerce",
      payment_product: transaction.product.split(".")[0],
      payment_product_type: transaction.product,
      events: transaction.events,
      created_at: iso(transaction.createdAt),
      updated_at: iso(transaction.updatedAt),
    };
  }

  /** Why no decision can be taken on a session any more; null while it is open. */
  closedReason(session: FakeSession): Extract<DecisionResult, { ok: false }> | null {
    if (session.cancelledAt !== null || session.transactionId !== null || session.events.some((event) => event.name === "FAILED")) {
      return { ok: false, status: 409, message: "This payment is no longer open." };
    }
    const now = this.now(session.client);
    if (now >= session.linkExpiresAt || now >= session.expiresAt)
      return { ok: false, status: 410, message: "This payment link has expired." };
    return null;
  }

  /**
   * The customer approves, declines or cancels. `race` lets an approval through on a session that
   * was cancelled meanwhile: the app's authorization that was already under way.
   */
  decide(id: string, decision: Decision, race = false): DecisionResult {
    const session = this.sessions.get(id);
    if (!session) return { ok: false, status: 404, message: "No such session." };
    const closed = this.closedReason(session);
    if (closed && !(race && decision === "approve" && session.transactionId === null)) return closed;
    const error = decision === "approve" ? null : decision === "cancel" ? "cancelled" : "failed";
    if (decision !== "cancel") {
      const now = this.now(session.client);
      const transaction: FakeTransaction = {
        id: this.newId(),
        sessionId: session.id,
        client: session.client,
        status: decision === "approve" ? "AUTHORIZED" : "DECLINED",
        product: session.product ?? "dintero_psp.vipps",
        amount: session.amount,
        events: [],
        createdAt: now,
        updatedAt: now,
      };
      if (decision === "approve") authorize(transaction, session.autoCapture, now);
      this.transactions.set(transaction.id, transaction);
      session.transactionId = transaction.id;
      this.event(session, transaction.status);
    }
    if (error) this.event(session, "FAILED", { error });
    const params = this.returnParams(session, error);
    return { ok: true, returnUrl: withParams(session.returnUrl, params).toString(), callback: this.queueCallback(session, error) };
  }

  /** `POST /v1/sessions/{id}/cancel`: voids an initiated or authorized transaction, or ends an untouched session. */
  cancel(session: FakeSession): boolean {
    const transaction = session.transactionId ? this.transactions.get(session.transactionId) : undefined;
    if (transaction) return transaction.status === "AUTHORIZED" && this.voidTransaction(transaction) === null;
    if (session.cancelledAt !== null || session.events.some((event) => event.name === "FAILED")) return false;
    session.cancelledAt = this.now(session.client);
    this.event(session, "CANCELLED");
    return true;
  }

  voidTransaction(transaction: FakeTransaction): Refusal | null {
    return voidAuthorization(transaction, this.now(transaction.client));
  }

  /** The return URL's parameters, as Dintero appends them. */
  private returnParams(session: FakeSession, error: string | null): URLSearchParams {
    const params = new URLSearchParams({ merchant_reference: session.merchantReference, session_id: session.id });
    if (!error && session.transactionId) params.set("transaction_id", session.transactionId);
    if (error) params.set("error", error);
    return params;
  }

  /**
   * The callback Dintero would deliver now, built from the session's callback URL and its options
   * (`method=POST`, `report_error=true`), signed with the account's signature secret.
   */
  private queueCallback(session: FakeSession, error: string | null): OutboxEntry | null {
    if (!session.callbackUrl) return null;
    const options = new URL(session.callbackUrl).searchParams;
    if (error && options.get("report_error") !== "true") return null;
    const now = this.now(session.client);
    const params = new URLSearchParams({ session_id: session.id, merchant_reference: session.merchantReference, time: iso(now) });
    if (!error && session.transactionId) params.set("transaction_id", session.transactionId);
    if (error) params.set("error", error);
    const url = withParams(session.callbackUrl, params);
    const method = options.get("method")?.toUpperCase() === "POST" ? "POST" : "GET";
    const transaction = session.transactionId ? this.transactions.get(session.transactionId) : undefined;
    const body = method === "POST" && transaction ? JSON.stringify(this.transactionView(transaction)) : null;
    const delivery = randomUUID();
    const headers: Record<string, string> = {
      "event-delivery": delivery,
      "dintero-signature": dinteroSignature(FAKE_DINTERO.callbackSecret, this.accountId, method, url, Math.floor(now / 1000)),
      ...(body ? { "content-type": "application/json" } : {}),
    };
    const entry: OutboxEntry = {
      id: delivery,
      session_id: session.id,
      merchant_reference: session.merchantReference,
      method,
      url: url.toString(),
      path: url.pathname + url.search,
      headers,
      body,
    };
    this.outbox.push(entry);
    return entry;
  }
}

function withParams(base: string, params: URLSearchParams): URL {
  const url = new URL(base);
  for (const [name, value] of params) url.searchParams.set(name, value);
  return url;
}
