/**
 * SQL storage of one payment session, inside its Durable Object (SQLite). All SQL of the session
 * lives here; callers get typed rows.
 *
 * ## Schema, version 6
 *
 * The version is kept in `schema_version` (one row). A session stored at an older version is moved
 * on, step by step, when its object opens its store (`MIGRATIONS`):
 * - 1 → 2: two columns renamed (`session.route_mode` is `handoff_policy`, `attempts.route` is
 *   `handoff`); event details written before then still say `route`.
 * - 2 → 3: the money (`capture_mode`, `authorized_amount`, `captured_amount`, `refunded_amount`;
 *   an older session was captured by nothing, so it is `manual` with its amount authorized when it
 *   was paid), the device of an attempt in its own column (read once from its `attempt.started`
 *   event), and the `movements` table.
 * - 3 → 4: `attempts.checked_at`, when the session last read the attempt at the provider by itself.
 * - 4 → 5: `session.locale`, the merchant's choice of language for the session's pages (null: none).
 * - 5 → 6: `session.link_id`, the payment link that started the session (null: none), and the
 *   `link_notice` table.
 * Sessions stored before `schema_version` existed are told apart by their columns.
 *
 * `session`: exactly one row.
 *   | column             | type    | example                                        |
 *   |--------------------|---------|------------------------------------------------|
 *   | id                 | TEXT PK | ps_5fXqJ8cLr2WmZ9tB3kVhN4 (the DO's name)      |
 *   | code               | TEXT    | 7Hq2xZk9PwR4mB (the pay code; `domain/ids.ts`) |
 *   | merchant_id        | TEXT    | mer_local                                      |
 *   | mode               | TEXT    | test / live (from the API key that created it) |
 *   | status             | TEXT    | open / paid / cancelled / expired              |
 *   | provider           | TEXT    | sandbox / dintero / vipps                      |
 *   | payment_method     | TEXT    | vipps / mobilepay                              |
 *   | handoff_policy     | TEXT    | auto / hosted / app (forced by the merchant)   |
 *   | capture_mode       | TEXT    | automatic / manual                             |
 *   | authorized_amount  | INTEGER | 29990 (reserved and not released; minor units) |
 *   | captured_amount    | INTEGER | 10000                                          |
 *   | refunded_amount    | INTEGER | 0                                              |
 *   | amount             | INTEGER | 29990 (minor units)                            |
 *   | currency           | TEXT    | NOK                                            |
 *   | merchant_reference | TEXT    | ORDER123                                       |
 *   | description        | TEXT?   | Two tickets                                    |
 *   | locale             | TEXT?   | nb / da / fi / sv / en (null: the person's own) |
 *   | return_url         | TEXT?   | https://shop.example/return                    |
 *   | callback_url       | TEXT?   | https://shop.example/webhooks/paylink          |
 *   | customer           | TEXT    | {"phone_number":"+4799999999"} (JSON)          |
 *   | metadata           | TEXT    | {"cart":"c-19"} (JSON)                         |
 *   | pay_url            | TEXT    | https://pay.example/p/7Hq2xZk9PwR4mB           |
 *   | transaction_id     | TEXT?   | set once paid                                  |
 *   | created_at         | INTEGER | 1795000000000 (ms since the epoch, as all times) |
 *   | updated_at         | INTEGER | 1795000000000                                  |
 *   | expires_at         | INTEGER | 1795086400000                                  |
 *   | link_id            | TEXT?   | pl_9sKq2Wd4TmXv7Bn3Rc8Hj5 (null: not a link's)   |
 *
 * `attempts`: one row per payment attempt at the provider.
 *   n (INTEGER PK, 1, 2, …), reference (TEXT UNIQUE, `5fXqJ8cLr2WmZ9tB3kVhN4-1`), handoff (hosted / app),
 *   device (TEXT, the funnel's class of the device that tapped: `ios/instagram`),
 *   checked_at (INTEGER, when the session last read it at the provider by itself; 0 for never),
 *   provider_ref (TEXT, the provider's id: `sbx_…`; empty while the provider is being asked),
 *   url (TEXT, where the customer is sent),
 *   url_expires_at (INTEGER), status (pending / authorized / failed / cancelled / expired),
 *   created_at, updated_at (INTEGER).
 *
 * `events`: the append-only history; the ones the merchant is told of carry a webhook payload.
 *   seq (INTEGER PK AUTOINCREMENT, the order), id (TEXT UNIQUE, `evt_…`), type (`session.paid`),
 *   created_at (INTEGER), detail (TEXT JSON, `{"attempt":1,"transaction_id":"sbx_…"}`),
 *   payload (TEXT?, the exact webhook body, null when not sent), delivery (TEXT?: pending /
 *   delivered / failed), next_attempt_at (INTEGER?, when the next delivery is due).
 *
 * `movements`: every capture, refund and void the merchant asked for, one row per idempotency key.
 *   key (TEXT PK, the key sent to the provider: `ps_5fXqJ8cLr2WmZ9tB3kVhN4:capture:<sha-256 of the merchant's
 *   Idempotency-Key>`), kind (capture / refund / void), amount (INTEGER, minor units), reason
 *   (TEXT?), state (pending / done / refused: pending while the provider's answer is not known),
 *   money_before (TEXT JSON, `{"authorized":29990,"captured":0,"refunded":0}`, to tell after a lost
 *   answer whether it happened), error (TEXT?, the provider's words when refused), created_at,
 *   updated_at (INTEGER).
 *
 * `deliveries`: every webhook delivery try.
 *   event_id (TEXT), n (INTEGER, 1, 2, …), at (INTEGER), status (INTEGER?, the merchant's HTTP
 *   status; null when no answer came), error (TEXT?, `timeout`); primary key (event_id, n).
 *
 * `link_notice`: what the session's payment link must learn of it, written in the same transaction
 *   as the change it tells, and sent by the alarm until the link acknowledges it
 *   (`session/link-notice.ts`); at most one row, only in a session a link started.
 *   | column      | type     | example                                   |
 *   |-------------|----------|-------------------------------------------|
 *   | outcome     | TEXT PK  | paid / ended (ended: cancelled or expired unpaid) |
 *   | created_at  | INTEGER  | 1795000060000                             |
 *   | tries       | INTEGER  | 0 (sends that failed)                     |
 *   | next_try_at | INTEGER? | 1795000060000 (null: acknowledged)        |
 *
 * No table for the pay page's live sockets: the runtime keeps them across hibernation
 * (`ctx.getWebSockets()`, see `live-sockets.ts`).
 */

