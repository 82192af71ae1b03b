/**
 * SQL storage of payment links: one link inside its Durable Object (`LinkStore`), and a merchant's
 * list of its links inside the merchant's index object (`LinkIndexStore`). All SQL of links lives
 * here; callers get typed rows.
 *
 * ## Link schema, version 2 (2 added `sessions.tap` and `sessions.pay_code`)
 *
 * The version is kept in `schema_version` (one row); a link stored at an older version is moved
 * on, step by step, when its object opens its store (`LINK_MIGRATIONS`).
 *
 * `link`: exactly one row: the terms, and the counts, written with the rows of `sessions` that
 * make them.
 *   | column           | type     | example                                          |
 *   |------------------|----------|--------------------------------------------------|
 *   | id               | TEXT PK  | pl_9sKq2Wd4TmXv7Bn3Rc8Hj5 (the DO's name)         |
 *   | code             | TEXT     | 4RtY7uKp2Wq9Zx (the link code; `domain/ids.ts`)   |
 *   | merchant_id      | TEXT     | mer_local                                        |
 *   | mode             | TEXT     | test / live (from the API key that created it)   |
 *   | active           | INTEGER  | 1 (0: deactivated)                               |
 *   | amount           | INTEGER? | 5000 (fixed, minor units; null: the payer types) |
 *   | min_amount       | INTEGER? | 1000 (with amount null; null: no bound of ours)  |
 *   | max_amount       | INTEGER? | 100000                                           |
 *   | currency         | TEXT     | NOK                                              |
 *   | description      | TEXT?    | Coffee                                           |
 *   | reference_prefix | TEXT     | CAFE (sessions get CAFE-1, CAFE-2, …)            |
 *   | max_payments     | INTEGER? | 100 (null: no limit)                             |
 *   | expires_at       | INTEGER? | 1795086400000 (null: never)                      |
 *   | return_url       | TEXT?    | https://shop.example/thanks                      |
 *   | callback_url     | TEXT?    | https://shop.example/webhooks/paylink            |
 *   | locale           | TEXT?    | nb (null: the person's own)                      |
 *   | capture          | TEXT?    | automatic / manual (null: the merchant's)        |
 *   | metadata         | TEXT     | {"poster":"hall-b"} (JSON)                       |
 *   | opened           | INTEGER  | 412 (pages shown to people, not to bots)         |
 *   | sessions_started | INTEGER  | 37 (rows of `sessions`)                          |
 *   | paid             | INTEGER  | 31 (rows of `sessions` in state paid)            |
 *   | amount_paid      | INTEGER  | 155000 (their amounts, minor units)              |
 *   | sequence         | INTEGER  | 37 (the last reference number given out)         |
 *   | created_at       | INTEGER  | 1795000000000 (ms since the epoch, as all times) |
 *   | updated_at       | INTEGER  | 1795000000000                                    |
 *
 * `sessions`: one row per session the link started, so each session counts once however often
 * its notice comes (`session/link-notice.ts`).
 *   | column     | type    | example                                    |
 *   |------------|---------|--------------------------------------------|
 *   | session_id | TEXT PK | ps_5fXqJ8cLr2WmZ9tB3kVhN4                  |
 *   | n          | INTEGER | 7 (its reference is CAFE-7)                |
 *   | amount     | INTEGER | 5000 (minor units)                         |
 *   | state      | TEXT    | open / paid / ended (ended: without paying) |
 *   | started_at | INTEGER | 1795000000000                              |
 *   | settled_at | INTEGER?| 1795000060000 (when it became paid or ended) |
 *   | tap        | TEXT?   | 7Gk2Rt9QwX4pLm8N (the page that started it; unique) |
 *   | pay_code   | TEXT    | 9xKq3Tz7Pw2mBv (its pay code: a form sent again goes on with it) |
 *
 * ## Index schema, version 1 (`INDEX_SCHEMA_VERSION`; one object per merchant, named by its id)
 *
 * `links`: seq (INTEGER PK AUTOINCREMENT, the order of creation), link_id (TEXT UNIQUE,
 * `pl_9sKq2Wd4TmXv7Bn3Rc8Hj5`), created_at (INTEGER, 1795000000000). Only ids: each page of
 * `GET /v1/links` reads its links fresh from their own objects.
 */

import type { Locale } from "../i18n/locales";
import type { CAPTURE_MODES } from "../schemas/names";

