/**
 * How often `classify` is right over the whole table of real user agents, known misses counted:
 * bots and in-app browsers by precision and recall, the system by accuracy. Prints the figures
 * (README, "Where a pay link sends each device", quotes them) and fails below the thresholds.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../../src/device/classify";
import type { Device } from "../../../src/device/device";
import { USER_AGENTS } from "./user-agents";

/** Lowest acceptable figures, as fractions of 1. */
const THRESHOLDS = { botPrecision: 0.98, botRecall: 0.99, inAppPrecision: 0.98, inAppRecall: 0.95, osAccuracy: 0.97 };

interface Scored {
  truth: Pick<Device, "bot" | "in_app" | "os">;
  got: Device;
}

/** Precision and recall of a yes/no decision; an app counts as found only when named rightly. */
function precisionRecall(
  rows: readonly Scored[],
  said: (s: Scored) => boolean,
  is: (s: Scored) => boolean,
  right: (s: Scored) => boolean,
): { precision: number; recall: number } {
  const hits = rows.filter((s) => said(s) && is(s) && right(s)).length;
  return { precision: hits / rows.filter(said).length, recall: hits / rows.filter(is).length };
}

function figures(rows: readonly Scored[]) {
  const bots = precisionRecall(
    rows,
    (s) => s.got.bot,
    (s) => s.truth.bot,
    () => true,
  );
  const apps = precisionRecall(
    rows,
    (s) => s.got.in_app !== null,
    (s) => s.truth.in_app !== null,
    (s) => s.got.in_app === s.truth.in_app,
  );
  const os = rows.filter((s) => s.got.os === s.truth.os).length / rows.length;
  return { botPrecision: bots.precision, botRecall: bots.recall, inAppPrecision: apps.precision, inAppRecall: apps.recall, osAccuracy: os };
}

describe("precisionRecall", () => {
  it.each([
    ["all right", [true, true], [true, true], [true, true], 1, 1],
    ["one said wrongly", [true, true], [true, false], [true, true], 0.5, 1],
    ["one missed", [true, false], [true, true], [true, true], 1, 0.5],
    ["one named wrongly", [true, true], [true, true], [true, false], 0.5, 0.5],
  ] as const)("%s", (_, said, is, right, precision, recall) => {
    const rows = said.map((_, i) => ({ i }) as unknown as Scored);
    const at = (list: readonly boolean[]) => (s: Scored) => list[(s as unknown as { i: number }).i] ?? false;
    expect(precisionRecall(rows, at(said), at(is), at(right))).toEqual({ precision, recall });
  });
});

describe("accuracy on the table of real user agents", () => {
  const rows: Scored[] = USER_AGENTS.map((c) => ({
    truth: { bot: c.expect.bot, in_app: c.expect.in_app, os: c.expect.os, ...c.known_miss?.truth },
    got: classify(new Headers({ "user-agent": c.ua, ...c.hints })),
  }));
  const result = figures(rows);
  const misses = USER_AGENTS.filter((c) => c.known_miss).length;

  it("meets every threshold, known misses counted", () => {
    const shown = Object.entries(result).map(([name, value]) => `${name} ${value.toFixed(3)}`);
    console.log(`device accuracy over ${rows.length} user agents (${misses} known misses): ${shown.join(", ")}`);
    for (const [name, least] of Object.entries(THRESHOLDS)) {
      expect(result[name as keyof typeof THRESHOLDS], name).toBeGreaterThanOrEqual(least);
    }
  });

  it("has a reason for every known miss, and the miss is real", () => {
    for (const c of USER_AGENTS.filter((row) => row.known_miss)) {
      expect(c.known_miss?.why.length, c.ua).toBeGreaterThan(10);
      const truth = { ...c.expect, ...c.known_miss?.truth };
      expect(truth, c.ua).not.toEqual(c.expect);
    }
  });
});
