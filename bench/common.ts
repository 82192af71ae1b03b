/**
 * What the tap and storm benches share (`bench/tap.ts`, `bench/storm.ts`): numbers from the
 * environment, percentiles, a plain table, and a cleanup that runs once on success, failure,
 * SIGINT or SIGTERM.
 */

export const API_KEY = "sk_test_local";

export function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, not ${JSON.stringify(raw)}`);
  return value;
}

/** The nearest-rank percentile `p` (0–100) of `values`; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const fmt = (n: number, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : "-";

/** A Markdown table; the first and last columns left-aligned, the others right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => (i === 0 || i === row.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  return [line(rows[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const cleanups: Array<() => Promise<void>> = [];
let cleaning: Promise<void> | null = null;

/** Registers a step for `cleanup()`; steps run in reverse order. */
export function onCleanup(step: () => Promise<void>): void {
  cleanups.push(step);
}

export function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) await step().catch((error) => console.error("cleanup:", error));
  })();
  return cleaning;
}

/** Runs `main`, cleans up, and exits with its code (1 on a throw). */
export async function runBench(main: () => Promise<number>): Promise<never> {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping…`);
      void cleanup().finally(() => process.exit(130));
    });
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
}

/** Creates a session through the merchant API; answers its pay URL and code. */
export async function createLink(origin: string, reference: string): Promise<{ payUrl: string; code: string }> {
  const response = await fetch(`${origin}/v1/sessions`, {
    method: "POST",
    headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
    body: JSON.stringify({
      order: { amount: 29990, currency: "NOK", merchant_reference: reference, description: "Benchmark order" },
      url: { return_url: "http://localhost:3000/return" },
    }),
  });
  const session = (await response.json()) as { pay_url?: string };
  if (response.status !== 201 || !session.pay_url)
    throw new Error(`session creation answered ${response.status}: ${JSON.stringify(session)}`);
  const code = new URL(session.pay_url).pathname.split("/").pop()!;
  return { payUrl: `${origin}/p/${code}`, code };
}
