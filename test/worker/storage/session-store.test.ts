/** The session's SQL store moves a session stored at an older schema version on to the current one, and loses nothing. */
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { SCHEMA_VERSION, SessionStore } from "../../../src/storage/session-store";

/** The tables as version 1 wrote them (`route_mode`, `route`; no money, no device, no `schema_version`). */
const VERSION_1_TABLES = [
  `CREATE TABLE session (
    id TEXT PRIMARY KEY, code TEXT NOT NULL, merchant_id TEXT NOT NULL, mode TEXT NOT NULL,
    status TEXT NOT NULL, provider TEXT NOT NULL, payment_method TEXT NOT NULL, route_mode TEXT NOT NULL,
    amount INTEGER NOT NULL, currency TEXT NOT NULL, merchant_reference TEXT NOT NULL, description TEXT,
    return_url TEXT, callback_url TEXT, customer TEXT NOT NULL, metadata TEXT NOT NULL,
    pay_url TEXT NOT NULL, transaction_id TEXT,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER NOT NULL)`,
  `CREATE TABLE attempts (
    n INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, route TEXT NOT NULL, provider_ref TEXT NOT NULL,
    url TEXT NOT NULL, url_expires_at INTEGER NOT NULL, status TEXT NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)`,
  `CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
    created_at INTEGER NOT NULL, detail TEXT NOT NULL, payload TEXT, delivery TEXT, next_attempt_at INTEGER)`,
  `CREATE TABLE deliveries (
    event_id TEXT NOT NULL, n INTEGER NOT NULL, at INTEGER NOT NULL, status INTEGER, error TEXT,
    PRIMARY KEY (event_id, n))`,
];

/** Version 2 renamed the two columns; otherwise the same. */
const VERSION_2_TABLES = VERSION_1_TABLES.map((sql) =>
  sql.replace("route_mode TEXT", "handoff_policy TEXT").replace("route TEXT NOT NULL, provider_ref", "handoff TEXT NOT NULL, provider_ref"),
);

const rows = (status: string, attemptStatus: string) => [
  `INSERT INTO session VALUES ('ps_7Hq2xZk9PwR4mB', '7Hq2xZk9PwR4mB', 'mer_local', 'test', '${status}', 'sandbox', 'vipps',
    'app', 29990, 'NOK', 'ORDER123', NULL, NULL, NULL, '{}', '{}', 'http://localhost:8787/p/7Hq2xZk9PwR4mB', NULL,
    1795000000000, 1795000000000, 1795086400000)`,
  `INSERT INTO attempts VALUES (1, '7Hq2xZk9PwR4mB-1', 'app', 'sbx_1', 'http://localhost:8787/sandbox/app/sbx_1',
    1795000300000, '${attemptStatus}', 1795000000000, 1795000000000)`,
  `INSERT INTO events (id, type, created_at, detail) VALUES
    ('evt_1', 'attempt.started', 1795000000000, '{"attempt":1,"route":"app","device":"ios/instagram"}')`,
];

function storeOf(state: DurableObjectState): SessionStore {
  return new SessionStore(state.storage.sql, (work) => state.storage.transactionSync(work));
}

const versionOf = (state: DurableObjectState) => Number(state.storage.sql.exec("SELECT version FROM schema_version").one().version);

it("moves version 1 on to the current version: columns renamed, money and device added, every row kept, once", async () => {
  const stub = env.SESSIONS.get(env.SESSIONS.idFromName("migration-v1"));
  await runInDurableObject(stub, (_, state) => {
    for (const statement of [...VERSION_1_TABLES, ...rows("open", "pending")]) state.storage.sql.exec(statement);
    const store = storeOf(state);
    expect(versionOf(state)).toBe(SCHEMA_VERSION);
    expect(store.session()).toMatchObject({ id: "ps_7Hq2xZk9PwR4mB", status: "open", handoff_policy: "app", amount: 29990 });
    expect(store.session()).toMatchObject({ capture_mode: "manual", authorized_amount: 0, captured_amount: 0, refunded_amount: 0 });
    expect(store.session()).not.toHaveProperty("route_mode");
    // Version 5: no language chosen by the merchant for a session made before there was a choice.
    expect(store.session()).toMatchObject({ locale: null });
    // Version 6: no payment link started a session made before there were links, and it owes no notice.
    expect(store.session()).toMatchObject({ link_id: null });
    expect(store.linkNotice()).toBeNull();
    expect(store.attempts()).toMatchObject([{ n: 1, handoff: "app", device: "ios/instagram", status: "pending", provider_ref: "sbx_1" }]);
    expect(store.movement("any")).toBeNull();
    // Opened again (the object woke up), a current store is left as it is.
    expect(storeOf(state).attempts()).toMatchObject([{ n: 1, handoff: "app", device: "ios/instagram" }]);
    expect(versionOf(state)).toBe(SCHEMA_VERSION);
  });
});

