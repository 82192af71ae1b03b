/**
 * The payment funnel in Workers Analytics Engine: the layout of a point, and the points a pay link's
 * life writes, from the first view to paid, failed, cancelled or expired. The worker tests bind
 * `FUNNEL` as production does; these watch its writes.
 */

import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, inject, it, type MockInstance, vi } from "vitest";
import type { Device } from "../../../src/device/device";
import { deviceClass, FUNNEL_STAGES, funnelPoint } from "../../../src/funnel";
import { fakeDintero } from "../../node/fakes/dintero-control";
import { api, call, createSession, go, IPHONE_SAFARI, payInSandbox, runAlarm, sessionStub } from "../helpers";

const INSTAGRAM_ANDROID =
  "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240705.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.134 Mobile Safari/537.36 Instagram 341.0.0.45.100 Android (34/14; 420dpi; 1080x2400; Google/google; Pixel 8; shiba; shiba; nb_NO; 614289032)";
const SLACKBOT = "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)";

interface Point {
  stage: string;
  handoff: string;
  device: string;
  provider: string;
  method: string;
  mode: string;
  currency: string;
  merchant: string;
  amount: number;
}

let writes: MockInstance<AnalyticsEngineDataset["writeDataPoint"]>;

beforeEach(() => {
  const dataset = (env as unknown as { FUNNEL: AnalyticsEngineDataset }).FUNNEL;
  writes = vi.spyOn(Object.getPrototypeOf(dataset) as AnalyticsEngineDataset, "writeDataPoint");
});
afterEach(() => vi.restoreAllMocks());

/** The points written so far for the session of `amount` (each test gives its session its own amount). */
function pointsFor(amount: number): Point[] {
  return writes.mock.calls
    .map(([point]) => point ?? {})
    .filter((point) => point.doubles?.[0] === amount)
    .map(({ blobs = [], indexes = [], doubles = [] }) => {
      const [stage, handoff, device, provider, method, mode, currency] = blobs as string[];
      return { stage, handoff, device, provider, method, mode, currency, merchant: indexes[0], amount: doubles[0] } as Point;
    });
}

const stagesOf = (amount: number) => pointsFor(amount).map((point) => `${point.stage} ${point.handoff} ${point.device}`);

function sessionOf(amount: number, overrides: Record<string, unknown> = {}) {
  return createSession({ order: { amount, currency: "NOK", merchant_reference: `F-${amount}` }, ...overrides });
}

describe("a point", () => {
  it("puts each field where the README's query reads it", () => {
    const point = funnelPoint(
      { merchant_id: "mer_local", provider: "vipps", payment_method: "mobilepay", mode: "live", currency: "NOK", amount: 29990 },
      { stage: "paid", handoff: "hosted", device: "ios/instagram" },
    );
    expect(point).toEqual({
      indexes: ["mer_local"],
      blobs: ["paid", "hosted", "ios/instagram", "vipps", "mobilepay", "live", "NOK"],
      doubles: [29990],
    });
  });

  it.each<[Partial<Device>, string]>([
    [{ os: "ios", in_app: null }, "ios"],
    [{ os: "ios", in_app: "instagram" }, "ios/instagram"],
    [{ os: "android", in_app: "webview" }, "android/webview"],
    [{ os: "windows", in_app: null }, "windows"],
    [{ os: "macos", in_app: null, bot: true }, "bot"],
  ])("names the device %j as %s", (device, expected) => {
    expect(deviceClass({ bot: false, os_version: null, mobile: true, ...device } as Device)).toBe(expected);
  });
});

