/** What `classify` makes of real user agents and client hints, and of headers no device sends. */
import { describe, expect, it } from "vitest";
import { classify, MAX_USER_AGENT_LENGTH } from "../../../src/device/classify";
import { IN_APP_BROWSERS, OPERATING_SYSTEMS } from "../../../src/device/device";
import { USER_AGENTS, type UserAgentCase } from "./user-agents";

function headersOf(c: UserAgentCase): Headers {
  return new Headers({ "user-agent": c.ua, ...c.hints });
}

function label(c: UserAgentCase): string {
  const ua = c.ua.length > 70 ? `${c.ua.slice(0, 70)}…` : c.ua;
  return `${c.seen} | ${ua}${c.hints ? " (+hints)" : ""}`;
}

describe("classify on real user agents", () => {
  it.each(USER_AGENTS.map((c) => [label(c), c] as const))("%s", (_, c) => {
    expect(classify(headersOf(c))).toEqual(c.expect);
  });
});

describe("classify's memory of devices met before", () => {
  const all = USER_AGENTS.map((c) => [c, headersOf(c)] as const);

  it("answers the same the second time, in another order, after more than it keeps", () => {
    for (const [, headers] of all) classify(headers);
    for (const [c, headers] of [...all].reverse()) expect(classify(headers), label(c)).toEqual(c.expect);
  });

  it("tells apart requests with the same User-Agent and other hints", () => {
    const ua = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    const hinted = (version: string) =>
      new Headers({ "user-agent": ua, "sec-ch-ua-platform": '"Android"', "sec-ch-ua-platform-version": `"${version}"` });
    expect([
      classify(hinted("14.0.0")).os_version,
      classify(hinted("15.0.0")).os_version,
      classify(new Headers({ "user-agent": ua })).os_version,
    ]).toEqual(["14", "15", null]);
  });

  it("gives out answers no caller can change", () => {
    const device = classify(new Headers({ "user-agent": USER_AGENTS[0]?.ua ?? "" }));
    expect(Object.isFrozen(device)).toBe(true);
  });
});

