/** Every log line of the gateway goes through src/log.ts, which takes personal data out. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src", import.meta.url));

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? sources(path.join(dir, entry.name)) : [path.join(dir, entry.name)])),
  );
  return nested.flat().filter((file) => file.endsWith(".ts"));
}

it("no module but src/log.ts writes to the console", async () => {
  const offenders: string[] = [];
  for (const file of await sources(SRC)) {
    if (file.endsWith(`${path.sep}log.ts`)) continue;
    if (/\bconsole\./.test(await readFile(file, "utf8"))) offenders.push(path.relative(SRC, file));
  }
  expect(offenders).toEqual([]);
});
