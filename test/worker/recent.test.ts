/** RecentMap: what an isolate keeps of its hot paths' work, bounded. */
import { describe, expect, it } from "vitest";
import { memoized, RecentMap } from "../../src/recent";

describe("RecentMap", () => {
  it("gives back what it keeps", () => {
    const map = new RecentMap<string, number>(2);
    expect(map.keep("a", 1)).toBe(1);
    expect(map.use("a")).toBe(1);
    expect(map.use("b")).toBeUndefined();
  });

  it("never holds more than its limit: the oldest goes first", () => {
    const map = new RecentMap<string, number>(3);
    for (let i = 0; i < 10; i++) map.keep(`k${i}`, i);
    expect(map.size).toBe(3);
    expect(["k6", "k7", "k8", "k9"].map((key) => map.use(key))).toEqual([undefined, 7, 8, 9]);
  });

  it("drops the least recently used first: a key used again stays", () => {
    const map = new RecentMap<string, number>(2);
    map.keep("a", 1);
    map.keep("b", 2);
    map.use("a");
    map.keep("c", 3);
    expect([map.use("a"), map.use("b"), map.use("c")]).toEqual([1, undefined, 3]);
  });

  it("keeping a key again when full drops nothing", () => {
    const map = new RecentMap<string, number>(2);
    map.keep("a", 1);
    map.keep("b", 2);
    map.keep("b", 3);
    expect([map.use("a"), map.use("b"), map.size]).toEqual([1, 3, 2]);
  });
});

describe("memoized", () => {
  it("shares one promise among calls at the same moment", async () => {
    let runs = 0;
    const slow = memoized(2, async (key: string) => {
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return key;
    });
    expect(await Promise.all([slow("a"), slow("a"), slow("a")])).toEqual(["a", "a", "a"]);
    expect(runs).toBe(1);
  });

  it("does the work once per key while the key is kept, and again once it was dropped", async () => {
    const asked: string[] = [];
    const double = memoized(2, async (key: string) => {
      asked.push(key);
      return `${key}${key}`;
    });
    expect([await double("a"), await double("a"), await double("b"), await double("c"), await double("a")]).toEqual([
      "aa",
      "aa",
      "bb",
      "cc",
      "aa",
    ]);
    expect(asked).toEqual(["a", "b", "c", "a"]);
  });
});
