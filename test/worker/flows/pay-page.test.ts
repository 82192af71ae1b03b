/**
 * The moment a person taps a pay link: each kind of device gets the page the routing table says,
 * previews never start a payment, and a link survives being opened any number of times.
 */

import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { PAY_PAGE_BUDGET_BYTES } from "../../budgets";
import { api, call, createSession, go, IPHONE_SAFARI, OTHER_KEY, payInSandbox } from "../helpers";

const UA = {
  iphone: IPHONE_SAFARI,
  androidChrome: "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
  instagramIos17:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 336.0.3.19.92 (iPhone14,5; iOS 17_5_1; nb_NO; nb; scale=3.00; 1170x2532; 614587214)",
  facebookAndroid:
    "Mozilla/5.0 (Linux; Android 13; SM-G991B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/469.0.0.48.77;]",
  androidWebView:
    "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240705.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.134 Mobile Safari/537.36",
  desktopChrome: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  oldIphone:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_3 like Mac OS X) AppleWebKit/603.3.8 (KHTML, like Gecko) Version/10.0 Mobile/14G60 Safari/602.1",
  slackbot: "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
  iMessage:
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0",
};

const open = (code: string, userAgent: string) => call(`/p/${code}`, { headers: { "user-agent": userAgent } });

async function attempts(id: string): Promise<{ handoff: string; status: string }[]> {
  return ((await (await api(`/v1/sessions/${id}`)).json()) as { attempts: { handoff: string; status: string }[] }).attempts;
}

describe("the page each device gets", () => {
  it("previews for link previewers: Open Graph, no way to pay, no attempt", async () => {
    const session = await createSession();
    for (const ua of [UA.slackbot, UA.iMessage]) {
      const html = await (await open(session.code, ua)).text();
      expect(html).toMatch(/<meta property="og:title" content="Pay NOK\u00a0299.90 to Local Test Shop">/);
      expect(html).toContain('<meta property="og:description" content="Two tickets · Pay with Vipps">');
      expect(html).not.toContain("<form");
      const posted = await go(session.code, "hosted", ua);
      expect(posted.headers.get("location")).toBe(`/p/${session.code}`);
    }
    expect(await attempts(session.id)).toEqual([]);
  });

  it("sends a phone's browser to the provider's https page", async () => {
    const session = await createSession();
    const html = await (await open(session.code, UA.androidChrome)).text();
    expect(html).toContain('name="handoff" value="hosted"><button class="btn">Continue to Vipps</button>');
    expect(html, "the same form again, for the script to show should the page stay in front").toMatch(
      /<div data-when="waiting" data-later hidden><form [^>]*><input [^>]*value="hosted"><button class="btn alt">Didn&#39;t open\? Continue<\/button>/,
    );
    expect(html).not.toContain("<img data-qr");
    expect(html).not.toContain("x-safari-https");
  });

  it("offers Safari to Instagram on iOS 17, still through the https page", async () => {
    const session = await createSession();
    const html = await (await open(session.code, UA.instagramIos17)).text();
    expect(html).toContain('value="hosted"');
    expect(html).toContain(`href="x-safari-https://pay.test/p/${session.code}">Open in Safari</a>`);
  });

  it("offers the default browser to Facebook on Android", async () => {
    const session = await createSession();
    const html = await (await open(session.code, UA.facebookAndroid)).text();
    expect(html).toContain('value="hosted"');
    expect(html).toContain(`href="intent://pay.test/p/${session.code}#Intent;scheme=https;end"`);
  });

  it("sends an unnamed web view (most are mail apps and messengers) to the https page, never the deeplink", async () => {
    const session = await createSession();
    const html = await (await open(session.code, UA.androidWebView)).text();
    expect(html).toContain('value="hosted"><button class="btn">Continue to Vipps</button>');
    expect(html).not.toContain('value="app"');
  });

  it("gives the merchant's own app the deeplink, with a way on to the payment page should the app not open", async () => {
    const session = await createSession({ handoff: "app" });
    const html = await (await open(session.code, UA.androidWebView)).text();
    expect(html).toContain('value="app"><button class="btn">Open Vipps</button>');
    expect(html).toMatch(
      /<div data-when="open waiting" data-later><p class="note">Vipps did not open\?<\/p><form [^>]*><input [^>]*value="hosted"><button class="btn alt">Continue on the payment page/,
    );
    expect(html).not.toContain("in the browser");
  });

  it("shows a desktop a QR code of the link", async () => {
    const session = await createSession();
    const html = await (await open(session.code, UA.desktopChrome)).text();
    expect(html).toContain(`<img data-qr src="/p/${session.code}/qr.svg"`);
  });

  it("explains to an old iPhone that the app cannot run there, and still offers the payment page", async () => {
    const session = await createSession();
    const html = await (await open(session.code, UA.oldIphone)).text();
    expect(html).toContain("Vipps needs iOS 12 or Android 6 or newer");
    expect(html).toContain('value="hosted"');
  });

  it("follows the handoff the merchant asks for where the device can follow it", async () => {
    const hosted = await createSession({ handoff: "hosted" });
    expect(await (await open(hosted.code, UA.androidWebView)).text()).toContain('value="hosted"><button class="btn">Continue');
    const app = await createSession({ handoff: "app" });
    expect(await (await open(app.code, UA.iphone)).text()).toContain('value="app"><button class="btn">Open Vipps');
    for (const cannot of [UA.instagramIos17, UA.facebookAndroid, UA.desktopChrome]) {
      expect(await (await open(app.code, cannot)).text(), cannot).toContain('value="hosted"><button class="btn">Continue to Vipps');
    }
    expect((await go(app.code, "app")).headers.get("location")).toMatch(/^https:\/\/pay\.test\/sandbox\/app\/sbx_/);
    const wayOn = await go(app.code, "hosted", UA.desktopChrome);
    expect(wayOn.headers.get("location"), "the way on, or a device the app cannot reach").toMatch(
      /^https:\/\/pay\.test\/sandbox\/pay\/sbx_/,
    );
    expect((await go(hosted.code, "app")).headers.get("location"), "the merchant's hosted overrules").toMatch(/\/sandbox\/pay\/sbx_/);
    expect((await attempts(app.id)).map((attempt) => attempt.handoff)).toEqual(["app", "hosted"]);
    expect((await attempts(hosted.id)).map((attempt) => attempt.handoff)).toEqual(["hosted"]);
  });

  it("asks for the client hints that tell the OS version", async () => {
    const session = await createSession();
    expect((await open(session.code, UA.androidChrome)).headers.get("accept-ch")).toContain("Sec-CH-UA-Platform-Version");
  });
});

