/** A body with thousands of faults gets a problem of bounded size: the first faults, and a count of the rest. */
import { describe, expect, it } from "vitest";
import type { ProblemBody } from "../../../src/http/problem";
import { api, sessionBody } from "../helpers";

describe("the size of a 422", () => {
  it("2,000 unknown keys: 20 listed, the rest counted, the answer a few KB", async () => {
    const extra = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, 0]));
    const response = await api("/v1/sessions", { body: { ...sessionBody(), ...extra } });
    const text = await response.text();
    expect(response.status).toBe(422);
    expect(text.length).toBeLessThan(8_000);
    const problem = JSON.parse(text) as ProblemBody;
    expect(problem.errors).toHaveLength(20);
    expect(problem.errors?.[0]).toEqual({ field: "k0", pointer: "/k0", detail: "unknown field" });
    expect(problem.detail).toBe("k0: unknown field (and 1999 more faults; 20 are listed)");
  });

  it("a 20,000-character unknown key: its name cut short in the answer", async () => {
    const key = "k".repeat(20_000);
    const response = await api("/v1/sessions", { body: { ...sessionBody(), [key]: 1 } });
    const text = await response.text();
    expect(response.status).toBe(422);
    expect(text.length).toBeLessThan(2_000);
    const [error] = (JSON.parse(text) as ProblemBody).errors ?? [];
    expect(error?.field).toBe(`${"k".repeat(199)}…`);
  });
});
