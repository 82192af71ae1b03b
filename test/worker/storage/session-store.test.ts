/** The session's SQL store moves a session stored at schema version 1 on to version 2, and loses nothing. */
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { SessionStore } from "../../../src/storage/session-store";

/** The tables as version 1 created them (`route_mode`, `route`), with one session and one attempt. */
const VERSION_1 = [
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
  `INSERT INTO session VALUES ('ps_7Hq2xZk9PwR4mB', '7Hq2xZk9PwR4mB', 'mer_local', 'test', 'open', 'sandbox', 'vipps',
    'app', 29990, 'NOK', 'ORDER123', NULL, NULL, NULL, '{}', '{}', 'http://localhost:8787/p/7Hq2xZk9PwR4mB', NULL,
    1795000000000, 1795000000000, 1795086400000)`,
  `INSERT INTO attempts VALUES (1, '7Hq2xZk9PwR4mB-1', 'app', 'sbx_1', 'http://localhost:8787/sandbox/app/sbx_1',
    1795000300000, 'pending', 1795000000000, 1795000000000)`,
];

it("renames version 1's route_mode and route, keeping every row, once", async () => {
  const stub = env.SESSIONS.get(env.SESSIONS.idFromName("migration-v1"));
  await runInDurableObject(stub, (_, state) => {
    for (const statement of VERSION_1) state.storage.sql.exec(statement);
    const store = new SessionStore(state.storage.sql);
    expect(store.session()).toMatchObject({ id: "ps_7Hq2xZk9PwR4mB", handoff_policy: "app", amount: 29990 });
    expect(store.session()).not.toHaveProperty("route_mode");
    expect(store.attempts()).toMatchObject([{ n: 1, handoff: "app", status: "pending", provider_ref: "sbx_1" }]);
    // Opened again (the object woke up), a version 2 store is left as it is.
    expect(new SessionStore(state.storage.sql).attempts()).toMatchObject([{ n: 1, handoff: "app" }]);
  });
});
