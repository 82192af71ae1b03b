/**
 * The benchmark's floor: for each gateway case, exactly the platform calls the gateway must make on
 * it, and nothing of ours (no router, no configuration, no logs, no security headers). What the
 * gateway adds on top of this is what `npm run bench` calls "ours".
 *
 * - `GET /page?bytes=<n>`: the public limit (per client address), one RPC to a SQLite Durable
 *   Object that reads one small row, an HTML answer of `n` bytes (the bench passes the real page's).
 * - `GET /link?bytes=<n>`: the same, but the RPC also counts the open (one row updated), as a
 *   payment link's page counts each person who opens it.
 * - `GET /status`: the same limit and read, a small JSON answer with an ETag; with a matching
 *   `If-None-Match`, a bodiless 304.
 * - `GET /device`: the limit and a small JSON answer (the gateway's `/v1/device` calls no object).
 * - `POST /create`: the API key's SHA-256 (the gateway stores keys hashed), the per-merchant limit,
 *   the JSON body read, one RPC to a new SQLite Durable Object that creates its table, inserts one
 *   row and sets its alarm (the link's expiry), a JSON answer of 201. The bench sends no
 *   `Idempotency-Key`, so the gateway calls no idempotency record either.
 * - `POST /seed`: creates the one row `/page` and `/status` read (the bench calls it once).
 *
 * With `?pad=<bytes>` an answer carries a header of that many bytes more (`x-pad`): the bench makes
 * each floor answer as large as the gateway's, headers and body (the gateway's must carry its
 * security headers, CSP and request id; the bytes cost the runtime and the load generator alike).
 *
 * Every answer also writes one log line with a request id, as the gateway must (its access log
 * stands in for the platform's invocation logs, which are off): `console.log` is a platform call,
 * and under `wrangler dev` a costly one, since each line goes through the inspector to wrangler.
 */
import { DurableObject } from "cloudflare:workers";

interface Env {
  ROWS: DurableObjectNamespace<FloorRow>;
  PUBLIC_RATE_LIMIT: RateLimit;
  API_RATE_LIMIT: RateLimit;
}

interface Row {
  status: string;
  updated_at: number;
}

/** How far ahead a new row's alarm is set, as a session's expiry: an hour. */
const ALARM_IN_MS = 60 * 60 * 1000;

export class FloorRow extends DurableObject<Env> {
  seed(): void {
    const sql = this.ctx.storage.sql;
    sql.exec(
      "CREATE TABLE IF NOT EXISTS row (id INTEGER PRIMARY KEY, status TEXT NOT NULL, updated_at INTEGER NOT NULL, opened INTEGER NOT NULL DEFAULT 0)",
    );
    sql.exec("INSERT OR REPLACE INTO row (id, status, updated_at) VALUES (1, 'open', ?)", Date.now());
  }

  /** Counts one open of the row and reads it: a payment link's page. */
  open(): Row | null {
    this.ctx.storage.sql.exec("UPDATE row SET opened = opened + 1 WHERE id = 1");
    return this.read();
  }

  read(): Row | null {
    return (
      this.ctx.storage.sql.exec<Row & Record<string, SqlStorageValue>>("SELECT status, updated_at FROM row WHERE id = 1").toArray()[0] ??
      null
    );
  }

  async create(body: string): Promise<{ id: string }> {
    const sql = this.ctx.storage.sql;
    sql.exec(
      "CREATE TABLE IF NOT EXISTS row (id INTEGER PRIMARY KEY, status TEXT NOT NULL, updated_at INTEGER NOT NULL, body TEXT NOT NULL)",
    );
    sql.exec("INSERT INTO row (id, status, updated_at, body) VALUES (1, 'open', ?, ?)", Date.now(), body);
    await this.ctx.storage.setAlarm(Date.now() + ALARM_IN_MS);
    return { id: this.ctx.id.toString() };
  }

  override alarm(): void {}
}

const SEEDED = "seeded";
const tooMany = () => new Response("too many requests\n", { status: 429 });
const clientOf = (request: Request) => request.headers.get("cf-connecting-ip") ?? "none";
const rowObject = (env: Env) => env.ROWS.get(env.ROWS.idFromName(SEEDED));

/** The largest page the floor serves, in bytes: far more than any page of the gateway. */
const MAX_PAGE_BYTES = 65_536;
/** The most padding an answer takes, in bytes: far more than the gateway's headers ever add. */
const MAX_PAD_BYTES = 16_384;
const pads = new Map<number, string>();
/** A header value of `bytes` bytes (the name and separator take 7 of them), made once per size. */
function padOf(bytes: number): string {
  let pad = pads.get(bytes);
  if (pad === undefined) {
    pad = "x".repeat(Math.max(1, bytes - "x-pad: ".length));
    pads.set(bytes, pad);
  }
  return pad;
}

/** An HTML page of `bytes` bytes, made once per size. */
const pages = new Map<number, string>();
function pageOf(bytes: number): string {
  let page = pages.get(bytes);
  if (page === undefined) {
    page = `<!doctype html>${"x".repeat(Math.max(0, bytes - "<!doctype html>".length))}`;
    pages.set(bytes, page);
  }
  return page;
}

async function hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname, searchParams } = new URL(request.url);
    const response = await answer(request, env, pathname, Math.min(Number(searchParams.get("bytes")) || 0, MAX_PAGE_BYTES));
    const pad = Math.min(Number(searchParams.get("pad")) || 0, MAX_PAD_BYTES);
    if (pad > 0) response.headers.set("x-pad", padOf(pad));
    const requestId = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, "0")).join("");
    console.log(
      JSON.stringify({
        level: "info",
        msg: "answered",
        method: request.method,
        path: pathname,
        status: response.status,
        request_id: requestId,
      }),
    );
    return response;
  },
} satisfies ExportedHandler<Env>;

async function answer(request: Request, env: Env, pathname: string, pageBytes: number): Promise<Response> {
  if (request.method === "GET" && (pathname === "/page" || pathname === "/link" || pathname === "/status" || pathname === "/device")) {
    if (!(await env.PUBLIC_RATE_LIMIT.limit({ key: clientOf(request) })).success) return tooMany();
    if (pathname === "/device") return Response.json({ os: "ios", browser: "safari", page: "app" });
    const row = await (pathname === "/link" ? rowObject(env).open() : rowObject(env).read());
    if (!row) return new Response("not seeded\n", { status: 404 });
    if (pathname !== "/status") return new Response(pageOf(pageBytes), { headers: { "content-type": "text/html; charset=utf-8" } });
    const etag = `"${row.status}.${row.updated_at}"`;
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { etag } });
    return Response.json({ status: row.status, updated_at: row.updated_at }, { headers: { etag } });
  }
  if (request.method === "POST" && pathname === "/create") {
    const key = await hex((request.headers.get("authorization") ?? "").replace(/^Bearer /, ""));
    if (!(await env.API_RATE_LIMIT.limit({ key: key.slice(0, 16) })).success) return tooMany();
    const body = await request.text();
    const object = env.ROWS.get(env.ROWS.idFromName(crypto.randomUUID()));
    return Response.json(await object.create(body), { status: 201 });
  }
  if (request.method === "POST" && pathname === "/seed") {
    await rowObject(env).seed();
    return new Response("seeded\n");
  }
  return new Response("floor\n");
}