/** The schema version this code writes and reads of a link. */
export const LINK_SCHEMA_VERSION = 2;
/** The schema version this code writes and reads of a merchant's index of links. */
export const INDEX_SCHEMA_VERSION = 1;

const LINK_SCHEMA = `
CREATE TABLE IF NOT EXISTS link (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, merchant_id TEXT NOT NULL, mode TEXT NOT NULL, active INTEGER NOT NULL,
  amount INTEGER, min_amount INTEGER, max_amount INTEGER, currency TEXT NOT NULL, description TEXT,
  reference_prefix TEXT NOT NULL, max_payments INTEGER, expires_at INTEGER, return_url TEXT, callback_url TEXT,
  locale TEXT, capture TEXT, metadata TEXT NOT NULL, opened INTEGER NOT NULL, sessions_started INTEGER NOT NULL,
  paid INTEGER NOT NULL, amount_paid INTEGER NOT NULL, sequence INTEGER NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  session_id TEXT PRIMARY KEY, n INTEGER NOT NULL, amount INTEGER NOT NULL, state TEXT NOT NULL,
  started_at INTEGER NOT NULL, settled_at INTEGER, tap TEXT, pay_code TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS sessions_by_tap ON sessions (tap);
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
`;

const INDEX_SCHEMA = `
CREATE TABLE IF NOT EXISTS links (seq INTEGER PRIMARY KEY AUTOINCREMENT, link_id TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
`;

export interface LinkTerms {
  amount: number | null;
  min_amount: number | null;
  max_amount: number | null;
  currency: string;
  description: string | null;
  reference_prefix: string;
  max_payments: number | null;
  expires_at: number | null;
  return_url: string | null;
  callback_url: string | null;
  locale: Locale | null;
  capture: (typeof CAPTURE_MODES)[number] | null;
  /** JSON. */
  metadata: string;
}

export interface LinkCounts {
  opened: number;
  sessions_started: number;
  paid: number;
  amount_paid: number;
}

export interface LinkRow extends LinkTerms, LinkCounts {
  id: string;
  code: string;
  merchant_id: string;
  mode: "test" | "live";
  /** 1, or 0 once deactivated. */
  active: number;
  sequence: number;
  created_at: number;
  updated_at: number;
}

/** How a session the link started ended, as far as the link counts it. */
export type LinkSessionState = "open" | "paid" | "ended";

export interface LinkSessionRow {
  session_id: string;
  n: number;
  amount: number;
  state: LinkSessionState;
  started_at: number;
  settled_at: number | null;
  /** The tap of the page whose form started it (null: a form without one). */
  tap: string | null;
  /** Its pay code, to send a form sent again to the same session (null: stored before version 2, with no tap). */
  pay_code: string | null;
}

/** The steps from each older version to the next, as SQL, run in one transaction each. */
const LINK_MIGRATIONS: Record<number, string[]> = {
  // 1 → 2: a session remembers the page's tap that started it, and its pay code to go on with.
  1: [
    "ALTER TABLE sessions ADD COLUMN tap TEXT",
    "ALTER TABLE sessions ADD COLUMN pay_code TEXT",
    "CREATE UNIQUE INDEX IF NOT EXISTS sessions_by_tap ON sessions (tap)",
  ],
};

/** The index's steps, as the link's; none while it has one version. */
const INDEX_MIGRATIONS: Record<number, string[]> = {};

type Row = Record<string, SqlStorageValue>;

function first<T>(cursor: SqlStorageCursor<Row>): T | null {
  return (cursor.toArray()[0] as T | undefined) ?? null;
}

function insert(sql: SqlStorage, table: string, row: object): void {
  const names = Object.keys(row);
  sql.exec(
    `INSERT INTO ${table} (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})`,
    ...(Object.values(row) as SqlStorageValue[]),
  );
}

/** How a store's tables move on: to `version`, by the steps of `migrations`. */
interface Schema {
  version: number;
  migrations: Record<number, string[]>;
}

/** Whether `table` exists; if so, its data is moved on to `schema.version`, one step (one transaction) at a time. */
function openStored(sql: SqlStorage, table: string, schema: Schema, transaction: <T>(work: () => T) => T): boolean {
  const exists = sql.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", table).toArray().length > 0;
  if (!exists) return false;
  const from = Number(sql.exec("SELECT version FROM schema_version").one().version);
  for (let version = from; version < schema.version; version++) {
    transaction(() => {
      for (const statement of schema.migrations[version] ?? []) sql.exec(statement);
      sql.exec("DELETE FROM schema_version");
      sql.exec("INSERT INTO schema_version (version) VALUES (?)", version + 1);
    });
  }
  return true;
}

