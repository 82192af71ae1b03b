/**
 * `npm run bench`: load-tests the gateway under `wrangler dev` (workerd) against a hello-world Worker
 * in the same runtime, and checks two size budgets (the pay page's HTML, the deployable bundle).
 *
 * Run by Node 24 with type stripping (no build step). Env: BENCH_DURATION (seconds per case, default
 * 10), BENCH_CONNECTIONS (default 32). Exits non-zero when a budget is exceeded or a case saw errors.
 *
 * Client addresses: `wrangler dev` (miniflare's entry worker) sets `CF-Connecting-IP: 127.0.0.1` on
 * every request that lacks one, so all load from here would be one client to the gateway's
 * per-address limit (300 a minute on /p, /r, /sandbox, /v1/device) and end in 429s within a second.
 * Each request therefore carries its own `CF-Connecting-IP` (one /64 each) from the IPv6 documentation prefix
 * 2001:db8::/32 (a header value only: nothing is ever sent there), as many customers would, so the
 * limiter still runs on every request (as in production) but no address comes near its limit.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { BUNDLE_BUDGET_BYTES, PAY_PAGE_BUDGET_BYTES } from "../test/budgets.ts";
import { measureBundle } from "../test/node/bundle.ts";
import { startWranglerDev, type WranglerDev } from "../test/node/wrangler-dev.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const HELLO_CONFIG = path.join("bench", "hello-world", "wrangler.toml");

const DURATION = positiveInt("BENCH_DURATION", 10);
const CONNECTIONS = positiveInt("BENCH_CONNECTIONS", 32);
const WARMUP_S = 2;
const API_KEY = "sk_test_local";
/** Under the merchant API's 600 a minute, with room for the one session made before the cases. */
const CREATE_CAP = 550;
const IPHONE_SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
const SESSION_BODY = JSON.stringify({
  order: { amount: 29990, currency: "NOK", merchant_reference: "BENCH1", description: "Benchmark order" },
  url: { return_url: "http://localhost:3000/return" },
});

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, not ${JSON.stringify(raw)}`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Cleanup: everything started registers here; run once on success, failure, SIGINT or SIGTERM.

const cleanups: Array<() => Promise<void>> = [];
let cleaning: Promise<void> | null = null;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) await step().catch((error) => console.error("cleanup:", error));
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping wrangler…`);
    void cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Load cases.

interface Case {
  name: string;
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** The status every answer should have. */
  expect: number;
  /** Stop after this many requests even before the duration is up. */
  amount?: number;
}

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  total: number;
  bad: number;
  expectedShare: number;
  codes: string;
  note?: string;
}

// autocannon ships no types; the fields used are read in summarize().
type AutocannonResult = autocannon.Result;

/** 65,536 clients in turn, each its own /64 (the limiter counts an IPv6 client by its /64): at most a few requests each per minute over the whole run. */
let client = 0;
const nextClient = () => `2001:db8:${(client++ % 0x10000).toString(16)}::1`;

function load(c: Case, seconds: number): Promise<AutocannonResult> {
  return autocannon({
    url: c.url,
    method: c.method ?? "GET",
    headers: c.headers ?? {},
    body: c.body,
    requests: [
      {
        // autocannon calls this before every request it sends.
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, "cf-connecting-ip": nextClient() },
        }),
      },
    ],
    connections: CONNECTIONS,
    duration: seconds,
    ...(c.amount ? { amount: c.amount } : {}),
    timeout: 10,
  });
}

function summarize(c: Case, result: AutocannonResult): Row {
  const stats: Record<string, { count?: number }> = result.statusCodeStats ?? {};
  let total = 0;
  let bad = (result.errors ?? 0) + (result.timeouts ?? 0);
  for (const [code, { count = 0 }] of Object.entries(stats)) {
    total += count;
    const n = Number(code);
    if (n < 200 || n >= 400) bad += count;
  }
  const expected = stats[String(c.expect)]?.count ?? 0;
  const codes = Object.entries(stats)
    .map(([code, { count }]) => `${code}×${count}`)
    .concat(result.errors ? [`err×${result.errors}`] : [], result.timeouts ? [`timeout×${result.timeouts}`] : [])
    .join(" ");
  return {
    name: c.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total,
    bad,
    expectedShare: total ? expected / total : 0,
    codes,
  };
}

// ---------------------------------------------------------------------------------------------
// Sizes.

function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes).byteLength;
}

