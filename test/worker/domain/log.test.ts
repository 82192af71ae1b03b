/**
 * No personal data in logs, and every other fact kept: phone numbers and e-mail addresses are taken
 * out of every log line (by key for the fields that name them, by pattern in free text), while
 * dates, times, amounts, references, ids, digests, addresses and URLs stay as they were.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { log } from "../../../src/log";
import { redact } from "../../../src/redact";

describe("redact takes out phone numbers and e-mail addresses", () => {
  it.each([
    ["customer +4799999999 refused", "customer [redacted] refused"],
    ["customer +47 999 99 999 refused", "customer [redacted] refused"],
    ["(+47) 999-99-999", "([redacted]"],
    ["call 004799999999", "call [redacted]"],
    ["+358 (0)40 123 4567", "[redacted]"],
    ["+46 70-123 45 67.", "[redacted]."],
    ["+1 202 555 0143", "[redacted]"],
    ["phoneNumber: 4791234567", "phoneNumber: [redacted]"],
    ["call 99 99 99 99 now", "call [redacted] now"],
    ["call 99999999, please", "call [redacted], please"],
    ["tel 999-99-999", "tel [redacted]"],
    ["Swedish 070-123 45 67", "Swedish [redacted]"],
    ["?phone=4799999999&x=1", "?phone=[redacted]&x=1"],
    ['{"name":"phoneNumber","reason":"+4799999999 is not valid"}', '{"name":"phoneNumber","reason":"[redacted] is not valid"}'],
    ['{"phoneNumber":"4791234567"}', '{"phoneNumber":"[redacted]"}'],
    ['{"field":"phone","value":"99999999"}', '{"field":"phone","value":"[redacted]"}'],
    ["mail kari.nordmann+shop@example.co.uk please", "mail [redacted] please"],
    ["mailto:kari@example.com", "mailto:[redacted]"],
    // A pay code opens its link: never in a log, in a path or a URL.
    ["client went away on /p/7Hq2xZk9PwR4mB/go", "client went away on /p/[redacted]/go"],
    ["https://pay.example/p/7Hq2xZk9PwR4mB", "https://pay.example/p/[redacted]"],
    ["https://pay.example/l/4RtY7uKp2Wq9Zx/qr.svg", "https://pay.example/l/[redacted]/qr.svg"],
  ])("%j → %j", (text, expected) => {
    expect(redact(text)).toBe(expected);
  });
});

describe("redact keeps every other fact", () => {
  it.each([
    ['"next_try_at":"2026-11-30T03:14:12.822Z"'],
    ["at 2026-11-30T03:14:12+01:00 and 2026-11-30 14:03:12.5"],
    ["on 2026-11-30, or 30.11.2026"],
    ["at 03:14:12.822"],
    ["epoch ms 1764472452822, seconds 1764472452"],
    ["amount 29990 NOK"],
    ["amount 65000001 over the limit"],
    ["65000001 NOK, NOK 65000001, EUR 12345678.50"],
    ['{"amount":{"currency":"NOK","value":65000001}}'],
    ['{"count":12345678,"ms":1500}'],
    ["HTTP 503 after 3 tries"],
    ["attempt 7Hq2xZk9PwR4mB-12 failed"],
    ["reference ORDER-20261130-0001"],
    ["order #12345678"],
    ["ps_7Hq2xZk9PwR4mB evt_19bd3c0a1f2e4d5c sbx_12345678901"],
    ["id 550e8400-e29b-41d4-a716-446655440000"],
    ["id 12345678-1234-4234-8234-123456789012"],
    ["sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
    ["digest 12345678901234567890123456789012"],
    ["ray 8a1b2c3d4e5f6789-OSL"],
    ["from 192.168.100.200 and 203.0.113.7"],
    ["https://pay.example/r/7Hq2xZk9PwR4mB-1?ref=ORDER-1 and https://shop.example/orders/12345678"],
    ["http://127.0.0.1:8787/r/7Hq2xZk9PwR4mB-1"],
    ["P12345678.55Q4CC1WuVJdgCssZfrf5a"],
  ])("%j", (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe("log", () => {
  afterEach(() => vi.restoreAllMocks());

  function lineOf(fields: Record<string, unknown>): Record<string, unknown> {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => lines.push(line));
    log("error", "provider unavailable", fields);
    expect(lines).toHaveLength(1);
    return JSON.parse(lines[0] ?? "{}");
  }

  it("writes one JSON line with nothing personal in any field, however deep", () => {
    const fields = {
      code: "7Hq2xZk9PwR4mB",
      why: { detail: 'vipps: HTTP 400: {"extraDetails":[{"name":"phoneNumber","reason":"+4799999999 is not valid"}]}' },
      error: new Error("customer kari@example.com refused"),
      list: ["4712345678"],
    };
    const entry = lineOf(fields);
    expect(entry).toMatchObject({ level: "error", msg: "provider unavailable", code: "[redacted]", list: ["[redacted]"] });
    expect(JSON.stringify(entry)).not.toMatch(/99999999|kari@example\.com|4712345678|7Hq2xZk9PwR4mB/);
  });

  it("takes out the fields that name personal data whatever they hold, and keeps the gateway's facts", () => {
    const facts = {
      merchant: "mer_local",
      event: "evt_19bd3c0a1f2e4d5c",
      try: 3,
      status: 503,
      amount: 65000001,
      next_try_at: "2026-11-30T03:14:12.822Z",
    };
    const entry = lineOf({
      customer: { phone_number: "+4799999999", phoneNumber: 4799999999, email: "kari@example.com", msisdn: "4799999999" },
      code: "7Hq2xZk9PwR4mB",
      pay_url: "https://pay.example/p/7Hq2xZk9PwR4mB",
      ...facts,
    });
    expect(entry).toMatchObject({
      customer: { phone_number: "[redacted]", phoneNumber: "[redacted]", email: "[redacted]", msisdn: "[redacted]" },
      code: "[redacted]",
      pay_url: "[redacted]",
      ...facts,
    });
  });
});
