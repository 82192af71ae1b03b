/** When the session reads its attempts at the provider by itself: the schedule, as a table. */
import { describe, expect, it } from "vitest";
import {
  APPROVAL_WINDOW_MS,
  approvalWindowEnd,
  checkInterval,
  nextCheckAt,
  WINDOW_GRACE_MS,
  windowOver,
} from "../../../src/domain/reconcile";

const START = 1_800_000_000_000;
const S = 1_000;
const MIN = 60 * S;
const attempt = (checkedAfter: number | null, urlLife = 5 * MIN) => ({
  created_at: START,
  checked_at: checkedAfter === null ? 0 : START + checkedAfter,
  url_expires_at: START + urlLife,
});

describe("nextCheckAt", () => {
  it.each([
    ["never read: 5 s after the start", null, 5 * S],
    ["read at 5 s: 5 s later", 5 * S, 10 * S],
    ["read at 25 s: 5 s later", 25 * S, 30 * S],
    ["read at 30 s: 10 s later", 30 * S, 40 * S],
    ["read at 1 min 55 s: 10 s later", 115 * S, 125 * S],
    ["read at 2 min: 20 s later", 2 * MIN, 2 * MIN + 20 * S],
    ["read at 5 min: 30 s later", 5 * MIN, 5 * MIN + 30 * S],
    ["read at 10 min 50 s: the window's end, not later", 10 * MIN + 50 * S, APPROVAL_WINDOW_MS + WINDOW_GRACE_MS],
    ["read at the window's end and not ended: 5 minutes later", 11 * MIN, 16 * MIN],
    ["still not ended after nearly a day: once more", 23 * 60 * MIN, 23 * 60 * MIN + 5 * MIN],
    ["still not ended after a day: left to the provider", 24 * 60 * MIN, null],
  ])("%s", (_, checkedAfter, dueAfter) => {
    const next = nextCheckAt(attempt(checkedAfter));
    expect(next === null ? null : next - START).toBe(dueAfter);
  });

  it("never reads more than 12 times a minute (Vipps allows 120 a minute per payment)", () => {
    for (let age = 0; age < 20 * MIN; age += S) expect(checkInterval(age)).toBeGreaterThanOrEqual(5 * S);
  });
});

describe("the approval window", () => {
  it.each([
    ["Vipps: 10 minutes and the grace, past a 5-minute landing page", 5 * MIN, APPROVAL_WINDOW_MS + WINDOW_GRACE_MS],
    ["a provider page that lives an hour: its own life and the grace", 60 * MIN, 60 * MIN + WINDOW_GRACE_MS],
  ])("%s", (_, urlLife, end) => {
    expect(approvalWindowEnd(attempt(null, urlLife)) - START).toBe(end);
  });

  it("is over at its end, not a millisecond before", () => {
    const end = approvalWindowEnd(attempt(null));
    expect(windowOver(attempt(null), end - 1)).toBe(false);
    expect(windowOver(attempt(null), end)).toBe(true);
  });
});
