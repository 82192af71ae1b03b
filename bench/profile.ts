/**
 * A CPU profile of a Worker's isolate under `wrangler dev`, through its inspector (the Chrome
 * DevTools protocol: `Profiler.start`, load, `Profiler.stop`), summed per function. In workerd the
 * clock a Worker reads only moves on I/O, so timings taken inside the Worker cannot see CPU spent
 * between two I/Os; V8's sampling profiler can. The Worker and its Durable Objects run in the same
 * isolate, so one profile holds both.
 */

/** A node of V8's CPU profile (`Profiler.Profile`). */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** V8's own entries, not a function of the Worker's. */
const IDLE = "(idle)";
const PROGRAM = "(program)";
const GC = "(garbage collector)";

export interface ProfileSummary {
  /** The profile's length, ms. */
  wallMs: number;
  /** Time in the isolate's JavaScript (the Worker's, its Durable Objects', its libraries'), ms. */
  jsMs: number;
  /** Time in V8 outside any JavaScript function (the runtime's native work on the isolate's thread), ms. */
  programMs: number;
  gcMs: number;
  /** Functions by time spent in themselves (self) and with what they call (total), ms; the largest first. */
  functions: Array<{ name: string; selfMs: number; totalMs: number }>;
}

/** The inspector's WebSocket URL of the Worker at `inspectorPort` (wrangler's inspector proxy). */
async function debuggerUrl(inspectorPort: number): Promise<string> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as Array<{ webSocketDebuggerUrl?: string }>;
  const url = targets[0]?.webSocketDebuggerUrl;
  if (!url) throw new Error(`no inspector target on port ${inspectorPort}`);
  return url;
}

/** A minimal DevTools protocol client: one request at a time, answers matched by id. */
async function connect(url: string) {
  // wrangler's inspector proxy takes only local origins (Node's WebSocket sends none by itself).
  const socket = new WebSocket(url, { headers: { origin: "http://127.0.0.1" } } as unknown as string[]);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener("open", () => resolve(), { once: true });
    socket.addEventListener("error", () => reject(new Error(`inspector ${url}: could not connect`)), { once: true });
  });
  let next = 1;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  socket.addEventListener("message", (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = message.id === undefined ? undefined : waiting.get(message.id);
    if (!waiter) return;
    waiting.delete(message.id!);
    if (message.error) waiter.reject(new Error(message.error.message));
    else waiter.resolve(message.result);
  });
  return {
    send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
      const id = next++;
      socket.send(JSON.stringify({ id, method, params }));
      return new Promise<T>((resolve, reject) => waiting.set(id, { resolve: resolve as (value: unknown) => void, reject }));
    },
    close: () => socket.close(),
  };
}

/** Profiles the Worker at `inspectorPort` while `during` runs, sampling every `intervalUs` µs. */
export async function profileWhile(inspectorPort: number, during: () => Promise<void>, intervalUs = 200): Promise<ProfileSummary> {
  const client = await connect(await debuggerUrl(inspectorPort));
  try {
    await client.send("Profiler.enable");
    await client.send("Profiler.setSamplingInterval", { interval: intervalUs });
    await client.send("Profiler.start");
    await during();
    const { profile } = await client.send<{ profile: Profile }>("Profiler.stop");
    await client.send("Profiler.disable");
    return summarize(profile);
  } finally {
    client.close();
  }
}

const nameOf = ({ callFrame: { functionName, url, lineNumber } }: ProfileNode) => {
  const file = url.split("/").pop() ?? "";
  return functionName.startsWith("(") ? functionName : `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}`;
};

function summarize(profile: Profile): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  // A sample's time is the gap to the next sample (V8 records the gap before each one).
  for (let i = 0; i < profile.samples.length; i++) {
    const us = profile.timeDeltas[i + 1] ?? 0;
    const node = byId.get(profile.samples[i]!);
    if (!node || us <= 0) continue;
    const name = nameOf(node);
    self.set(name, (self.get(name) ?? 0) + us);
    const seen = new Set<string>();
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const at = nameOf(byId.get(id)!);
      if (at === "(root)" || seen.has(at)) continue;
      seen.add(at);
      total.set(at, (total.get(at) ?? 0) + us);
    }
  }
  const ms = (us = 0) => us / 1000;
  const special = new Set([IDLE, PROGRAM, GC, "(root)"]);
  let jsUs = 0;
  for (const [name, us] of self) if (!special.has(name)) jsUs += us;
  const functions = [...total]
    .filter(([name]) => !special.has(name))
    .map(([name, us]) => ({ name, selfMs: ms(self.get(name)), totalMs: ms(us) }))
    .sort((a, b) => b.selfMs - a.selfMs);
  return {
    wallMs: ms(profile.endTime - profile.startTime),
    jsMs: ms(jsUs),
    programMs: ms(self.get(PROGRAM)),
    gcMs: ms(self.get(GC)),
    functions,
  };
}

/** Functions by time with what they call, the largest first, among `names` (substrings of a function's name). */
export function inclusiveOf(summary: ProfileSummary, names: string[]) {
  return summary.functions.filter((fn) => names.some((name) => fn.name.startsWith(`${name} `))).sort((a, b) => b.totalMs - a.totalMs);
}