describe("the brand", () => {
  // The app follows the currency (the payment method is the currency's), never the provider.
  it.each([
    { currency: "NOK", provider: "sandbox", app: "Vipps", brandClass: false },
    { currency: "NOK", provider: "dintero", app: "Vipps", brandClass: false },
    { currency: "DKK", provider: "sandbox", app: "MobilePay", brandClass: true },
    { currency: "DKK", provider: "dintero", app: "MobilePay", brandClass: true },
    { currency: "EUR", provider: "sandbox", app: "MobilePay", brandClass: true },
    { currency: "EUR", provider: "dintero", app: "MobilePay", brandClass: true },
  ])("$currency through $provider opens $app", async ({ currency, provider, app, brandClass }) => {
    const order = { amount: 29990, currency, merchant_reference: "ORDER123" };
    for (const [handoff, ua, button] of [
      ["auto", UA.androidChrome, `Continue to ${app}`],
      ["app", UA.androidWebView, `Open ${app}`],
    ] as const) {
      const session = await createSession({ provider, handoff, order });
      const html = await (await open(session.code, ua)).text();
      expect(html).toContain(`<button class="btn">${button}</button>`);
      expect(html).toContain(`<h2 tabindex="-1">Opening ${app}…</h2>`);
      expect(html).not.toContain(app === "Vipps" ? "MobilePay" : "Vipps");
      expect(html.includes('<main class="mp"'), "MobilePay's blue").toBe(brandClass);
    }
    const preview = await createSession({ provider, order });
    expect(await (await open(preview.code, UA.slackbot)).text()).toContain(`Pay with ${app}`);
  });
});

describe("the page after an attempt", () => {
  it("says a failed payment was not completed and offers to try again", async () => {
    const session = await createSession();
    await payInSandbox(session.code, "decline");
    const status = await (await call(`/p/${session.code}/status`)).json();
    expect(status).toMatchObject({ status: "open", attempt: "failed" });
    const html = await (await open(session.code, UA.iphone)).text();
    expect(html).toContain('data-view="retry"');
    expect(html).toContain("<b>Payment not completed.</b>");
    expect(html).toContain("Continue to Vipps");
  });
});

