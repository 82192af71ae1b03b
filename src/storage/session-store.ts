/**
 * SQL storage of one payment session, inside its Durable Object (SQLite). All SQL of the session
 * lives here; callers get typed rows.
 *
 * ## Schema, version 2
 *
 * Version 2 renamed two columns of version 1 (`session.route_mode` is `handoff_policy`,
 * `attempts.route` is `handoff`); a session stored at version 1 is moved on when its object
 * opens its store (`migrate`). Event details written before then still say `route`.
 *
 * `session`: exactly one row.
 *   | column             | type    | example                                        |
 *   |--------------------|---------|------------------------------------------------|
 *   | id                 | TEXT PK | ps_7Hq2xZk9PwR4mB                              |
 *   | code               | TEXT    | 7Hq2xZk9PwR4mB (the pay code; the DO's name)   |
 *   | merchant_id        | TEXT    | mer_local                                      |
 *   | mode               | TEXT    | test / live (from the API key that created it) |
 *   | status             | TEXT    | open / paid / cancelled / expired              |
 *   | provider           | TEXT    | sandbox / dintero / vipps                      |
 *   | payment_method     | TEXT    | vipps / mobilepay                              |
 *   | handoff_policy     | TEXT    | auto / hosted / app (forced by the merchant)   |
 *   | amount             | INTEGER | 29990 (minor units)                            |
 *   | currency           | TEXT    | NOK                                            |
 *   | merchant_reference | TEXT    | ORDER123                                       |
 *   | description        | TEXT?   | Two tickets                                    |
 *   | return_url         | TEXT?   | https://shop.example/return                    |
 *   | callback_url       | TEXT?   | https://shop.example/webhooks/paylink          |
 *   | customer           | TEXT    | {"phone_number":"+4799999999"} (JSON)          |
 *   | metadata           | TEXT    | {"cart":"c-19"} (JSON)                         |
 *   | pay_url            | TEXT    | https://pay.example/p/7Hq2xZk9PwR4mB           |
 *   | transaction_id     | TEXT?   | set once paid                                  |
 *   | created_at         | INTEGER | 1795000000000 (ms since the epoch, as all times) |
 *   | updated_at         | INTEGER | 1795000000000                                  |
 *   | expires_at         | INTEGER | 1795086400000                                  |
 *
 * `attempts`: one row per payment attempt at the provider.
 *   n (INTEGER PK, 1, 2, …), reference (TEXT UNIQUE, `7Hq2xZk9PwR4mB-1`), handoff (hosted / app),
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
 * `deliveries`: every webhook delivery try.
 *   event_id (TEXT), n (INTEGER, 1, 2, …), at (INTEGER), status (INTEGER?, the merchant's HTTP
 *   status; null when no answer came), error (TEXT?, `timeout`); primary key (event_id, n).
 *
 * No table for the pay page's live sockets: the runtime keeps them across hibernation
 * (`ctx.getWebSockets()`, see `live-sockets.ts`).
 */

import type { ProviderName } from "../config/merchants";
import type { AttemptStatus, EventType } from "../domain/session-machine";
import type { Handoff, HandoffPolicy, PaymentMethod, SessionStatus } from "../schemas/session";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS session (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, merchant_id TEXT NOT NULL, mode TEXT NOT NULL,
  status TEXT NOT NULL, provider TEXT NOT NULL, payment_method TEXT NOT NULL, handoff_policy TEXT NOT NULL,
  amount INTEGER NOT NULL, currency TEXT NOT NULL, merchant_reference TEXT NOT NULL, description TEXT,
  return_url TEXT, callback_url TEXT, customer TEXT NOT NULL, metadata TEXT NOT NULL,
  pay_url TEXT NOT NULL, transaction_id TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS attempts (
  n INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, handoff TEXT NOT NULL, provider_ref TEXT NOT NULL,
  url TEXT NOT NULL, url_expires_at INTEGER NOT NULL, status TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
  created_at INTEGER NOT NULL, detail TEXT NOT NULL, payload TEXT, delivery TEXT, next_attempt_at INTEGER
);
CREATE TABLE IF NOT EXISTS deliveries (
  event_id TEXT NOT NULL, n INTEGER NOT NULL, at INTEGER NOT NULL, status INTEGER, error TEXT,
  PRIMARY KEY (event_id, n)
);
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
  amount: number;
  currency: string;
  merchant_reference: string;
  description: string | null;
  return_url: string | null;
  callback_url: string | null;
  customer: string;
  metadata: string;
  pay_url: string;
  transaction_id: string | null;
  created_at: number;
  updated_at: number;
  expires_at: number;
}

export interface AttemptRow {
  n: number;
  reference: string;
  handoff: Handoff;
  provider_ref: string;
  url: string;
  url_expires_at: number;
  status: AttemptStatus;
  created_at: number;
  updated_at: number;
}

export type DeliveryState = "pending" | "delivered" | "failed";

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

/** A `session` table created at version 1, by its column `route_mode`. */
const VERSION_1_SESSION = /\broute_mode\b/;

export class SessionStore {
  /** Whether the tables exist: a Durable Object only asked about an unknown code never gets them. */
  private created: boolean;

  constructor(private readonly sql: SqlStorage) {
    const table = sql.exec<{ sql: string }>("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'session'").toArray()[0];
    this.created = table !== undefined;
    if (table && VERSION_1_SESSION.test(table.sql)) this.migrate();
  }

  /** Moves a session stored at version 1 on to version 2: two columns renamed, nothing else. */
  private migrate(): void {
    this.sql.exec("ALTER TABLE session RENAME COLUMN route_mode TO handoff_policy");
    this.sql.exec("ALTER TABLE attempts RENAME COLUMN route TO handoff");
  }

  session(): SessionRow | null {
    return this.created ? this.first<SessionRow>(this.sql.exec("SELECT * FROM session LIMIT 1")) : null;
  }

  insertSession(row: SessionRow): void {
    this.sql.exec(SCHEMA);
    this.created = true;
    this.insert("session", row);
  }

  updateSession(changes: Partial<Pick<SessionRow, "status" | "transaction_id" | "updated_at">>): void {
    const names = Object.keys(changes);
    this.sql.exec(`UPDATE session SET ${names.map((name) => `${name} = ?`).join(", ")}`, ...Object.values(changes));
  }

  attempts(): AttemptRow[] {
    return this.sql.exec("SELECT * FROM attempts ORDER BY n").toArray() as unknown as AttemptRow[];
  }

  attempt(n: number): AttemptRow | null {
    return this.first<AttemptRow>(this.sql.exec("SELECT * FROM attempts WHERE n = ?", n));
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
