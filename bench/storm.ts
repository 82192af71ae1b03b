/**
 * `npm run bench:storm`: does a storm of tabs left open on one link slow the tap of the customer who
 * pays? The gateway runs under `wrangler dev`; two links are made, the storm's and another. The tap
 * (POST /p/{code}/go from an iPhone, answered 303 to the provider's page) is timed one at a time,
 * each tap from its own client address, on both links, first in calm, then while 1,000 tabs
 * (`bench/storm-tabs.ts`, in its own thread) watch the storm's link: 8 of them with the live socket
 * (the gateway keeps 8 a link), the rest polling its status with `If-None-Match` as the page's script
 * does without a socket. Two storms in turn: `page`, each tab at a random point of the script's own
 * schedule (first poll after 5 s, then 2 s growing by 1.25× to 15 s), and `flat`, every tab every 2 s
 * (the script's fastest, as if every tab had just been looked at again). Both ask more than 1,000
 * real tabs would: the script does not poll while its tab is hidden.
 *
 * Every storm tab has its own client address (one /64 each, as bench/run.ts), so the per-address
 * limit (300 a minute) runs without refusing them; the 429s there are, if any, are counted.
 * The first tap on each link starts its payment attempt at the sandbox; the taps timed reuse it, as a
 * second tap within the attempt's life does (`session/attempts.ts`).
 *
 * Env: STORM_TABS (default 1000), STORM_SCHEDULE (`page`, `flat` or `both`, the default),
 * STORM_POLL_MS (the flat storm's interval, default 2000), STORM_TAPS (taps timed per link and phase,
 * default 200, or as many as STORM_PHASE_S allows, default 60), STORM_SETTLE_S (storm before the taps; default 20 for `page`, past its longest
 * wait, and 5 for `flat`). Exit non-zero when a tap
 * is not answered 303 to the provider.
 */
import { readFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { startWranglerDev } from "../test/node/wrangler-dev.ts";
import { createLink, fmt, onCleanup, percentile, positiveInt, runBench, sleep, table } from "./common.ts";
import type { StormCounts, StormOptions } from "./storm-tabs.ts";

const TABS = positiveInt("STORM_TABS", 1000);
const POLL_MS = positiveInt("STORM_POLL_MS", 2000);
/** The storms, one after the other: `page` (the script's own schedule), `flat` (every STORM_POLL_MS), or both. */
const SCHEDULES: Array<"page" | "flat"> = (() => {
  const wanted = process.env.STORM_SCHEDULE || "both";
  if (wanted === "both") return ["page", "flat"];
  if (wanted === "page" || wanted === "flat") return [wanted];
  throw new Error(`STORM_SCHEDULE must be page, flat or both, not ${wanted}`);
})();
/** Before the taps, past the ramp: a page-schedule tab's first poll may come after its longest wait, 15 s. */
const SETTLE_S = process.env.STORM_SETTLE_S ? positiveInt("STORM_SETTLE_S", 5) : undefined;
const TAPS = positiveInt("STORM_TAPS", 200);
/** The taps of a phase stop after this long, in s: an overloaded runtime (the flat storm here) answers them slowly. */
const PHASE_S = positiveInt("STORM_PHASE_S", 60);
/** The live sockets the gateway keeps a link, read from its source (which Node cannot import: it is the Worker's). */
const MAX_LIVE_SOCKETS = Number(
  /MAX_LIVE_SOCKETS = (\d+)/.exec(readFileSync(new URL("../src/session/live-sockets.ts", import.meta.url), "utf8"))?.[1] ?? 8,
);
const IPHONE_SAFARI =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";

/** Tap `n`'s address: its own /64 (2001:db8:2::/48 is the taps'; the storm has 2001:db8:1::/48). */
let tapCount = 0;
const nextTapAddress = () => `2001:db8:2:${(tapCount++ % 0x10000).toString(16)}::1`;

interface Taps {
  latencies: number[];
  /** Answers other than a 303 to the provider's page, by status. */
  wrong: Record<string, number>;
}

async function tap(origin: string, code: string, taps: Taps): Promise<void> {
  const began = performance.now();
  let status = "err";
  try {
    const response = await fetch(`${origin}/p/${code}/go`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": IPHONE_SAFARI, "cf-connecting-ip": nextTapAddress() },
      body: "handoff=hosted",
      redirect: "manual",
    });
    await response.arrayBuffer();
    const location = response.headers.get("location") ?? "";
    status = response.status === 303 && new URL(location, origin).pathname.startsWith("/sandbox/") ? "ok" : String(response.status);
  } catch {
    // Counted as "err".
  }
  taps.latencies.push(performance.now() - began);
  if (status !== "ok") taps.wrong[status] = (taps.wrong[status] ?? 0) + 1;
}

