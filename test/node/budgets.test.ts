/** The deployable bundle's budget: what `wrangler deploy --dry-run` would upload, at most 100 KB gzipped. */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { WRANGLER, wranglerEnv } from "./wrangler-dev";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The budget of the deployable bundle, gzipped: 100 KB, in bytes. */
const BUNDLE_BUDGET_BYTES = 100 * 1024;

it("the production bundle is at most 100 KB gzipped", async () => {
  const outdir = await mkdtemp(path.join(tmpdir(), "paylink-bundle-"));
  try {
    await promisify(execFile)(WRANGLER, ["deploy", "--dry-run", "--env", "production", "--outdir", outdir], {
      cwd: ROOT,
      env: wranglerEnv(),
    });
    const scripts = (await readdir(outdir)).filter((file) => file.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    let gzipped = 0;
    for (const file of scripts) gzipped += gzipSync(await readFile(path.join(outdir, file))).byteLength;
    expect(gzipped).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}, 120_000);