describe("the table of real user agents", () => {
  it("is large enough to mean something", () => {
    expect(USER_AGENTS.length).toBeGreaterThanOrEqual(200);
  });

  it("covers every app, with a phone of each system where the app exists", () => {
    const seen = new Set(USER_AGENTS.map((c) => c.expect.in_app));
    for (const app of IN_APP_BROWSERS) expect(seen, app).toContain(app);
    expect(seen).toContain(null);
    const on = (os: string) => new Set(USER_AGENTS.filter((c) => c.expect.os === os).map((c) => c.expect.in_app));
    // Apps whose phone browsers mark themselves on both systems; Telegram on iOS leaves no mark,
    // and the rest are named on one system only (Outlook, Viber by Android's X-Requested-With;
    // Teams, Slack, Discord by their desktop apps).
    const onBoth = IN_APP_BROWSERS.filter((app) => !["telegram", "viber", "teams", "slack", "discord", "outlook"].includes(app));
    for (const app of onBoth) {
      expect(on("ios"), `${app} on iOS`).toContain(app);
      expect(on("android"), `${app} on Android`).toContain(app);
    }
  });

  it("covers every system, bots and people, phones and not", () => {
    const systems = new Set(USER_AGENTS.map((c) => c.expect.os));
    for (const os of OPERATING_SYSTEMS) expect(systems, os).toContain(os);
    expect(new Set(USER_AGENTS.map((c) => c.expect.bot))).toEqual(new Set([true, false]));
    expect(new Set(USER_AGENTS.map((c) => c.expect.mobile))).toEqual(new Set([true, false]));
    expect(USER_AGENTS.filter((c) => c.hints).length).toBeGreaterThanOrEqual(10);
  });

  it("names where each string was seen, and holds each string once", () => {
    for (const c of USER_AGENTS) expect(c.seen.length, c.ua).toBeGreaterThan(10);
    const keys = USER_AGENTS.map((c) => `${c.ua}\n${JSON.stringify(c.hints ?? {})}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("classify on headers no device sends", () => {
  const nothing = { bot: true, in_app: null, os: "other", os_version: null, mobile: false };
  const iphone =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) " +
    "Mobile/15E148 Instagram 330.0.3.29.91";
  const instagram = { bot: false, in_app: "instagram", os: "ios", os_version: "17.4.1", mobile: true };

  it("takes a missing or blank User-Agent for a bot", () => {
    expect(classify(new Headers())).toEqual(nothing);
    expect(classify(new Headers({ "user-agent": "" }))).toEqual(nothing);
    expect(classify(new Headers({ "user-agent": "   " }))).toEqual(nothing);
  });

  it("still reads the client hints of a request without a User-Agent", () => {
    const headers = new Headers({
      "sec-ch-ua-platform": '"Android"',
      "sec-ch-ua-mobile": "?1",
      "sec-ch-ua-platform-version": '"14.0.0"',
    });
    expect(classify(headers)).toEqual({ bot: true, in_app: null, os: "android", os_version: "14", mobile: true });
  });

  it("reads only the start of a huge User-Agent, and fast", () => {
    const huge = `${iphone} ${"x".repeat(10_000)} facebookexternalhit/1.1`;
    const started = performance.now();
    const device = classify(new Headers({ "user-agent": huge }));
    expect(performance.now() - started).toBeLessThan(50);
    expect(device).toEqual(instagram);
    expect(iphone.length).toBeLessThan(MAX_USER_AGENT_LENGTH);
  });

  it("stays fast on strings built to make patterns backtrack", () => {
    const attacks = [
      `Mozilla/5.0 (${"Android ".repeat(2_000)}`,
      `Mozilla/5.0 (iPhone; CPU iPhone OS ${"1_".repeat(3_000)}`,
      `Mozilla/5.0 (Macintosh; Intel Mac OS X ${"10.".repeat(3_000)}`,
      "a".repeat(10_000),
    ];
    for (const ua of attacks) {
      const started = performance.now();
      classify(new Headers({ "user-agent": ua, "sec-ch-ua-platform-version": `"${"0.".repeat(1_000)}0"` }));
      expect(performance.now() - started, ua.slice(0, 40)).toBeLessThan(50);
    }
  });

  it("ignores the casing of header names and of the tokens it looks for", () => {
    const headers = new Headers({
      "USER-AGENT": "MOZILLA/5.0 (LINUX; ANDROID 13; SM-A536B; WV) APPLEWEBKIT/537.36 MOBILE SAFARI/537.36",
      "Sec-Ch-Ua-Platform-Version": '"13.0.0"',
    });
    expect(classify(headers)).toEqual({ bot: false, in_app: "webview", os: "android", os_version: "13", mobile: true });
  });

  it("lets the client hints overrule the User-Agent", () => {
    const reduced = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36";
    const hints = {
      "sec-ch-ua": '"Chromium";v="124", "Android WebView";v="124", "Not-A.Brand";v="99"',
      "sec-ch-ua-mobile": "?0",
      "sec-ch-ua-platform": '"Android"',
      "sec-ch-ua-platform-version": '"14.0.0"',
    };
    expect(classify(new Headers({ "user-agent": reduced, ...hints }))).toEqual({
      bot: false,
      in_app: "webview",
      os: "android",
      os_version: "14",
      mobile: false,
    });
  });

  it("ignores client hints it cannot read", () => {
    const headers = new Headers({
      "user-agent": iphone,
      "sec-ch-ua-platform": '"PlayStation"',
      "sec-ch-ua-platform-version": '"fourteen"',
      "sec-ch-ua-mobile": "yes",
    });
    expect(classify(headers)).toEqual(instagram);
  });
});
