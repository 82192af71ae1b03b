/**
 * Measures the deployable bundle as production would get it: `wrangler deploy --dry-run --env
 * production` into a temporary folder, then every module it would upload (not source maps or
 * wrangler's README), raw and gzipped. The budget test and `npm run bench` both measure with this.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { WRANGLER, wranglerEnv } from "./wrangler-dev.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface BundleSize {
  /** Bytes as uploaded, and gzipped, summed over `files`. */
  raw: number;
  gzipped: number;
  files: string[];
}

export async function measureBundle(): Promise<BundleSize> {
  const outdir = await mkdtemp(path.join(tmpdir(), "paylink-bundle-"));
  try {
    await promisify(execFile)(WRANGLER, ["deploy", "--dry-run", "--env", "production", "--outdir", outdir], {
      cwd: ROOT,
      env: wranglerEnv(),
    });
    const size: BundleSize = { raw: 0, gzipped: 0, files: [] };
    for (const name of (await readdir(outdir, { recursive: true })).sort()) {
      const file = path.join(outdir, name);
      if (!(await stat(file)).isFile() || /\.map$|README\.md$/i.test(name)) continue;
      const bytes = await readFile(file);
      size.raw += bytes.byteLength;
      size.gzipped += gzipSync(bytes).byteLength;
      size.files.push(name);
    }
    return size;
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
}
