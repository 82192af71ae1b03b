/** No personal data in logs: phone numbers and e-mail addresses are taken out of every log line. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { log, redact } from "../../../src/log";

describe("redact", () => {
  it.each([
    ["customer +4799999999 refused", "customer [redacted] refused"],
    ["phoneNumber: 4791234567", "phoneNumber: [redacted]"],
    ["call 99 99 99 99 now", "call [redacted] now"],
    ["tel 999-99-999", "tel [redacted]"],
    ["mail kari.nordmann+shop@example.co.uk please", "mail [redacted] please"],
    ["attempt 7Hq2xZk9PwR4mB-12 failed", "attempt 7Hq2xZk9PwR4mB-12 failed"],
    ["HTTP 503 after 3 tries", "HTTP 503 after 3 tries"],
    ["amount 29990 NOK", "amount 29990 NOK"],
  ])("%j → %j", (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe("log", () => {
  afterEach(() => vi.restoreAllMocks());

  it("writes one JSON line with nothing personal in any field, however deep", () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => lines.push(line));
    log("error", "provider unavailable", {
      code: "7Hq2xZk9PwR4mB",
      why: { detail: 'vipps: HTTP 400: {"extraDetails":[{"name":"phoneNumber","reason":"+4799999999 is not valid"}]}' },
      error: new Error("customer kari@example.com refused"),
      list: ["4712345678"],
    });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry).toMatchObject({ level: "error", msg: "provider unavailable", code: "7Hq2xZk9PwR4mB", list: ["[redacted]"] });
    expect(lines[0]).not.toMatch(/99999999|kari@example\.com|4712345678/);
  });
});
