/** The routing table: where each kind of device is sent, case by case. */
import { describe, expect, it } from "vitest";
import type { Device } from "../../../src/device/device";
import { escapeHref, type HandoffPolicy, handoffOfTap, type PagePlan, planPage } from "../../../src/device/page-plan";

const phone = (os: Device["os"], os_version: string, in_app: Device["in_app"] = null): Device => ({
  bot: false,
  in_app,
  os,
  os_version,
  mobile: true,
});
const desktop = (os: Device["os"]): Device => ({ bot: false, in_app: null, os, os_version: null, mobile: false });

type Row = [string, Device, HandoffPolicy, PagePlan];
const hosted: PagePlan = { kind: "hosted", escape: null, qr: false };
const app: PagePlan = { kind: "app", escape: null, qr: false };

describe("planPage", () => {
  const rows: Row[] = [
    ["a preview bot", { ...desktop("macos"), bot: true }, "auto", { kind: "preview", escape: null, qr: false }],
    [
      "a bot even when the merchant forces app",
      { ...phone("ios", "17.0"), bot: true },
      "app",
      { kind: "preview", escape: null, qr: false },
    ],
    ["Safari on an iPhone", phone("ios", "17.4.1"), "auto", hosted],
    ["Chrome on Android", phone("android", "14"), "auto", hosted],
    ["an Android tablet", { ...phone("android", "13"), mobile: false }, "auto", hosted],
    ["an iPad that says iPad", { ...phone("ipados", "16.1"), mobile: false }, "auto", hosted],
    ["Instagram on iOS 17", phone("ios", "17.1", "instagram"), "auto", { kind: "hosted", escape: "x-safari-https", qr: false }],
    ["Instagram on iOS 16", phone("ios", "16.6", "instagram"), "auto", hosted],
    ["Facebook on Android", phone("android", "13", "facebook"), "auto", { kind: "hosted", escape: "intent", qr: false }],
    ["TikTok on Android", phone("android", "13", "tiktok"), "auto", { kind: "hosted", escape: "intent", qr: false }],
    ["WeChat on iOS 17", phone("ios", "17.2", "wechat"), "auto", hosted],
    ["WeChat on Android", phone("android", "12", "wechat"), "auto", hosted],
    ["Snapchat on iOS 17", phone("ios", "17.2", "snapchat"), "auto", hosted],
    ["Snapchat on Android", phone("android", "12", "snapchat"), "auto", { kind: "hosted", escape: "intent", qr: false }],
    ["an Android web view (a mail app, a messenger)", phone("android", "14", "webview"), "auto", hosted],
    ["an iOS web view (a mail app, a messenger)", phone("ios", "17.0", "webview"), "auto", hosted],
    ["Chrome on Windows", desktop("windows"), "auto", { kind: "hosted", escape: null, qr: true }],
    ["Safari on a Mac (or an iPad saying Mac)", desktop("macos"), "auto", { kind: "hosted", escape: null, qr: true }],
    ["Firefox on Linux", desktop("linux"), "auto", { kind: "hosted", escape: null, qr: true }],
    ["iOS 11", phone("ios", "11.4"), "auto", { kind: "unsupported", escape: null, qr: false }],
    ["iOS 12", phone("ios", "12.0"), "auto", hosted],
    ["Android 5.1", phone("android", "5.1.1"), "auto", { kind: "unsupported", escape: null, qr: false }],
    ["Android 6", phone("android", "6.0"), "auto", hosted],
    ["an unknown version", phone("android", ""), "auto", hosted],
    ["the merchant forces hosted in a web view", phone("android", "14", "webview"), "hosted", hosted],
    ["the merchant's own app: an Android web view", phone("android", "14", "webview"), "app", app],
    ["the merchant's own app: an iOS web view", phone("ios", "17.0", "webview"), "app", app],
    ["the merchant asks for app in Safari on an iPhone", phone("ios", "17.0"), "app", app],
    ["the merchant asks for app on a phone of unknown version", phone("android", ""), "app", app],
    ["the merchant asks for app on an old system: it cannot follow", phone("ios", "10.3"), "app", hosted],
    [
      "the merchant asks for app in Instagram: it cannot follow",
      phone("ios", "17.1", "instagram"),
      "app",
      { ...hosted, escape: "x-safari-https" },
    ],
    ["the merchant asks for app in Facebook on Android", phone("android", "13", "facebook"), "app", { ...hosted, escape: "intent" }],
    ["the merchant asks for app on an iPad", { ...phone("ipados", "17.0", "webview"), mobile: false }, "app", hosted],
    ["the merchant asks for app on an Android tablet", { ...phone("android", "14", "webview"), mobile: false }, "app", hosted],
    ["the merchant asks for app on a desktop", desktop("windows"), "app", { ...hosted, qr: true }],
  ];
  it.each(rows)("%s", (_, device, mode, decision) => {
    expect(planPage(device, { policy: mode })).toEqual(decision);
  });
});

describe("handoffOfTap", () => {
  const rows: [HandoffPolicy, "hosted" | "app", "hosted" | "app"][] = [
    ["auto", "hosted", "hosted"],
    ["auto", "app", "app"],
    ["hosted", "app", "hosted"],
    ["hosted", "hosted", "hosted"],
    ["app", "app", "app"],
    ["app", "hosted", "hosted"],
  ];
  it.each(rows)("policy %s, tapped %s: %s", (policy, tapped, handoff) => {
    expect(handoffOfTap(policy, tapped)).toBe(handoff);
  });
});

describe("escapeHref", () => {
  const url = new URL("https://pay.example/p/7Hq2xZk9PwR4mB?x=1");
  it("opens Safari with x-safari-https", () => {
    expect(escapeHref("x-safari-https", url)).toBe("x-safari-https://pay.example/p/7Hq2xZk9PwR4mB?x=1");
  });
  it("opens the default browser with an Android intent", () => {
    expect(escapeHref("intent", url)).toBe("intent://pay.example/p/7Hq2xZk9PwR4mB?x=1#Intent;scheme=https;end");
  });
});
