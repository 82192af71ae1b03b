/**
 * README's "A walk through the flow", run as a reader would paste it: its shell block, with the
 * gateway's and the local merchant's addresses swapped for those of a `wrangler dev` and an
 * `npm run merchant` started here, run by bash (stopping at the first failing command). It must
 * exit 0, print what the README says at each step, and the merchant must have received both
 * signed webhooks.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type LocalMerchant, startLocalMerchant } from "./local-merchant.ts";
import { ROOT, startWranglerDev, type WranglerDev, wranglerEnv } from "./wrangler-dev.ts";

/** The addresses the README's walk uses, as `npm start` and `npm run merchant` have them. */
const README_GATEWAY = "http://localhost:8787";
const README_MERCHANT = "http://localhost:3000";
/** How long the whole walk may take. */
const WALK_TIMEOUT_MS = 45_000;

/** The first `sh` block of the README section headed `heading`. */
function shellBlock(readme: string, heading: string): string {
  const section = readme.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  const block = section && /^```sh\n([\s\S]*?)^```$/m.exec(section)?.[1];
  if (!block) throw new Error(`README.md has no sh block under "## ${heading}"`);
  return block;
}

function runBash(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-e", "-o", "pipefail", "-c", script], {
      cwd: ROOT,
      env: wranglerEnv(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), WALK_TIMEOUT_MS);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

let gateway: WranglerDev;
let merchant: LocalMerchant;
beforeAll(async () => {
  [gateway, merchant] = await Promise.all([startWranglerDev(), startLocalMerchant()]);
});
afterAll(async () => {
  await Promise.all([gateway?.stop(), merchant?.stop()]);
});

it("README's walk runs as pasted and prints what it says", async () => {
  const walk = shellBlock(readFileSync(path.join(ROOT, "README.md"), "utf8"), "A walk through the flow");
  expect(walk).toContain(`gateway=${README_GATEWAY}`);
  expect(walk).toContain(`${README_MERCHANT}/webhooks/paylink`);
  const script = walk.replaceAll(README_GATEWAY, gateway.origin).replaceAll(README_MERCHANT, merchant.origin);

  const { code, stdout, stderr } = await runBash(script);
  expect(code, `stdout:\n${stdout}\nstderr:\n${stderr}\ngateway:\n${gateway.logTail()}`).toBe(0);

  const lines = stdout.trimEnd().split("\n");
  const session = JSON.parse(lines[0] ?? "") as { id: string; status: string; pay_url: string };
  expect(session).toMatchObject({ status: "open", pay_url: expect.stringMatching(new RegExp(`^${gateway.origin}/p/\\w{14}$`)) });
  const sandbox = lines[2] ?? "";
  expect(lines.slice(1, 4)).toEqual([
    "200",
    sandbox,
    `303 ${merchant.origin}/return?merchant_reference=ORDER123&session_id=${session.id}&transaction_id=${sandbox.split("/").at(-1)}`,
  ]);
  expect(sandbox).toMatch(new RegExp(`^${gateway.origin}/sandbox/pay/sbx_\\w+$`));
  expect(JSON.parse(lines[4] ?? "")).toMatchObject({ status: "paid", attempt: "authorized" });
  const detail = JSON.parse(lines[5] ?? "") as { id: string; status: string; events: { type: string }[] };
  expect(detail).toMatchObject({ id: session.id, status: "authorized", capture: "manual", authorized_amount: 29990, captured_amount: 0 });
  expect(detail.events.map((event) => event.type)).toEqual(["session.created", "attempt.started", "session.authorized"]);
  expect(lines.slice(6)).toEqual(["authorized 14995", "paid 29990", "paid 5000", "5000", "refunded 29990", "409", "cancelled"]);

  for (const type of ["authorized", "captured", "paid", "refunded"]) {
    await merchant.waitFor(new RegExp(`session\\.${type} for session ${session.id} \\(now \\w+\\); signature verified with whsec_local\n`));
  }
  await merchant.waitFor(/session\.cancelled for session ps_\w+ \(now cancelled\); signature verified with whsec_local\n/);
});