export class LinkStore {
  /** Whether the tables exist: an object only asked about an unknown id never gets them. */
  private created: boolean;

  constructor(
    private readonly sql: SqlStorage,
    transaction: <T>(work: () => T) => T,
  ) {
    this.created = openStored(sql, "link", { version: LINK_SCHEMA_VERSION, migrations: LINK_MIGRATIONS }, transaction);
  }

  link(): LinkRow | null {
    return this.created ? first<LinkRow>(this.sql.exec("SELECT * FROM link LIMIT 1")) : null;
  }

  insertLink(row: LinkRow): void {
    this.sql.exec(LINK_SCHEMA);
    this.sql.exec("INSERT INTO schema_version (version) VALUES (?)", LINK_SCHEMA_VERSION);
    this.created = true;
    insert(this.sql, "link", row);
  }

  /** A person opened the link's page. */
  countOpened(): void {
    this.sql.exec("UPDATE link SET opened = opened + 1");
  }

  setActive(active: boolean, at: number): void {
    this.sql.exec("UPDATE link SET active = ?, updated_at = ? WHERE active != ?", active ? 1 : 0, at, active ? 1 : 0);
  }

  /** The next reference number, given out now (never again, even when its session is not created). */
  nextSequence(): number {
    return Number(this.sql.exec("UPDATE link SET sequence = sequence + 1 RETURNING sequence").one().sequence);
  }

  session(sessionId: string): LinkSessionRow | null {
    return first<LinkSessionRow>(this.sql.exec("SELECT * FROM sessions WHERE session_id = ?", sessionId));
  }

  /** The session a page's tap started, if it did. */
  sessionOfTap(tap: string): LinkSessionRow | null {
    return first<LinkSessionRow>(this.sql.exec("SELECT * FROM sessions WHERE tap = ?", tap));
  }

  /** The page's tap no longer leads to the session it started (the payer sent its form again with another amount). */
  releaseTap(tap: string): void {
    this.sql.exec("UPDATE sessions SET tap = NULL WHERE tap = ?", tap);
  }

  /** A session the link started, counted. */
  insertSession(row: LinkSessionRow): void {
    insert(this.sql, "sessions", row);
    this.sql.exec("UPDATE link SET sessions_started = sessions_started + 1");
  }

  /** An open session became paid or ended; a paid one is counted with its amount. */
  settleSession(sessionId: string, state: "paid" | "ended", at: number): void {
    const row = this.session(sessionId);
    if (!row) return;
    this.sql.exec("UPDATE sessions SET state = ?, settled_at = ? WHERE session_id = ?", state, at, sessionId);
    if (state === "paid") this.sql.exec("UPDATE link SET paid = paid + 1, amount_paid = amount_paid + ?", row.amount);
  }
}

export class LinkIndexStore {
  constructor(
    private readonly sql: SqlStorage,
    transaction: <T>(work: () => T) => T,
  ) {
    if (!openStored(sql, "links", { version: INDEX_SCHEMA_VERSION, migrations: INDEX_MIGRATIONS }, transaction)) {
      transaction(() => {
        sql.exec(INDEX_SCHEMA);
        sql.exec("INSERT INTO schema_version (version) VALUES (?)", INDEX_SCHEMA_VERSION);
      });
    }
  }

  /** Lists a link (again: once). */
  add(linkId: string, createdAt: number): void {
    this.sql.exec("INSERT OR IGNORE INTO links (link_id, created_at) VALUES (?, ?)", linkId, createdAt);
  }

  /** Up to `limit` link ids, newest first, after `startingAfter` (null: from the newest). */
  page(startingAfter: string | null, limit: number): string[] {
    const rows =
      startingAfter === null
        ? this.sql.exec("SELECT link_id FROM links ORDER BY seq DESC LIMIT ?", limit)
        : this.sql.exec(
            "SELECT link_id FROM links WHERE seq < (SELECT seq FROM links WHERE link_id = ?) ORDER BY seq DESC LIMIT ?",
            startingAfter,
            limit,
          );
    return rows.toArray().map((row) => String(row.link_id));
  }
}