it("moves version 2 on: a session paid before money existed was only authorized, and is so now", async () => {
  const stub = env.SESSIONS.get(env.SESSIONS.idFromName("migration-v2"));
  await runInDurableObject(stub, (_, state) => {
    for (const statement of [...VERSION_2_TABLES, ...rows("paid", "authorized")]) state.storage.sql.exec(statement);
    const store = storeOf(state);
    expect(versionOf(state)).toBe(SCHEMA_VERSION);
    expect(store.session()).toMatchObject({ status: "authorized", capture_mode: "manual", authorized_amount: 29990, captured_amount: 0 });
    expect(store.attempts()).toMatchObject([{ n: 1, handoff: "app", device: "ios/instagram", status: "authorized" }]);
  });
});

/** The session table as version 5 wrote it: money, device and locale, no `link_id`. */
const VERSION_5_SESSION = `CREATE TABLE session (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, merchant_id TEXT NOT NULL, mode TEXT NOT NULL,
  status TEXT NOT NULL, provider TEXT NOT NULL, payment_method TEXT NOT NULL, handoff_policy TEXT NOT NULL,
  capture_mode TEXT NOT NULL, authorized_amount INTEGER NOT NULL, captured_amount INTEGER NOT NULL,
  refunded_amount INTEGER NOT NULL, amount INTEGER NOT NULL, currency TEXT NOT NULL, merchant_reference TEXT NOT NULL, description TEXT, locale TEXT,
  return_url TEXT, callback_url TEXT, customer TEXT NOT NULL, metadata TEXT NOT NULL,
  pay_url TEXT NOT NULL, transaction_id TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER NOT NULL)`;

it("moves version 5 on to 6: the session keeps every value, has no link, and can record one link notice", async () => {
  const stub = env.SESSIONS.get(env.SESSIONS.idFromName("migration-v5"));
  await runInDurableObject(stub, (_, state) => {
    const { sql } = state.storage;
    sql.exec(VERSION_5_SESSION);
    sql.exec("CREATE TABLE schema_version (version INTEGER NOT NULL)");
    sql.exec("INSERT INTO schema_version VALUES (5)");
    sql.exec(`INSERT INTO session VALUES ('ps_7Hq2xZk9PwR4mB', '7Hq2xZk9PwR4mB', 'mer_local', 'test', 'open', 'sandbox', 'vipps',
      'auto', 'manual', 0, 0, 0, 29990, 'NOK', 'ORDER123', NULL, 'fi', NULL, NULL, '{}', '{}', 'http://localhost:8787/p/7Hq2xZk9PwR4mB', NULL,
      1795000000000, 1795000000000, 1795086400000)`);
    const store = storeOf(state);
    expect(versionOf(state)).toBe(6);
    expect(store.session()).toMatchObject({ id: "ps_7Hq2xZk9PwR4mB", locale: "fi", amount: 29990, link_id: null });
    expect(store.linkNotice()).toBeNull();
    store.insertLinkNotice("paid", 1795000000000);
    store.insertLinkNotice("ended", 1795000000001);
    expect(store.linkNotice()).toEqual({ outcome: "paid", created_at: 1795000000000, tries: 0, next_try_at: 1795000000000 });
    store.updateLinkNotice(1, null);
    expect(store.pendingLinkNotice()).toBeNull();
  });
});
