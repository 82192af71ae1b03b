/** The routing table: where each kind of device is sent, case by case. */
import { describe, expect, it } from "vitest";
import type { Device } from "../../../src/device/device";
import { type Escape, escapeHref, type HandoffPolicy, handoffOfTap, type PagePlan, planPage } from "../../../src/device/page-plan";

const phone = (os: Device["os"], os_version: string, in_app: Device["in_app"] = null): Device => ({
  bot: false,
  in_app,
  os,
  os_version,
  mobile: true,
});
const desktop = (os: Device["os"]): Device => ({ bot: false, in_app: null, os, os_version: null, mobile: false });

type Row = [string, Device, HandoffPolicy, PagePlan];
const plan = (kind: PagePlan["kind"], rest: Partial<PagePlan> = {}): PagePlan => ({
  kind,
  escape: null,
  hint: false,
  telegram: null,
  qr: false,
  ...rest,
});
const hosted = plan("hosted");
const app = plan("app");
const desktopPage = plan("hosted", { qr: true });
/** A named in-app browser: the hint, and the escape where there is one. */
const inApp = (exit: Escape | null) => plan("hosted", { escape: exit, hint: true });
/** A plain browser's headers: Telegram's hint and escape, for the page to show if it finds Telegram. */
const browser = (telegram: Escape | null) => plan("hosted", { telegram: { escape: telegram } });

describe("planPage", () => {
  const rows: Row[] = [
    ["a preview bot", { ...desktop("macos"), bot: true }, "auto", plan("preview")],
    ["a bot even when the merchant forces app", { ...phone("ios", "17.0"), bot: true }, "app", plan("preview")],
    ["Safari on an iPhone (or Telegram, which looks the same)", phone("ios", "17.4.1"), "auto", browser("x-safari-https")],
    ["Chrome on Android (Telegram's intent is known to fail)", phone("android", "14"), "auto", browser(null)],
    ["an Android tablet", { ...phone("android", "13"), mobile: false }, "auto", browser(null)],
    ["an iPad that says iPad", { ...phone("ipados", "16.1"), mobile: false }, "auto", browser(null)],
    ["Instagram on iOS 17", phone("ios", "17.1", "instagram"), "auto", inApp("x-safari-https")],
    ["Instagram on iOS 16", phone("ios", "16.6", "instagram"), "auto", inApp(null)],
    ["Facebook on Android", phone("android", "13", "facebook"), "auto", inApp("intent")],
    ["TikTok on Android", phone("android", "13", "tiktok"), "auto", inApp("intent")],
    ["WeChat on iOS 17", phone("ios", "17.2", "wechat"), "auto", inApp(null)],
    ["WeChat on Android", phone("android", "12", "wechat"), "auto", inApp(null)],
    ["Snapchat on iOS 17", phone("ios", "17.2", "snapchat"), "auto", inApp(null)],
    ["Snapchat on Android", phone("android", "12", "snapchat"), "auto", inApp("intent")],
    ["X on an iPhone", phone("ios", "18.1", "twitter"), "auto", inApp(null)],
    ["Telegram named on iOS 17", phone("ios", "17.2", "telegram"), "auto", inApp("x-safari-https")],
    ["Telegram named on Android", phone("android", "14", "telegram"), "auto", inApp(null)],
    ["an Android web view (a mail app, a messenger)", phone("android", "14", "webview"), "auto", hosted],
    ["an iOS web view (a mail app, a messenger)", phone("ios", "17.0", "webview"), "auto", hosted],
    ["Chrome on Windows", desktop("windows"), "auto", desktopPage],
    ["Safari on a Mac (or an iPad saying Mac)", desktop("macos"), "auto", desktopPage],
    ["Firefox on Linux", desktop("linux"), "auto", desktopPage],
    ["iOS 11", phone("ios", "11.4"), "auto", plan("unsupported")],
    ["iOS 12", phone("ios", "12.0"), "auto", browser(null)],
    ["Android 5.1", phone("android", "5.1.1"), "auto", plan("unsupported")],
    ["Android 6", phone("android", "6.0"), "auto", browser(null)],
    ["an unknown version", phone("android", ""), "auto", browser(null)],
    ["the merchant forces hosted in a web view", phone("android", "14", "webview"), "hosted", hosted],
    ["the merchant's own app: an Android web view", phone("android", "14", "webview"), "app", app],
    ["the merchant's own app: an iOS web view", phone("ios", "17.0", "webview"), "app", app],
    ["the merchant asks for app in Safari on an iPhone", phone("ios", "17.0"), "app", app],
    ["the merchant asks for app on a phone of unknown version", phone("android", ""), "app", app],
    ["the merchant asks for app on an old system: it cannot follow", phone("ios", "10.3"), "app", browser(null)],
    ["the merchant asks for app in Instagram: it cannot follow", phone("ios", "17.1", "instagram"), "app", inApp("x-safari-https")],
    ["the merchant asks for app in Facebook on Android", phone("android", "13", "facebook"), "app", inApp("intent")],
    ["the merchant asks for app on an iPad", { ...phone("ipados", "17.0", "webview"), mobile: false }, "app", hosted],
    ["the merchant asks for app on an Android tablet", { ...phone("android", "14", "webview"), mobile: false }, "app", hosted],
    ["the merchant asks for app on a desktop", desktop("windows"), "app", desktopPage],
  ];
  it.each(rows)("%s", (_, device, mode, decision) => {
    expect(planPage(device, { policy: mode })).toEqual(decision);
  });
});

describe("planPage with escapes switched off (ESCAPES_OFF)", () => {
  const rows: [string, Device, string[], PagePlan][] = [
    ["Instagram's intent off: Facebook keeps its own", phone("android", "13", "facebook"), ["instagram:intent"], inApp("intent")],
    ["Instagram's intent off: the hint stays", phone("android", "13", "instagram"), ["instagram:intent"], inApp(null)],
    ["Instagram's intent off leaves its Safari escape", phone("ios", "17.1", "instagram"), ["instagram:intent"], inApp("x-safari-https")],
    ["intent off in every app", phone("android", "13", "tiktok"), ["*:intent"], inApp(null)],
    ["every escape of TikTok off", phone("ios", "17.2", "tiktok"), ["tiktok:*"], inApp(null)],
    ["x-safari-https off in every app", phone("ios", "18.0", "facebook"), ["*:x-safari-https"], inApp(null)],
    ["Telegram's Safari escape off: the page keeps only its hint", phone("ios", "18.0"), ["telegram:x-safari-https"], browser(null)],
  ];
  it.each(rows)("%s", (_, device, off, decision) => {
    expect(planPage(device, { escapesOff: new Set(off) })).toEqual(decision);
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