describe("the points of a pay link's life", () => {
  it("opened, handoff chosen, provider reached and paid, with the handoff and device of the paying attempt", async () => {
    const session = await sessionOf(10_001);
    expect((await call(`/p/${session.code}`, { headers: { "user-agent": IPHONE_SAFARI } })).status).toBe(200);
    await payInSandbox(session.code, "approve");
    expect(stagesOf(10_001)).toEqual(["opened hosted ios", "handoff_chosen hosted ios", "provider_reached hosted ios", "paid hosted ios"]);
    expect(pointsFor(10_001)[3]).toEqual({
      stage: "paid",
      handoff: "hosted",
      device: "ios",
      provider: "sandbox",
      method: "vipps",
      mode: "test",
      currency: "NOK",
      merchant: "mer_local",
      amount: 10_001,
    });
  });

  it("a preview for a link previewer, and nothing more: it never taps", async () => {
    const session = await sessionOf(10_002);
    await call(`/p/${session.code}`, { headers: { "user-agent": SLACKBOT } });
    expect((await go(session.code, "hosted", SLACKBOT)).status).toBe(303);
    expect(stagesOf(10_002)).toEqual(["preview preview bot"]);
  });

  it("an in-app browser's app deeplink that fails, then a retry in the browser that is paid", async () => {
    const session = await sessionOf(10_003);
    await call(`/p/${session.code}`, { headers: { "user-agent": INSTAGRAM_ANDROID } });
    const tapped = await go(session.code, "app", INSTAGRAM_ANDROID);
    await call(new URL(tapped.headers.get("location") ?? "").pathname.replace("/sandbox/app/", "/sandbox/pay/"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "decision=decline",
    });
    await call(`/r/${session.sessionKey}-1`);
    await payInSandbox(session.code, "approve");
    expect(stagesOf(10_003)).toEqual([
      "opened hosted android/instagram",
      "handoff_chosen app android/instagram",
      "provider_reached app android/instagram",
      "failed app android/instagram",
      "handoff_chosen hosted ios",
      "provider_reached hosted ios",
      "paid hosted ios",
    ]);
  });

  it("cancelled by the merchant, after a tap", async () => {
    const session = await sessionOf(10_004);
    await go(session.code);
    expect((await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" })).status).toBe(200);
    expect(stagesOf(10_004)).toEqual(["handoff_chosen hosted ios", "provider_reached hosted ios", "cancelled hosted ios"]);
  });

  it("expired, with no handoff when no one tapped", async () => {
    const session = await sessionOf(10_005);
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE session SET expires_at = ?", Date.now() - 1);
    });
    await runAlarm(session.id);
    expect(stagesOf(10_005)).toEqual(["expired none none"]);
  });

  it("a provider error when the provider refuses the attempt", async () => {
    const session = await sessionOf(10_006, { provider: "dintero" });
    await fakeDintero(inject("fakeDinteroPort")).fail({ path: "/v1/sessions-profile", match: `${session.sessionKey}-1`, status: 400 });
    expect((await go(session.code)).status).toBe(502);
    expect(stagesOf(10_006)).toEqual(["handoff_chosen hosted ios", "provider_error hosted ios"]);
    expect(pointsFor(10_006)[1]?.provider).toBe("dintero");
  });

  it("no view of a link that is no longer open counts as opened", async () => {
    const session = await sessionOf(10_007);
    await payInSandbox(session.code, "approve");
    const before = stagesOf(10_007).length;
    await call(`/p/${session.code}`, { headers: { "user-agent": IPHONE_SAFARI } });
    expect(stagesOf(10_007)).toHaveLength(before);
  });

  it("never holds the pay code, and uses only the documented stages", async () => {
    const session = await sessionOf(10_008);
    await call(`/p/${session.code}`, { headers: { "user-agent": IPHONE_SAFARI } });
    await payInSandbox(session.code, "approve");
    const written = JSON.stringify(writes.mock.calls);
    expect(written).not.toContain(session.code);
    expect(pointsFor(10_008).every((point) => (FUNNEL_STAGES as readonly string[]).includes(point.stage))).toBe(true);
  });
});

describe("a funnel that cannot be written", () => {
  it("costs the customer nothing: the page is served and the payment goes on", async () => {
    writes.mockImplementation(() => {
      throw new Error("analytics engine unavailable");
    });
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const session = await sessionOf(10_009);
    expect((await call(`/p/${session.code}`, { headers: { "user-agent": IPHONE_SAFARI } })).status).toBe(200);
    const { back } = await payInSandbox(session.code, "approve");
    expect(back.status).toBeLessThan(500);
    expect((await (await call(`/p/${session.code}/status`)).json()) as { status: string }).toMatchObject({ status: "paid" });
    expect(warnings.mock.calls.map(([line]) => JSON.parse(String(line)).msg)).toContain("funnel point not written");
  });
});
