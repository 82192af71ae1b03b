/**
 * The tap when a provider answers a URL: on its allowlist (Vipps MobilePay's landing pages, also
 * on the `pay.vipps.dk` / `pay.vipps.fi` domains announced for 2027) the browser goes there; off
 * it, the browser is never sent, the operator gets an error line to alert on, and the person a
 * page that says what happened and how to go on.
 */
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { vippsControl } from "../../node/fakes/vipps-control";
import { createSession, go, location } from "../helpers";

const fake = vippsControl(`http://127.0.0.1:${inject("fakeVippsPort")}`);

async function tapWithLanding(url: string) {
  const session = await createSession({ provider: "vipps" });
  await fake.redirect(`${session.sessionKey}-1`, url);
  return { session, tapped: await go(session.code, "hosted") };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the provider's URL at the tap", () => {
  it.each([
    "https://pay.vipps.dk/dwo-api-application/v1/deeplink/vippsgateway?token=dk",
    "https://pay.vipps.fi/dwo-api-application/v1/deeplink/vippsgateway?token=fi",
    "https://pay.mobilepay.dk/dwo-api-application/v1/deeplink/vippsgateway?token=old",
  ])("sends the browser to %s", async (url) => {
    const { tapped } = await tapWithLanding(url);
    expect(tapped.status).toBe(303);
    expect(location(tapped)).toBe(url);
  });

  it("never sends it to a host off the allowlist: an alert for the operator, a way on for the person", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => lines.push(line));
    const { session, tapped } = await tapWithLanding("https://pay.vipps.example/landing?token=secret-token");
    expect(tapped.status).toBe(502);
    expect(tapped.headers.get("location")).toBeNull();
    const page = await tapped.text();
    expect(page).toContain("The payment service sent an address we do not recognise");
    expect(page).toContain("Nothing was charged");
    expect(page).toContain(`href="/p/${session.code}"`);
    expect(page).not.toContain("pay.vipps.example");
    const alerts = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === "provider url not allowed");
    expect(alerts).toEqual([
      expect.objectContaining({ level: "error", provider: "vipps", host: "pay.vipps.example", scheme: "https:", session: session.id }),
    ]);
    expect(lines.join("\n")).not.toContain("secret-token");
    expect(lines.join("\n"), "the pay code is in no log line").not.toContain(session.code);
  });
});