// ---------------------------------------------------------------------------------------------

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes: number) => `${fmt(bytes / 1024, 2)} KiB`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => (i === 0 || i === row.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  return [line(rows[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}

async function main(): Promise<number> {
  const [mainToml, helloToml] = await Promise.all([
    readFile(path.join(ROOT, "wrangler.toml"), "utf8"),
    readFile(path.join(ROOT, HELLO_CONFIG), "utf8"),
  ]);
  const date = (toml: string) => /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  if (date(mainToml) !== date(helloToml))
    throw new Error(`compatibility_date differs: wrangler.toml ${date(mainToml)}, ${HELLO_CONFIG} ${date(helloToml)}`);

  console.log(`bench: ${CONNECTIONS} connections, ${DURATION} s per case (+${WARMUP_S} s warm-up); starting wrangler dev ×2…`);
  // One after the other: two wranglers picking free ports at the same moment can collide.
  const gateway: WranglerDev = await startWranglerDev();
  cleanups.push(gateway.stop);
  const startHello = () => startWranglerDev({ config: HELLO_CONFIG, vars: {} });
  let hello: WranglerDev;
  try {
    hello = await startHello();
  } catch (error) {
    console.error(`hello-world did not start, trying once more: ${String(error).split("\n")[0]}`);
    hello = await startHello();
  }
  cleanups.push(hello.stop);
  console.log(`gateway ${gateway.origin}, hello-world ${hello.origin}`);

  // One session through the API.
  const auth = { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" };
  const created = await fetch(`${gateway.origin}/v1/sessions`, { method: "POST", headers: auth, body: SESSION_BODY });
  const session = (await created.json()) as { pay_url?: string };
  if (created.status !== 201 || !session.pay_url)
    throw new Error(`session creation answered ${created.status}: ${JSON.stringify(session)}`);
  const code = new URL(session.pay_url).pathname.split("/").pop()!;
  const payUrl = `${gateway.origin}/p/${code}`;

  // The pay page's size, and the status answer's ETag if it has one.
  const page = await fetch(payUrl, { headers: { "user-agent": IPHONE_SAFARI } });
  const html = new Uint8Array(await page.arrayBuffer());
  if (page.status !== 200) throw new Error(`pay page answered ${page.status}`);
  const pageGz = gzipSize(html);
  const first = await fetch(`${payUrl}/status`);
  await first.arrayBuffer();
  const etag = first.headers.get("etag");

  const cases: Case[] = [
    { name: "hello-world GET / (baseline)", url: `${hello.origin}/`, expect: 200 },
    { name: "pay page GET /p/<code> (iPhone Safari)", url: payUrl, headers: { "user-agent": IPHONE_SAFARI }, expect: 200 },
    { name: "status GET /p/<code>/status", url: `${payUrl}/status`, expect: 200 },
    ...(etag ? [{ name: "status If-None-Match (304)", url: `${payUrl}/status`, headers: { "if-none-match": etag }, expect: 304 }] : []),
    { name: "device GET /v1/device", url: `${gateway.origin}/v1/device`, headers: { "user-agent": IPHONE_SAFARI }, expect: 200 },
    // The merchant API is limited per merchant (API_RATE_LIMIT, 600 a minute, whatever the address):
    // the case stops at CREATE_CAP requests so it measures creation, not the limiter's 429s.
    {
      name: `create POST /v1/sessions (≤${CREATE_CAP} req)`,
      url: `${gateway.origin}/v1/sessions`,
      method: "POST",
      headers: auth,
      body: SESSION_BODY,
      expect: 201,
      amount: CREATE_CAP,
    },
  ];

  // Warm both runtimes up (JIT, isolates, Durable Objects); the creation case is left out, its
  // answers count against the merchant's API rate limit.
  console.log("warming up…");
  for (const c of cases) if (c.method !== "POST") await load(c, WARMUP_S);

  const rows: Row[] = [];
  for (const c of cases) {
    process.stdout.write(`  ${c.name}… `);
    const row = summarize(c, await load(c, DURATION));
    rows.push(row);
    console.log(`${fmt(row.rps)} req/s  [${row.codes}]`);
  }
  const baseline = rows[0]!.rps;

  const header = ["case", "requests/s", "p50 ms", "p99 ms", "non-2xx/3xx", "vs hello-world", "status codes"];
  const body = rows.map((r) => [
    r.name,
    fmt(r.rps),
    fmt(r.p50),
    fmt(r.p99),
    fmt(r.bad),
    `${fmt(baseline ? r.rps / baseline : 0, 2)}×`,
    r.codes,
  ]);
  if (!etag) body.splice(3, 0, ["status If-None-Match (304)", "-", "-", "-", "-", "-", "304: not available (no ETag)"]);
  console.log(`\n${table([header, ...body])}`);

  console.log("\nmeasuring the bundle (wrangler deploy --dry-run --env production)…");
  const bundle = await measureBundle();
  const pageOk = pageGz <= PAY_PAGE_BUDGET_BYTES;
  const bundleOk = bundle.gzipped <= BUNDLE_BUDGET_BYTES;
  console.log(
    `pay page HTML (iPhone Safari): ${fmt(html.byteLength)} B raw, ${fmt(pageGz)} B gzipped; budget ${fmt(PAY_PAGE_BUDGET_BYTES)} B: ${pageOk ? "OK" : "OVER"}`,
  );
  console.log(
    `bundle (${bundle.files.join(", ")}): ${kb(bundle.raw)} raw, ${kb(bundle.gzipped)} gzipped; budget ${kb(BUNDLE_BUDGET_BYTES)}: ${bundleOk ? "OK" : "OVER"}`,
  );

  const failures: string[] = [];
  for (const r of rows) if (r.bad > 0) failures.push(`${r.name}: ${r.bad} error answers (${r.codes})`);
  for (const r of rows)
    if (r.total > 0 && r.bad === 0 && r.expectedShare < 1)
      console.log(`note: ${r.name}: only ${fmt(r.expectedShare * 100, 1)}% had the expected status (${r.codes})`);
  if (!pageOk) failures.push("pay page over its 2 KB gzipped budget");
  if (!bundleOk) failures.push("bundle over its 100 KB gzipped budget");
  if (failures.length) {
    console.error(`\nFAILED:\n  ${failures.join("\n  ")}`);
    return 1;
  }
  console.log("\nall cases error-free, budgets OK");
  return 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error);
} finally {
  await cleanup();
}
process.exit(exitCode);
