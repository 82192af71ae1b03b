/** Pay codes, session ids and attempt references. */
import { describe, expect, it } from "vitest";
import {
  attemptRef,
  isLinkCode,
  isLinkId,
  isPayCode,
  isSessionId,
  LINK_CODE_LENGTH,
  linkIdOf,
  newEventId,
  newLinkCode,
  newPayCode,
  PAY_CODE_LENGTH,
  parseAttemptRef,
  sessionIdOf,
  sessionIdOfKey,
  sessionKeyOf,
  withFreshCode,
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

  it("are the same for the same code, and tell nothing of it: no symbol run of the code is in the id", async () => {
    const id = await sessionIdOf(code);
    expect(id).toMatch(/^ps_[1-9A-HJ-NP-Za-km-z]{22}$/);
    expect(await sessionIdOf(code)).toBe(id);
    expect(isSessionId(id)).toBe(true);
    for (let i = 0; i + 4 <= code.length; i++) expect(id).not.toContain(code.slice(i, i + 4));
    // The pay code's old id form (`ps_<code>`) is not a session id.
    expect(isSessionId(`ps_${code}`)).toBe(false);
  });

  it("differ for codes one symbol apart, and spread over the whole alphabet", async () => {
    const ids = await Promise.all(Array.from({ length: 500 }, () => sessionIdOf(newPayCode())));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await sessionIdOf("7Hq2xZk9PwR4mC")).not.toBe(await sessionIdOf(code));
    expect(new Set(ids.join("").replaceAll("ps_", "")).size).toBe(58);
  });

  it("lead from references and return keys back to the session id", async () => {
    const id = await sessionIdOf(code);
    expect(parseAttemptRef(attemptRef(id, 12))).toEqual({ sessionId: id, n: 12 });
    expect(sessionIdOfKey(sessionKeyOf(id))).toBe(id);
  });

  it("meet Vipps' reference pattern", async () => {
    expect(attemptRef(await sessionIdOf(code), 9999)).toMatch(/^[a-zA-Z0-9-]{8,50}$/);
  });

  it.each(["ps_", "ps_1234567890123456789012x", "px_1234567890123456789012", "1234567890123456789012", "ps_123456789012345678901O"])(
    "rejects session id %j",
    (id) => {
      expect(isSessionId(id)).toBe(false);
    },
  );

  const key = "1234567890123456789012";
  it.each([`${key}-0`, `${key}-`, `${key}-12345`, `${key}1`, `${key}-1x`, "x-1", `${code}-1`])("rejects reference %j", (ref) => {
    expect(parseAttemptRef(ref)).toBeNull();
  });

  it.each([code, `${key}1`, "", "ps_1234567890123456789012"])("rejects return key %j", (ref) => {
    expect(sessionIdOfKey(ref)).toBeNull();
  });

  it("makes event ids", () => {
    expect(newEventId()).toMatch(/^evt_[1-9A-HJ-NP-Za-km-z]{20}$/);
  });
});

describe("link codes and link ids", () => {
  it("are as short and as strong as pay codes, and distinct", () => {
    expect(LINK_CODE_LENGTH).toBeLessThanOrEqual(16);
    expect(LINK_CODE_LENGTH * Math.log2(58)).toBeGreaterThanOrEqual(70);
    const codes = Array.from({ length: 1000 }, newLinkCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every(isLinkCode)).toBe(true);
  });

  it.each(["", "short", "0OIl0OIl0OIl0O", "abcdefghijkmnop", "abc/efghijkmno"])("rejects the code %j", (code) => {
    expect(isLinkCode(code)).toBe(false);
  });

  it("hash the code one way, under their own domain: not the session id of the same code, no run of the code in it", async () => {
    const code = "7Hq2xZk9PwR4mB";
    const id = await linkIdOf(code);
    expect(id).toMatch(/^pl_[1-9A-HJ-NP-Za-km-z]{22}$/);
    expect(isLinkId(id)).toBe(true);
    expect(await linkIdOf(code)).toBe(id);
    expect(id.slice(3)).not.toBe((await sessionIdOf(code)).slice(3));
    for (let i = 0; i + 4 <= code.length; i++) expect(id).not.toContain(code.slice(i, i + 4));
  });

  it.each([
    ["pl_5fXqJ8cLr2WmZ9tB3kVhN4", true],
    ["ps_5fXqJ8cLr2WmZ9tB3kVhN4", false],
    ["pl_5fXqJ8cLr2WmZ9tB3kVhN", false],
    ["pl_0fXqJ8cLr2WmZ9tB3kVhN4", false],
  ])("isLinkId(%j) is %j", (id, expected) => {
    expect(isLinkId(id)).toBe(expected);
  });
});

describe("withFreshCode", () => {
  it.each([
    [[null, "made"], "made", 2],
    [[null, null, "made"], "made", 3],
    [[null, null, null, "made"], null, 3],
    [["made"], "made", 1],
  ] as const)("with stores answering %j: %s after %i codes", async (answers, made, tried) => {
    const codes: string[] = [];
    let n = 0;
    const result = await withFreshCode(
      () => `code${n++}`,
      async (code) => {
        codes.push(code);
        return answers[codes.length - 1] ?? null;
      },
    );
    expect(result).toBe(made);
    expect(codes).toEqual(Array.from({ length: tried }, (_, i) => `code${i}`));
  });
});