describe("links survive being opened", () => {
  it("stay open and start nothing however often, and by whom, they are opened", async () => {
    const session = await createSession();
    const agents = Object.values(UA);
    const opens = await Promise.all(Array.from({ length: 60 }, (_, i) => open(session.code, agents[i % agents.length] ?? "")));
    expect(opens.every((response) => response.status === 200)).toBe(true);
    const heads = await Promise.all(Array.from({ length: 5 }, () => call(`/p/${session.code}`, { method: "HEAD" })));
    expect(heads.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(await heads[0]?.text()).toBe("");
    const getGo = await call(`/p/${session.code}/go`);
    expect(getGo.headers.get("location")).toBe(`/p/${session.code}`);
    expect(await attempts(session.id)).toEqual([]);
    expect(await (await call(`/p/${session.code}/status`)).json()).toMatchObject({ status: "open", attempt: null });
  });

  it("share one attempt per handoff when taps come from two devices and two routes, and end the other once one is paid", async () => {
    const session = await createSession();
    await Promise.all([go(session.code), go(session.code, "hosted", UA.androidChrome), go(session.code, "hosted", UA.desktopChrome)]);
    await go(session.code, "app", UA.androidWebView);
    const list = await attempts(session.id);
    expect(list.map((attempt) => [attempt.handoff, attempt.status])).toEqual([
      ["hosted", "pending"],
      ["app", "pending"],
    ]);
    const { back } = await payInSandbox(session.code, "approve");
    expect(back.status).toBe(200);
    expect(await (await call(`/p/${session.code}/status`)).json()).toMatchObject({ status: "paid" });
    expect((await attempts(session.id)).map((attempt) => [attempt.handoff, attempt.status])).toEqual([
      ["hosted", "authorized"],
      ["app", "cancelled"],
    ]);
  });
});

describe("an escape switched off by the operator (ESCAPES_OFF), read on every request", () => {
  it("is gone from the page and from /v1/device, while the other escapes stay", async () => {
    const session = await createSession();
    const switched = { env: { ...env, ESCAPES_OFF: "facebook:intent,tiktok:x-safari-https" } };
    const facebook = await (await call(`/p/${session.code}`, { headers: { "user-agent": UA.facebookAndroid } }, switched)).text();
    expect(facebook).not.toContain("intent://");
    expect(facebook).toContain('value="hosted"><button class="btn">Continue to Vipps');
    const device = await call("/v1/device", { headers: { "user-agent": UA.facebookAndroid } }, switched);
    expect(await device.json()).toMatchObject({ in_app: "facebook", page: "hosted", escape: null });
    const instagram = await (await call(`/p/${session.code}`, { headers: { "user-agent": UA.instagramIos17 } }, switched)).text();
    expect(instagram).toContain(`href="x-safari-https://pay.test/p/${session.code}">Open in Safari</a>`);
    expect(await (await open(session.code, UA.facebookAndroid)).text(), "without the switch").toContain("intent://");
  });
});

describe("GET /v1/device", () => {
  it("tells a caller what the gateway makes of its device", async () => {
    const response = await call("/v1/device", { headers: { "user-agent": UA.instagramIos17 } });
    expect(await response.json()).toEqual({
      bot: false,
      in_app: "instagram",
      os: "ios",
      os_version: "17.5.1",
      mobile: true,
      page: "hosted",
      escape: "x-safari-https",
    });
  });

  it("says a previewer gets a preview", async () => {
    const response = await call("/v1/device", { headers: { "user-agent": UA.slackbot } });
    expect(await response.json()).toMatchObject({ bot: true, page: "preview", escape: null });
  });
});

describe("the budget", () => {
  it("keeps every pay page under 2 KB gzipped, in every language and either brand, with the merchant's details and the TEST badge", async () => {
    for (const [handoff, currency] of [
      ["auto", "NOK"],
      ["app", "NOK"],
      ["auto", "DKK"],
      ["app", "EUR"],
    ]) {
      // The other test merchant has every detail a customer may be shown: org number, support, terms.
      const session = await createSession(
        {
          handoff,
          url: { return_url: "https://shop.example/return" },
          order: {
            amount: 100_000_000,
            currency,
            merchant_reference: "ORDER123",
            description: "A description of a hundred characters, which is as long as a description may be, no more.",
          },
        },
        OTHER_KEY,
      );
      for (const language of ["nb", "da", "fi", "sv", "en"]) {
        for (const ua of [UA.iphone, UA.instagramIos17, UA.facebookAndroid, UA.androidWebView, UA.desktopChrome, UA.oldIphone]) {
          const response = await call(`/p/${session.code}`, { headers: { "user-agent": ua, "accept-language": language } });
          expect(response.headers.get("content-language")).toBe(language);
          const page = await response.text();
          expect(page).toContain("999 999 999");
          const gzipped = await new Response(new Blob([page]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer();
          expect(gzipped.byteLength, `${language} ${handoff} ${currency} ${ua}`).toBeLessThanOrEqual(PAY_PAGE_BUDGET_BYTES);
        }
      }
    }
  });
});
