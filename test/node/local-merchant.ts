/**
 * Starts the local merchant as `npm run merchant` runs it (the command package.json names, with the
 * project's Node), on a free 127.0.0.1 port given as its argument, and collects what it prints.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { BIN, freePort, ROOT } from "./wrangler-dev.ts";

/** How long the merchant may take to say it listens, and a printed line to appear. */
const WAIT_MS = 15_000;
/** How often the printed output is looked at while waiting, in ms. */
const POLL_MS = 50;

export interface LocalMerchant {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Everything it printed so far (stdout and stderr). */
  printed(): string;
  /** Waits until the output matches `pattern`, and returns the output. */
  waitFor(pattern: RegExp): Promise<string>;
  /** Resolves with the exit code when it exits. */
  exited: Promise<number | null>;
  /** Ends it and waits for the exit; safe to call twice. */
  stop(): Promise<void>;
}

/** The command behind `npm run merchant`, split into the program (from the project's binaries) and its arguments. */
function merchantCommand(): [string, string[]] {
  const scripts = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts as Record<string, string>;
  const [program = "", ...args] = (scripts.merchant ?? "").split(" ");
  return [path.join(BIN, program), args];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the merchant with `args` after the script's own (default: a free port); with the default, waits until it listens. */
export async function startLocalMerchant(args?: string[]): Promise<LocalMerchant> {
  const port = await freePort();
  const [program, scriptArgs] = merchantCommand();
  const child: ChildProcess = spawn(program, [...scriptArgs, ...(args ?? [String(port)])], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output += chunk.toString("utf8");
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const waitFor = async (pattern: RegExp) => {
    const deadline = Date.now() + WAIT_MS;
    while (!pattern.test(output)) {
      if (Date.now() > deadline)
        throw new Error(`the local merchant did not print ${pattern} within ${WAIT_MS} ms; it printed:\n${output}`);
      await sleep(POLL_MS);
    }
    return output;
  };
  const stop = async (): Promise<void> => {
    process.removeListener("exit", killOnExit);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  const merchant = { origin: `http://127.0.0.1:${port}`, port, printed: () => output, waitFor, exited, stop };
  if (args === undefined) {
    try {
      await waitFor(/listens on/);
    } catch (error) {
      await stop();
      throw error;
    }
  }
  return merchant;
}
