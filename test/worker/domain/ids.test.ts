/** Pay codes, session ids and attempt references. */
import { describe, expect, it } from "vitest";
import {
  attemptRef,
  codeOfSessionId,
  isPayCode,
  newEventId,
  newPayCode,
  PAY_CODE_LENGTH,
  parseAttemptRef,
  sessionIdOf,
} from "../../../src/domain/ids";

describe("pay codes", () => {
  it("are short enough for an SMS and carry at least 70 bits", () => {
    expect(PAY_CODE_LENGTH).toBeLessThanOrEqual(16);
    expect(PAY_CODE_LENGTH * Math.log2(58)).toBeGreaterThanOrEqual(70);
  });

  it("are valid, distinct and use every symbol of the alphabet evenly", () => {
    const codes = Array.from({ length: 2000 }, newPayCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every(isPayCode)).toBe(true);
    const counts = new Map<string, number>();
    for (const char of codes.join("")) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect(counts.size).toBe(58);
    const expected = (2000 * PAY_CODE_LENGTH) / 58;
    for (const count of counts.values()) expect(Math.abs(count - expected)).toBeLessThan(expected * 0.35);
  });

  it.each(["", "short", "0OIl0OIl0OIl0O", "abcdefghijkmnop", "abc/efghijkmno", "abcdefghijkmn!"])("rejects %j", (code) => {
    expect(isPayCode(code)).toBe(false);
  });
});

describe("session ids and attempt references", () => {
  const code = "7Hq2xZk9PwR4mB";

  it("round-trip to the pay code", () => {
    expect(codeOfSessionId(sessionIdOf(code))).toBe(code);
    expect(parseAttemptRef(attemptRef(code, 12))).toEqual({ code, n: 12 });
  });

  it("meet Vipps' reference pattern", () => {
    expect(attemptRef(code, 9999)).toMatch(/^[a-zA-Z0-9-]{8,50}$/);
  });

  it.each(["ps_", `ps_${code}x`, `px_${code}`, code, `ps_${code.slice(1)}0`])("rejects session id %j", (id) => {
    expect(codeOfSessionId(id)).toBeNull();
  });

  it.each([`${code}-0`, `${code}-`, `${code}-12345`, `${code}1`, `${code}-1x`, "x-1"])("rejects reference %j", (ref) => {
    expect(parseAttemptRef(ref)).toBeNull();
  });

  it("makes event ids", () => {
    expect(newEventId()).toMatch(/^evt_[1-9A-HJ-NP-Za-km-z]{20}$/);
  });
});