import type { ProviderName } from "../config/merchants";
import type { StoredStatus } from "../domain/pay-status";
import type { AttemptStatus, EventType } from "../domain/session-machine";
import type { Locale } from "../i18n/locales";
import type { Money } from "../providers/provider";
import type { CAPTURE_MODES, Handoff, HandoffPolicy, PaymentMethod, SessionStatus } from "../schemas/session";

/** The schema version this code writes and reads. */
export const SCHEMA_VERSION = 6;

const LINK_NOTICE_TABLE = `CREATE TABLE IF NOT EXISTS link_notice (
  outcome TEXT PRIMARY KEY, created_at INTEGER NOT NULL, tries INTEGER NOT NULL, next_try_at INTEGER
)`;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS session (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, merchant_id TEXT NOT NULL, mode TEXT NOT NULL,
  status TEXT NOT NULL, provider TEXT NOT NULL, payment_method TEXT NOT NULL, handoff_policy TEXT NOT NULL,
  capture_mode TEXT NOT NULL, authorized_amount INTEGER NOT NULL, captured_amount INTEGER NOT NULL,
  refunded_amount INTEGER NOT NULL, amount INTEGER NOT NULL, currency TEXT NOT NULL, merchant_reference TEXT NOT NULL, description TEXT, locale TEXT,
  return_url TEXT, callback_url TEXT, customer TEXT NOT NULL, metadata TEXT NOT NULL,
  pay_url TEXT NOT NULL, transaction_id TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, link_id TEXT
);
CREATE TABLE IF NOT EXISTS attempts (
  n INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, handoff TEXT NOT NULL, device TEXT NOT NULL, provider_ref TEXT NOT NULL,
  url TEXT NOT NULL, url_expires_at INTEGER NOT NULL, status TEXT NOT NULL, checked_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
  created_at INTEGER NOT NULL, detail TEXT NOT NULL, payload TEXT, delivery TEXT, next_attempt_at INTEGER
);
CREATE TABLE IF NOT EXISTS movements (
  key TEXT PRIMARY KEY, kind TEXT NOT NULL, amount INTEGER NOT NULL, reason TEXT, state TEXT NOT NULL,
  money_before TEXT NOT NULL, error TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS deliveries (
  event_id TEXT NOT NULL, n INTEGER NOT NULL, at INTEGER NOT NULL, status INTEGER, error TEXT,
  PRIMARY KEY (event_id, n)
);
${LINK_NOTICE_TABLE};
`;

export interface SessionRow {
  id: string;
  code: string;
  merchant_id: string;
  mode: "test" | "live";
  status: SessionStatus;
  provider: ProviderName;
  payment_method: PaymentMethod;
  handoff_policy: HandoffPolicy;
  capture_mode: (typeof CAPTURE_MODES)[number];
  /** Minor units, as the provider holds them: all 0 until the session is authorized. */
  authorized_amount: number;
  captured_amount: number;
  refunded_amount: number;
  amount: number;
  currency: string;
  merchant_reference: string;
  description: string | null;
  locale: Locale | null;
  return_url: string | null;
  callback_url: string | null;
  customer: string;
  metadata: string;
  pay_url: string;
  transaction_id: string | null;
  created_at: number;
  updated_at: number;
  expires_at: number;
  /** The payment link that started the session (`pl_…`); null for one created through the API. */
  link_id: string | null;
}

/** What the session's payment link is told: it was paid, or it ended unpaid. */
export type LinkOutcome = "paid" | "ended";

export interface LinkNoticeRow {
  outcome: LinkOutcome;
  created_at: number;
  tries: number;
  /** When to send it next; null once the link acknowledged it. */
  next_try_at: number | null;
}

export interface AttemptRow {
  n: number;
  reference: string;
  handoff: Handoff;
  /** The funnel's class of the device that tapped: `ios/instagram`. */
  device: string;
  provider_ref: string;
  url: string;
  url_expires_at: number;
  status: AttemptStatus;
  /** When the session last read it at the provider by itself (reconciliation); 0 for never. */
  checked_at: number;
  created_at: number;
  updated_at: number;
}

export type DeliveryState = "pending" | "delivered" | "failed";

export type MovementKind = "capture" | "refund" | "void";
export type MovementState = "pending" | "done" | "refused";

export interface MovementRow {
  key: string;
  kind: MovementKind;
  amount: number;
  reason: string | null;
  state: MovementState;
  /** JSON of the session's `Money` when the movement was first asked for. */
  money_before: string;
  error: string | null;
  created_at: number;
  updated_at: number;
}

export interface EventRow {
  seq: number;
  id: string;
  type: EventType;
  created_at: number;
  detail: string;
  payload: string | null;
  delivery: DeliveryState | null;
  next_attempt_at: number | null;
}

export interface DeliveryRow {
  event_id: string;
  n: number;
  at: number;
  status: number | null;
  error: string | null;
}

type Row = Record<string, SqlStorageValue>;

/** The steps from each older version to the next, as SQL, run in one transaction each. */
const MIGRATIONS: Record<number, string[]> = {
  1: ["ALTER TABLE session RENAME COLUMN route_mode TO handoff_policy", "ALTER TABLE attempts RENAME COLUMN route TO handoff"],
  2: [
    "ALTER TABLE session ADD COLUMN capture_mode TEXT NOT NULL DEFAULT 'manual'",
    "ALTER TABLE session ADD COLUMN authorized_amount INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE session ADD COLUMN captured_amount INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE session ADD COLUMN refunded_amount INTEGER NOT NULL DEFAULT 0",
    // Before version 3 a paid session had been authorized, never captured: it is `authorized` now.
    "UPDATE session SET authorized_amount = amount, status = 'authorized' WHERE status = 'paid'",
    "ALTER TABLE attempts ADD COLUMN device TEXT NOT NULL DEFAULT 'none'",
    `UPDATE attempts SET device = COALESCE((SELECT json_extract(detail, '$.device') FROM events
       WHERE type = 'attempt.started' AND json_extract(detail, '$.attempt') = attempts.n), 'none')`,
    `CREATE TABLE IF NOT EXISTS movements (
       key TEXT PRIMARY KEY, kind TEXT NOT NULL, amount INTEGER NOT NULL, reason TEXT, state TEXT NOT NULL,
       money_before TEXT NOT NULL, error TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)`,
  ],
  3: ["ALTER TABLE attempts ADD COLUMN checked_at INTEGER NOT NULL DEFAULT 0"],
  4: ["ALTER TABLE session ADD COLUMN locale TEXT"],
  5: ["ALTER TABLE session ADD COLUMN link_id TEXT", LINK_NOTICE_TABLE],
};

export class SessionStore {
  /** Whether the tables exist: a Durable Object only asked about an unknown code never gets them. */
  private created: boolean;

  constructor(
    private readonly sql: SqlStorage,
    private readonly transaction: <T>(work: () => T) => T,
  ) {
    const tables = new Map(
      sql
        .exec<{ name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        .toArray()
        .map((table) => [table.name, table.sql]),
    );
    const session = tables.get("session");
    this.created = session !== undefined;
    if (session !== undefined) this.migrate(this.storedVersion(session, tables.has("schema_version")));
  }

  /** The version a stored session was written at: its `schema_version`, or before that its columns. */
  private storedVersion(sessionTable: string, hasVersionTable: boolean): number {
    if (hasVersionTable) return Number(this.sql.exec("SELECT version FROM schema_version").one().version);
    return /\broute_mode\b/.test(sessionTable) ? 1 : 2;
  }

  /** Moves a session stored at `from` on to `SCHEMA_VERSION`, one step (one transaction) at a time. */
  private migrate(from: number): void {
    if (from < SCHEMA_VERSION) this.sql.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    for (let version = from; version < SCHEMA_VERSION; version++) {
      this.transaction(() => {
        for (const statement of MIGRATIONS[version] ?? []) this.sql.exec(statement);
        this.sql.exec("DELETE FROM schema_version");
        this.sql.exec("INSERT INTO schema_version (version) VALUES (?)", version + 1);
      });
    }
  }

  session(): SessionRow | null {
    return this.created ? this.first<SessionRow>(this.sql.exec("SELECT * FROM session LIMIT 1")) : null;
  }

  /**
   * What the status endpoint answers, and when the session expires, in one narrow query: the tab
   * left behind polls it every few seconds, so it reads four values, not the whole session row and
   * its latest attempt.
   */
  statusFacts(): (StoredStatus & { expires_at: number }) | null {
    if (!this.created) return null;
    return this.first<StoredStatus & { expires_at: number }>(
      this.sql.exec(
        "SELECT status, updated_at, expires_at, (SELECT status FROM attempts ORDER BY n DESC LIMIT 1) AS attempt FROM session LIMIT 1",
      ),
    );
  }

  /** The session and the status of its latest attempt, in one query: what the pay page shows. */
  sessionWithLastAttempt(): (SessionRow & { last_attempt: AttemptStatus | null }) | null {
    if (!this.created) return null;
    return this.first<SessionRow & { last_attempt: AttemptStatus | null }>(
      this.sql.exec("SELECT *, (SELECT status FROM attempts ORDER BY n DESC LIMIT 1) AS last_attempt FROM session LIMIT 1"),
    );
  }

  insertSession(row: SessionRow): void {
    this.sql.exec(SCHEMA);
    this.sql.exec("INSERT INTO schema_version (version) VALUES (?)", SCHEMA_VERSION);
    this.created = true;
    this.insert("session", row);
  }

  updateSession(
    changes: Partial<
      Pick<SessionRow, "status" | "transaction_id" | "updated_at" | "authorized_amount" | "captured_amount" | "refunded_amount">
    >,
  ): void {
    const names = Object.keys(changes);
    this.sql.exec(`UPDATE session SET ${names.map((name) => `${name} = ?`).join(", ")}`, ...Object.values(changes));
  }

  attempts(): AttemptRow[] {
    return this.sql.exec("SELECT * FROM attempts ORDER BY n").toArray() as unknown as AttemptRow[];
  }

  attempt(n: number): AttemptRow | null {
    return this.first<AttemptRow>(this.sql.exec("SELECT * FROM attempts WHERE n = ?", n));
  }

  /** The attempts still pending that the provider was asked for (a provider id), oldest first. */
  pendingAttempts(): AttemptRow[] {
    return this.sql
      .exec("SELECT * FROM attempts WHERE status = 'pending' AND provider_ref != '' ORDER BY n")
      .toArray() as unknown as AttemptRow[];
  }

  /** Attempt `n` was read at the provider by the session itself at `at`. */
  markChecked(n: number, at: number): void {
    this.sql.exec("UPDATE attempts SET checked_at = ? WHERE n = ?", at, n);
  }

  lastAttempt(): AttemptRow | null {
    return this.first<AttemptRow>(this.sql.exec("SELECT * FROM attempts ORDER BY n DESC LIMIT 1"));
  }

  insertAttempt(row: AttemptRow): void {
    this.insert("attempts", row);
  }

  /** Fills in what the provider answered for attempt `n`, reserved before it was asked. */
  confirmAttempt(n: number, started: { providerRef: string; url: string; urlExpiresAt: number }, at: number): void {
    this.sql.exec(
      "UPDATE attempts SET provider_ref = ?, url = ?, url_expires_at = ?, updated_at = ? WHERE n = ?",
      started.providerRef,
      started.url,
      started.urlExpiresAt,
      at,
      n,
    );
  }

  updateAttempt(n: number, status: AttemptStatus, at: number): void {
    this.sql.exec("UPDATE attempts SET status = ?, updated_at = ? WHERE n = ?", status, at, n);
  }

  events(): EventRow[] {
    return this.sql.exec("SELECT * FROM events ORDER BY seq").toArray() as unknown as EventRow[];
  }

  event(id: string): EventRow | null {
    return this.first<EventRow>(this.sql.exec("SELECT * FROM events WHERE id = ?", id));
  }

  insertEvent(row: Omit<EventRow, "seq">): void {
    this.insert("events", row);
  }

  /** The first webhook still to deliver, in order: a later one waits for it. */
  nextPendingEvent(): EventRow | null {
    return this.first<EventRow>(this.sql.exec("SELECT * FROM events WHERE delivery = 'pending' ORDER BY seq LIMIT 1"));
  }

  updateDelivery(id: string, delivery: DeliveryState, nextAttemptAt: number | null): void {
    this.sql.exec("UPDATE events SET delivery = ?, next_attempt_at = ? WHERE id = ?", delivery, nextAttemptAt, id);
  }

  deliveries(): DeliveryRow[] {
    return this.sql.exec("SELECT * FROM deliveries ORDER BY event_id, n").toArray() as unknown as DeliveryRow[];
  }

  insertDelivery(row: DeliveryRow): void {
    this.insert("deliveries", row);
  }

  movement(key: string): MovementRow | null {
    return this.first<MovementRow>(this.sql.exec("SELECT * FROM movements WHERE key = ?", key));
  }

  insertMovement(row: MovementRow): void {
    this.insert("movements", row);
  }

  updateMovement(key: string, state: MovementState, error: string | null, at: number): void {
    this.sql.exec("UPDATE movements SET state = ?, error = ?, updated_at = ? WHERE key = ?", state, error, at, key);
  }

  /** Records what the link must learn, once: a second outcome (a paid session later voided) is not told. */
  insertLinkNotice(outcome: LinkOutcome, at: number): void {
    this.sql.exec(
      "INSERT INTO link_notice (outcome, created_at, tries, next_try_at) SELECT ?, ?, 0, ? WHERE NOT EXISTS (SELECT 1 FROM link_notice)",
      outcome,
      at,
      at,
    );
  }

  /** The notice the link has not acknowledged yet, if any. */
  pendingLinkNotice(): LinkNoticeRow | null {
    if (!this.created) return null;
    return this.first<LinkNoticeRow>(this.sql.exec("SELECT * FROM link_notice WHERE next_try_at IS NOT NULL LIMIT 1"));
  }

  linkNotice(): LinkNoticeRow | null {
    return this.created ? this.first<LinkNoticeRow>(this.sql.exec("SELECT * FROM link_notice LIMIT 1")) : null;
  }

  /** The link acknowledged the notice (`nextTryAt` null), or a send failed and is tried again at `nextTryAt`. */
  updateLinkNotice(tries: number, nextTryAt: number | null): void {
    this.sql.exec("UPDATE link_notice SET tries = ?, next_try_at = ?", tries, nextTryAt);
  }

  deliveryCount(eventId: string): number {
    return Number(this.sql.exec("SELECT count(*) AS n FROM deliveries WHERE event_id = ?", eventId).one().n);
  }

  private insert(table: string, row: object): void {
    const names = Object.keys(row);
    this.sql.exec(
      `INSERT INTO ${table} (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})`,
      ...(Object.values(row) as SqlStorageValue[]),
    );
  }

  private first<T>(cursor: SqlStorageCursor<Row>): T | null {
    const rows = cursor.toArray();
    return (rows[0] as T | undefined) ?? null;
  }
}

/** The money of a session row. */
export function moneyOf(row: SessionRow): Money {
  return { authorized: row.authorized_amount, captured: row.captured_amount, refunded: row.refunded_amount };
}
