/**
 * The storm of `bench/storm.ts`, in its own thread (so the taps it times are not timed by a busy
 * event loop): `sockets` tabs hold the link's live socket, as many as the gateway keeps for one link
 * (`MAX_LIVE_SOCKETS`), and the other tabs poll `/p/{code}/status` as the pay page's script does
 * without a socket, each with the last ETag (`If-None-Match`, a bodiless 304 while nothing changes),
 * on the script's schedule or every `intervalMs` (its fastest: 2 s), each from its own client address. Started by
 * `workerData`; on the message "stop" it stops and posts its counts back.
 */
import { parentPort, workerData } from "node:worker_threads";

export interface StormOptions {
  origin: string;
  code: string;
  tabs: number;
  sockets: number;
  /** Flat: every tab polls every `intervalMs`. Page: as the page's script, which starts at 5 s, then 2 s, × 1.25 up to 15 s. */
  schedule: "flat" | "page";
  intervalMs: number;
}

export interface StormCounts {
  /** Answers by status code ("err" for a request that failed). */
  codes: Record<string, number>;
  /** Latency of every poll, ms. */
  latencies: number[];
  socketsOpened: number;
  /** Sockets closed (by the gateway) before the stop. */
  socketsClosed: number;
  socketMessages: number;
  /** From the first poll to the stop, ms. */
  elapsedMs: number;
}

const options = workerData as StormOptions;
const statusUrl = `${options.origin}/p/${options.code}/status`;
const counts: StormCounts = { codes: {}, latencies: [], socketsOpened: 0, socketsClosed: 0, socketMessages: 0, elapsedMs: 0 };
let stopped = false;
const startedAt = performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Storm tab `i`'s address: its own /64 of the documentation prefix (2001:db8:1::/48 is the storm's). */
const addressOf = (i: number) => `2001:db8:1:${i.toString(16)}::1`;

const sockets: WebSocket[] = [];
for (let i = 0; i < options.sockets; i++) {
  const url = `${options.origin.replace(/^http/, "ws")}/p/${options.code}/live`;
  // Node's WebSocket (undici) takes request headers beside the protocols.
  const socket = new WebSocket(url, { headers: { "cf-connecting-ip": addressOf(i) } } as unknown as string[]);
  socket.onopen = () => counts.socketsOpened++;
  socket.onmessage = () => counts.socketMessages++;
  socket.onclose = () => counts.socketsClosed++;
  socket.onerror = () => {};
  sockets.push(socket);
}

async function pollingTab(i: number): Promise<void> {
  let etag: string | null = null;
  // The script's k-th wait (pay-script.ts): 5 s, then 2 s growing by 1.25× to 15 s.
  const pageWait = (k: number) => (k ? Math.min(2e3 * 1.25 ** (k - 2), 15e3) : 5e3);
  // Tabs opened at different moments: a page tab somewhere in its first minute or so of polling, any
  // tab at a random point of its current wait.
  let k = options.schedule === "page" ? Math.floor(Math.random() * 14) : 0;
  const wait = () => (options.schedule === "page" ? pageWait(k++) : options.intervalMs);
  await sleep(Math.random() * wait());
  while (!stopped) {
    const began = performance.now();
    let code = "err";
    try {
      const headers: Record<string, string> = { "cf-connecting-ip": addressOf(i) };
      if (etag) headers["if-none-match"] = etag;
      const response = await fetch(statusUrl, { headers, cache: "no-store" });
      await response.arrayBuffer();
      code = String(response.status);
      if (response.status === 200) etag = response.headers.get("etag");
    } catch {
      // Counted as "err".
    }
    counts.codes[code] = (counts.codes[code] ?? 0) + 1;
    counts.latencies.push(performance.now() - began);
    await sleep(wait());
  }
}

const tabs = Array.from({ length: options.tabs - options.sockets }, (_, i) => pollingTab(options.sockets + i));

parentPort?.on("message", async (message) => {
  if (message !== "stop") return;
  stopped = true;
  counts.elapsedMs = performance.now() - startedAt;
  for (const socket of sockets) {
    socket.onclose = null;
    socket.close();
  }
  await Promise.all(tabs);
  parentPort?.postMessage(counts);
});
parentPort?.postMessage("started");
