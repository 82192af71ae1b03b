/**
 * The link store's migrations: a link stored at an older schema version is moved on when its object
 * opens its store, keeping every value.
 */
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import { INDEX_SCHEMA_VERSION, LINK_SCHEMA_VERSION, LinkIndexStore, LinkStore } from "../../../src/storage/link-store";

/** The tables as version 1 wrote them (before `sessions.tap` and `sessions.pay_code`). */
const VERSION_1 = [
  `CREATE TABLE link (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, merchant_id TEXT NOT NULL, mode TEXT NOT NULL, active INTEGER NOT NULL,
  amount INTEGER, min_amount INTEGER, max_amount INTEGER, currency TEXT NOT NULL, description TEXT,
  reference_prefix TEXT NOT NULL, max_payments INTEGER, expires_at INTEGER, return_url TEXT, callback_url TEXT,
  locale TEXT, capture TEXT, metadata TEXT NOT NULL, opened INTEGER NOT NULL, sessions_started INTEGER NOT NULL,
  paid INTEGER NOT NULL, amount_paid INTEGER NOT NULL, sequence INTEGER NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)`,
  `CREATE TABLE sessions (
  session_id TEXT PRIMARY KEY, n INTEGER NOT NULL, amount INTEGER NOT NULL, state TEXT NOT NULL,
  started_at INTEGER NOT NULL, settled_at INTEGER)`,
  "CREATE TABLE schema_version (version INTEGER NOT NULL)",
  "INSERT INTO schema_version VALUES (1)",
  `INSERT INTO link VALUES ('pl_9sKq2Wd4TmXv7Bn3Rc8Hj5', '4RtY7uKp2Wq9Zx', 'mer_local', 'test', 1, 5000, NULL, NULL, 'NOK', 'Coffee',
  'CAFE', 3, NULL, NULL, NULL, NULL, NULL, '{}', 12, 1, 0, 0, 1, 1795000000000, 1795000000000)`,
  "INSERT INTO sessions VALUES ('ps_5fXqJ8cLr2WmZ9tB3kVhN4', 1, 5000, 'open', 1795000000000, NULL)",
];

it("moves version 1 on to 2: the link and its session keep every value, and a new session keeps its page's tap", async () => {
  const stub = env.LINKS.get(env.LINKS.idFromName("migration-link-v1"));
  await runInDurableObject(stub, (_, state) => {
    const { sql } = state.storage;
    for (const statement of VERSION_1) sql.exec(statement);
    const store = new LinkStore(sql, (work) => state.storage.transactionSync(work));
    expect(Number(sql.exec("SELECT version FROM schema_version").one().version)).toBe(LINK_SCHEMA_VERSION);
    expect(LINK_SCHEMA_VERSION).toBe(2);
    expect(store.link()).toMatchObject({ id: "pl_9sKq2Wd4TmXv7Bn3Rc8Hj5", opened: 12, sessions_started: 1, sequence: 1 });
    expect(store.session("ps_5fXqJ8cLr2WmZ9tB3kVhN4")).toMatchObject({ n: 1, state: "open", tap: null, pay_code: null });
    store.insertSession({
      session_id: "ps_8hYtK3mQr5WnZ2tB4kVhP7",
      n: 2,
      amount: 5000,
      state: "open",
      started_at: 1795000001000,
      settled_at: null,
      tap: "7Gk2Rt9QwX4pLm8N",
      pay_code: "9xKq3Tz7Pw2mBv",
    });
    expect(store.sessionOfTap("7Gk2Rt9QwX4pLm8N")).toMatchObject({ session_id: "ps_8hYtK3mQr5WnZ2tB4kVhP7", pay_code: "9xKq3Tz7Pw2mBv" });
    // One tap starts one session: the index holds it.
    expect(() =>
      store.insertSession({
        session_id: "ps_2aBcD3eFg4HiJ5kLm6NoP7",
        n: 3,
        amount: 5000,
        state: "open",
        started_at: 1795000002000,
        settled_at: null,
        tap: "7Gk2Rt9QwX4pLm8N",
        pay_code: "3xKq3Tz7Pw2mBv",
      }),
    ).toThrow(/UNIQUE/);
  });
});

it("opens a merchant's index at its own version, never running a link's migrations on it", async () => {
  const stub = env.LINK_INDEX.get(env.LINK_INDEX.idFromName("migration-index-v1"));
  await runInDurableObject(stub, (_, state) => {
    const { sql } = state.storage;
    // The object made its tables when it started: the test puts version 1's in their place.
    sql.exec("DROP TABLE IF EXISTS links");
    sql.exec("DROP TABLE IF EXISTS schema_version");
    sql.exec("CREATE TABLE links (seq INTEGER PRIMARY KEY AUTOINCREMENT, link_id TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL)");
    sql.exec("CREATE TABLE schema_version (version INTEGER NOT NULL)");
    sql.exec("INSERT INTO schema_version VALUES (1)");
    sql.exec("INSERT INTO links (link_id, created_at) VALUES ('pl_9sKq2Wd4TmXv7Bn3Rc8Hj5', 1795000000000)");
    const index = new LinkIndexStore(sql, (work) => state.storage.transactionSync(work));
    expect(Number(sql.exec("SELECT version FROM schema_version").one().version)).toBe(INDEX_SCHEMA_VERSION);
    expect(index.page(null, 10)).toEqual(["pl_9sKq2Wd4TmXv7Bn3Rc8Hj5"]);
  });
});
