/**
 * `npm run bench:startup` (also the last step of `npm run bench`): the Worker's cold start. An
 * isolate that starts evaluates the whole bundle (every module's top level: zod building schemas,
 * libraries building tables) before it answers its first request, so that time is paid by the
 * first person on each new isolate, and Cloudflare refuses a Worker whose startup passes its limit.
 *
 * `wrangler check startup` builds the production bundle and has workerd evaluate it under the
 * DevTools profiler. It is run `STARTUP_RUNS` times (default 7): the machine is shared, so the
 * least time is the one that says most of the code, and the median is printed beside it. One more
 * run, unminified, is mapped back to the bundle's modules (esbuild marks each with a `// path`
 * line) to print where startup time goes, by module, self time.
 *
 * Exits non-zero when the least active time passes `STARTUP_BUDGET_MS`.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { WRANGLER, wranglerEnv } from "../test/node/wrangler-dev.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Cloudflare's limit on a Worker's startup (the global scope's evaluation), in ms. */
export const PLATFORM_STARTUP_LIMIT_MS = 1_000;
/** Ours: a tenth of the platform's, measured locally as workerd's active (CPU) time, in ms. */
export const STARTUP_BUDGET_MS = 100;

const RUNS = Number(process.env.STARTUP_RUNS ?? 7);

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

const run = promisify(execFile);

/** One `wrangler check startup`: workerd's active time in ms, and the profile it wrote. */
async function checkStartup(dir: string, minify: boolean): Promise<{ activeMs: number; profile: Profile }> {
  const outfile = path.join(dir, "startup.cpuprofile");
  const args = ["check", "startup", "--env", "production", "--outfile", outfile, ...(minify ? [] : ["--args=--minify=false"])];
  const { stdout } = await run(WRANGLER, args, { cwd: ROOT, env: wranglerEnv(), maxBuffer: 16 << 20 });
  const active = /Active: ([\d.]+) ms/.exec(stdout);
  if (!active?.[1]) throw new Error(`wrangler check startup printed no active time:\n${stdout}`);
  return { activeMs: Number(active[1]), profile: JSON.parse(await readFile(outfile, "utf8")) as Profile };
}

/** Self time per bundled module (from esbuild's `// path` markers in the unminified bundle), in ms, largest first. */
function byModule(profile: Profile, bundle: string[]): [string, number][] {
  const marks = bundle.flatMap((line, i) => {
    const found = /^\/\/ (\S+\.(?:ts|js|mjs|cjs))$/.exec(line);
    return found?.[1] ? [[i, found[1]] as const] : [];
  });
  const moduleAt = (line: number) => marks.findLast(([start]) => start <= line)?.[1] ?? "(bundle glue)";
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id)?.callFrame;
    const where = frame?.url ? moduleAt(frame.lineNumber) : (frame?.functionName ?? "?");
    totals.set(where, (totals.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].filter(([where]) => where !== "(idle)").sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "paylink-startup-"));
  try {
    console.log(`startup: wrangler check startup ×${RUNS} (production bundle, minified)…`);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await checkStartup(dir, true)).activeMs);
    times.sort((a, b) => a - b);
    const least = times[0] ?? Number.NaN;
    const median = times[Math.floor(times.length / 2)] ?? Number.NaN;

    await run(WRANGLER, ["deploy", "--dry-run", "--env", "production", "--outdir", dir, "--minify=false"], {
      cwd: ROOT,
      env: wranglerEnv(),
    });
    const bundle = (await readFile(path.join(dir, "index.js"), "utf8")).split("\n");
    const { activeMs, profile } = await checkStartup(dir, false);
    console.log(`where an unminified startup's ${activeMs} ms go (self time by module, sampled):`);
    for (const [where, ms] of byModule(profile, bundle).slice(0, 8)) console.log(`  ${ms.toFixed(1).padStart(6)} ms  ${where}`);

    const ok = least <= STARTUP_BUDGET_MS;
    console.log(
      `startup (active CPU, least of ${RUNS}): ${least} ms, median ${median} ms; budget ${STARTUP_BUDGET_MS} ms (the platform's limit: ${PLATFORM_STARTUP_LIMIT_MS} ms): ${ok ? "OK" : "OVER"}`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
