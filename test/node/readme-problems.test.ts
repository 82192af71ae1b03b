/** The README's table of problem types says what `PROBLEM_TYPES` says: every type, its status, and no other. */
import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { PROBLEM_TYPES } from "../../src/http/problem.ts";

it("the README lists every problem type with its status, and no other", async () => {
  const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
  const rows = [...readme.matchAll(/^\| `([a-z-]+)` +\| (\d{3}) +\|/gm)].map(([, type, status]) => [type, Number(status)]);
  expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(Object.entries(PROBLEM_TYPES).map(([type, { status }]) => [type, status])));
});