/** `TAPS` taps on each link, one at a time, the links in turn; fewer if they take more than `PHASE_S`. */
async function tapBoth(origin: string, links: { storm: string; other: string }): Promise<{ storm: Taps; other: Taps }> {
  const storm: Taps = { latencies: [], wrong: {} };
  const other: Taps = { latencies: [], wrong: {} };
  const deadline = performance.now() + PHASE_S * 1000;
  for (let i = 0; i < TAPS && performance.now() < deadline; i++) {
    await tap(origin, links.storm, storm);
    await tap(origin, links.other, other);
    await sleep(10);
  }
  return { storm, other };
}

function startStorm(options: StormOptions): Promise<{ stop: () => Promise<StormCounts> }> {
  const worker = new Worker(new URL("./storm-tabs.ts", import.meta.url), { workerData: options });
  onCleanup(async () => {
    await worker.terminate();
  });
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", () =>
      resolve({
        stop: () =>
          new Promise((done) => {
            worker.once("message", (counts: StormCounts) => {
              void worker.terminate();
              done(counts);
            });
            worker.postMessage("stop");
          }),
      }),
    );
  });
}

async function main(): Promise<number> {
  const sockets = Math.min(MAX_LIVE_SOCKETS, TABS);
  console.log(
    `bench:storm: ${fmt(TABS)} tabs on one link (${sockets} live sockets, ${fmt(TABS - sockets)} polling: ${SCHEDULES.join(" then ")}), ` +
      `${TAPS} taps a link and phase; starting wrangler dev…`,
  );
  const gateway = await startWranglerDev();
  onCleanup(gateway.stop);
  const origin = gateway.origin;
  const storm = await createLink(origin, "STORM");
  const other = await createLink(origin, "OTHER");
  const links = { storm: storm.code, other: other.code };

  // Warm-up, and each link's first tap (which starts its attempt at the sandbox).
  await tapBoth(origin, links);

  console.log("taps in calm…");
  const calm = await tapBoth(origin, links);

  const phases: Array<{ name: string; taps: { storm: Taps; other: Taps }; counts?: StormCounts }> = [{ name: "calm", taps: calm }];
  for (const schedule of SCHEDULES) {
    const settle = SETTLE_S ?? (schedule === "page" ? 20 : 5);
    const how = schedule === "flat" ? `every ${fmt(POLL_MS / 1000, 1)} s` : "page schedule";
    console.log(`storm (${how}): starting ${fmt(TABS)} tabs, ${settle} s to settle…`);
    const running = await startStorm({ origin, code: storm.code, tabs: TABS, sockets, schedule, intervalMs: POLL_MS });
    await sleep(settle * 1000);
    console.log("taps in the storm…");
    const taps = await tapBoth(origin, links);
    phases.push({ name: `storm, ${how}`, taps, counts: await running.stop() });
    // The runtime's queue drains before the next phase.
    await sleep(3_000);
  }

  const row = (name: string, taps: Taps, calmTaps: Taps) => [
    name,
    String(taps.latencies.length),
    fmt(percentile(taps.latencies, 50), 1),
    fmt(percentile(taps.latencies, 99), 1),
    fmt(Math.max(...taps.latencies), 1),
    `${fmt(percentile(taps.latencies, 50) / percentile(calmTaps.latencies, 50), 2)}×`,
    Object.entries(taps.wrong)
      .map(([status, count]) => `${status}×${count}`)
      .join(" ") || "all 303",
  ];
  console.log(
    `\n${table([
      ["tap POST /p/<code>/go → 303", "taps", "p50 ms", "p99 ms", "max ms", "p50 vs calm", "answers"],
      ...phases.flatMap((phase) => [
        row(`${phase.name}, the storm's link`, phase.taps.storm, calm.storm),
        row(`${phase.name}, another link`, phase.taps.other, calm.other),
      ]),
    ])}\n`,
  );
  for (const { name, counts } of phases) {
    if (!counts) continue;
    const polls = counts.latencies.length;
    const codes = Object.entries(counts.codes)
      .map(([status, count]) => `${status}×${count}`)
      .join(" ");
    console.log(
      `${name}: ${fmt(polls)} status polls in ${fmt(counts.elapsedMs / 1000, 1)} s (${fmt(polls / (counts.elapsedMs / 1000))} a second), ` +
        `p50 ${fmt(percentile(counts.latencies, 50), 1)} ms, p99 ${fmt(percentile(counts.latencies, 99), 1)} ms; answers ${codes}; ` +
        `refused (429): ${fmt(counts.codes["429"] ?? 0)}; live sockets opened ${counts.socketsOpened} of ${sockets}, ` +
        `closed by the gateway ${counts.socketsClosed}, messages ${counts.socketMessages}`,
    );
  }
  const wrong = phases.some(({ taps }) => Object.keys(taps.storm.wrong).length || Object.keys(taps.other.wrong).length);
  if (wrong) {
    console.error("\nFAILED: some taps were not answered 303 to the provider");
    return 1;
  }
  return 0;
}

await runBench(main);
