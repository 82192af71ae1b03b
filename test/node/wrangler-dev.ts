/**
 * Starts the gateway for browser tests as `npm start` does (`wrangler dev` with wrangler.toml), but on
 * a free 127.0.0.1 port and with its own temporary state, so a developer's `.wrangler/` is left alone.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project's folder, and its binaries (its Node 24, wrangler). */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = path.join(ROOT, "node_modules", ".bin");

/** How long wrangler may take to answer its first request. */
const READY_TIMEOUT_MS = 60_000;
/** How long `stop()` waits after SIGTERM before it sends SIGKILL. */
const STOP_GRACE_MS = 5_000;
/** How much of wrangler's output is kept for error messages. */
const LOG_LIMIT = 64_000;

/** The project's wrangler. */
export const WRANGLER = path.join(BIN, "wrangler");

/**
 * The environment wrangler runs in from tests and the bench: as under `npm start` (vitest's
 * NODE_ENV=test would change what wrangler builds and runs), the project's binaries first (its
 * Node 24), no metrics, no colours in the output.
 */
export function wranglerEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _vitestNodeEnv, ...env } = process.env;
  return {
    ...env,
    PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ""}`,
    WRANGLER_SEND_METRICS: "false",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
  };
}

export interface WranglerDev {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The last lines wrangler printed (stdout and stderr together). */
  logTail(lines?: number): string;
  /** Ends wrangler and everything it started, and removes its state directory. Safe to call twice. */
  stop(): Promise<void>;
}

export interface WranglerDevOptions {
  /** The wrangler configuration to run (default: the gateway's wrangler.toml). */
  config?: string;
  /** Extra `--var NAME:VALUE` overrides of wrangler.toml's [vars] (PUBLIC_ORIGIN is the server's own origin unless given). */
  vars?: Record<string, string>;
  readyTimeoutMs?: number;
  /** More arguments for `wrangler dev` (the bench's `--inspector-port`, `--minify false`). */
  args?: string[];
}

/** A TCP port nothing listens on right now, found by letting the OS pick one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Sends `signal` to the whole process group led by `pid` (wrangler and its workerd); false if none is left. */
function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** How often a start is tried when wrangler exits before it answers (a port taken in between, a busy machine). */
const START_TRIES = 3;

export async function startWranglerDev(options: WranglerDevOptions = {}): Promise<WranglerDev> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      if (!(error instanceof WranglerExited) || attempt >= START_TRIES) throw error;
    }
  }
}

/** wrangler dev ended before it answered: worth another try on another port. */
class WranglerExited extends Error {}

async function startOnce(options: WranglerDevOptions): Promise<WranglerDev> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // The gateway's public origin is the address it listens on here, as `npm start` makes it its port's.
  const vars = { PUBLIC_ORIGIN: origin, WEBHOOK_RETRY_BASE_MS: "200", ...options.vars };
  const stateDir = await mkdtemp(path.join(tmpdir(), "paylink-wrangler-"));
  const args = [
    "dev",
    "--config",
    options.config ?? "wrangler.toml",
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--persist-to",
    stateDir,
  ];
  for (const [name, value] of Object.entries(vars)) args.push("--var", `${name}:${value}`);
  args.push(...(options.args ?? []));

  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-LOG_LIMIT);
  };
  // Detached: wrangler leads its own process group, so stop() can end workerd with it.
  const child = spawn(WRANGLER, args, { cwd: ROOT, detached: true, stdio: ["ignore", "pipe", "pipe"], env: wranglerEnv() });
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("error", (error) => keep(Buffer.from(`\n[spawn error] ${String(error)}\n`)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // If the test process dies without stop(), do not leave wrangler behind.
  const killOnExit = () => child.pid !== undefined && signalGroup(child.pid, "SIGKILL");
  process.once("exit", killOnExit);

  const logTail = (lines = 40) => log.split("\n").slice(-lines).join("\n");

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener("exit", killOnExit);
      const pid = child.pid;
      if (pid !== undefined) {
        signalGroup(pid, "SIGTERM");
        await Promise.race([exited, sleep(STOP_GRACE_MS)]);
        // Whatever is still in the group (wrangler, or a workerd it left) is killed outright.
        signalGroup(pid, "SIGKILL");
        await Promise.race([exited, sleep(STOP_GRACE_MS)]);
      }
      await rm(stateDir, { recursive: true, force: true });
    })());

  const deadline = Date.now() + (options.readyTimeoutMs ?? READY_TIMEOUT_MS);
  for (;;) {
    if (!isRunning(child) || child.pid === undefined) {
      await stop();
      throw new WranglerExited(`wrangler dev exited before it answered (code ${child.exitCode}):\n${logTail()}`);
    }
    try {
      // Any HTTP answer (the gateway's plain-text line at `/`) means the Worker is up.
      await fetch(`${origin}/`, { signal: AbortSignal.timeout(2_000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`wrangler dev did not answer on ${origin} within ${options.readyTimeoutMs ?? READY_TIMEOUT_MS} ms:\n${logTail()}`);
      }
      await sleep(250);
    }
  }
  return { origin, logTail, stop };
}
