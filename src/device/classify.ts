/**
 * Tells what opened a pay link from the request headers alone: a previewer or a person, inside
 * which app's embedded browser, on which system, on a phone or not. Pure and cheap, for every
 * pay-page request at the edge: the inputs are cut short first, and the patterns are literals and
 * plain token shapes that cannot backtrack badly.
 *
 * The client hints (Sec-CH-UA*, sent by Chromium browsers) are trusted over the User-Agent when
 * present: Chrome's reduced User-Agent says "Android 10; K" and "Windows NT 10.0" whatever the
 * system is. Sec-CH-UA-Model is not read: Sec-CH-UA-Mobile already tells a phone from a tablet.
 * The evidence for every rule is the table of real user agents in test/worker/device/user-agents.ts.
 * Decisions taken:
 * - Versions: from the User-Agent as written there, underscores turned to dots ("OS 17_4_1" is
 *   "17.4.1", "Windows NT 10.0" is "10.0", "Android 8.1.0" is "8.1.0"). From
 *   Sec-CH-UA-Platform-Version with the trailing ".0" groups dropped, since Chromium pads it to
 *   three parts ("14.0.0" is "14", "8.1.0" is "8.1", "10.15.7" stays). Compare versions by their
 *   numbers, never as strings. Windows' hint is its own numbering (13 and up is Windows 11).
 *   Chrome's frozen "Android 10; K" gives no version (null) unless the hint does. Safari 26 freezes
 *   iOS at "18_6"/"18_7": that is what it says, so that is what it is.
 * - ChromeOS is `linux` (desktop class; Chromium itself reports "Linux" as the platform of some
 *   Chromebooks). `linux` never has a version: a kernel or ChromeOS build number is no release.
 * - An iPad asking for the desktop site sends the Mac User-Agent and is `macos`: nothing in the
 *   headers tells them apart, except an iOS-only browser token (FxiOS, CriOS, EdgiOS) or iOS's
 *   "Mobile/15E148" build token in a Mac User-Agent, which is then `ipados` with no version. An
 *   iPhone app run on an iPad says "iPhone" but names the iPad model ("iPad6,11"): `ipados` too.
 * - Tablets are not `mobile`: an iPad, an Android User-Agent without the "Mobile" token, or
 *   Sec-CH-UA-Mobile ?0, which wins over the User-Agent whenever it is sent.
 * - A bot is classified for os, version and mobile as well as its User-Agent allows, and never
 *   has an `in_app`: it is no app's embedded browser.
 * - `webview` rests on three signs only: Android's "; wv)", the Sec-CH-UA brand "Android WebView",
 *   and on iOS a "Mobile/" token without "Safari/" or a browser's name. An Android browser built
 *   on the system WebView that names itself (Opera, Samsung Internet, Edge, DuckDuckGo, Firefox
 *   Focus) is a browser, unless its Sec-CH-UA says "Android WebView". A WKWebView with the Mac
 *   User-Agent looks like Safari without "Safari/", and is left as no web view.
 * - Apps that leave no mark (Telegram on iOS and often on Android, Slack's Safari view) are
 *   whatever the rest of the headers say.
 */
import { isbot } from "isbot";
import { RecentMap } from "../recent";
import type { Device, InAppBrowser, Os } from "./device";

/** The longest part of a User-Agent looked at; real ones are under 400 characters. */
export const MAX_USER_AGENT_LENGTH = 512;
/** The longest part of a client hint looked at; real ones are under 150 characters. */
export const MAX_HINT_LENGTH = 256;

/**
 * Previewers, crawlers and mail scanners that name themselves anywhere in the User-Agent, kept
 * here besides isbot's list (which covers crawlers, feed readers and AI fetchers): the preview
 * page depends on these, and some (Office, Outlook's fetcher) isbot takes for browsers.
 */
const BOT_NAMES = [
  "facebookexternalhit",
  "facebot",
  "meta-external",
  "twitterbot",
  "slackbot",
  "slack-imgproxy",
  "telegrambot",
  "discordbot",
  "linkedinbot",
  "skypeuripreview",
  "snap url preview",
  "googlebot",
  "google-inspectiontool",
  "googleimageproxy",
  "bingbot",
  "applebot",
  "pinterestbot",
  "redditbot",
  "embedly",
  "slurp",
  "duckduckbot",
  "yandexbot",
  "baiduspider",
  "tiktokspider",
  "bytespider",
  "headlesschrome",
  "microsoftpreview",
  "microsoft office",
  "ms-office",
  "outlook-ios",
  "outlook-android",
  "mimecast",
  "barracuda",
  "proofpoint",
  "amzn-user",
] as const;
const BOT = new RegExp(BOT_NAMES.join("|"), "i");
/**
 * Agents that put their own name first where a browser says "Mozilla/": HTTP libraries, and
 * WhatsApp's link previewer ("WhatsApp/2.23.20.0 A"; its in-app browser is a Mozilla User-Agent).
 */
const LEADING_BOT = /^(?:curl|wget|python-requests|go-http-client|node-fetch|axios|okhttp|whatsapp)\b/i;

/** Apps with an embedded browser, by the token they add; first match wins, so the order matters. */
const IN_APP_RULES: readonly (readonly [RegExp, InAppBrowser])[] = [
  [/\bBarcelona \d/, "threads"],
  [/\bInstagram[ /]\d/i, "instagram"],
  [/FBAN\/Messenger|FB_IAB\/MESSENGER|\bOrca-Android|\bMessengerLite/i, "messenger"],
  [/\bFBA[NV]\/|\bFB_IAB\/|\bFB4A\b|\bFBIOS\b|\bMetaIAB\b/i, "facebook"],
  [/musical_ly|\btrill_\d|bytedance|\bByteLocale\/|\bTikTok\b/i, "tiktok"],
  [/snapchat/i, "snapchat"],
  [/LinkedInApp/i, "linkedin"],
  [/\bTwitter(?:Android)?\b(?!\.)/i, "twitter"],
  [/\bPinterest\b/i, "pinterest"],
  [/\bLine\/\d/i, "line"],
  [/\bMicroMessenger\//i, "wechat"],
  [/\bWA4A\/|\bWAiOS\/|\bWhatsApp\//i, "whatsapp"],
  [/\bTelegram\b/i, "telegram"],
  [/\bViber\b/, "viber"],
  [/\bKAKAOTALK\b/i, "kakaotalk"],
  [/\bZalo\/\d/i, "zalo"],
  [/\bTeams\/\d/, "teams"],
  [/\bSlack(?:_SSB)?\/\d/, "slack"],
  [/\bdiscord\/\d/i, "discord"],
  [/\bNAVER\(inapp;/i, "naver"],
  [/\bKlarna\/\d/, "klarna"],
  [/\bGSA\/\d|\bGoogleApp\//i, "gsa"],
];

/**
 * Android apps by the package name their WebView sends in X-Requested-With (where the app has not
 * turned it off): it names apps whose User-Agent does not, such as Outlook and Telegram.
 */
const ANDROID_PACKAGES: ReadonlyMap<string, InAppBrowser> = new Map<string, InAppBrowser>([
  ["com.facebook.katana", "facebook"],
  ["com.facebook.orca", "messenger"],
  ["com.instagram.android", "instagram"],
  ["com.instagram.barcelona", "threads"],
  ["com.zhiliaoapp.musically", "tiktok"],
  ["com.ss.android.ugc.trill", "tiktok"],
  ["com.snapchat.android", "snapchat"],
  ["com.linkedin.android", "linkedin"],
  ["com.twitter.android", "twitter"],
  ["com.pinterest", "pinterest"],
  ["jp.naver.line.android", "line"],
  ["com.tencent.mm", "wechat"],
  ["com.whatsapp", "whatsapp"],
  ["org.telegram.messenger", "telegram"],
  ["org.telegram.messenger.web", "telegram"],
  ["com.viber.voip", "viber"],
  ["com.kakao.talk", "kakaotalk"],
  ["com.zing.zalo", "zalo"],
  ["com.microsoft.teams", "teams"],
  ["com.Slack", "slack"],
  ["com.discord", "discord"],
  ["com.microsoft.office.outlook", "outlook"],
  ["com.nhn.android.search", "naver"],
  ["com.myklarnamobile", "klarna"],
  ["com.google.android.googlequicksearchbox", "gsa"],
]);

/** Real browsers on iOS and iPadOS; some of them leave "Safari/" out of their User-Agent. */
const APPLE_BROWSER = /\b(?:CriOS|FxiOS|EdgiOS|OPiOS|OPT|Focus|Ddg|DuckDuckGo|Coast|YaBrowser)\//i;
/** Browsers that exist only on iOS and iPadOS: in a Mac User-Agent they mean an iPad. */
const IOS_ONLY_BROWSER = /\b(?:CriOS|FxiOS|EdgiOS)\//i;
/** Android browsers built on the system WebView that name themselves despite its "; wv)". */
const ANDROID_BROWSER_ON_WEBVIEW = /\b(?:OPR|OPT|SamsungBrowser|EdgA|DuckDuckGo|Focus)\//i;

/** Sec-CH-UA-Platform values, lower-cased, and the system each one means. */
const HINT_PLATFORMS: ReadonlyMap<string, Os> = new Map<string, Os>([
  ["android", "android"],
  ["ios", "ios"],
  ["macos", "macos"],
  ["windows", "windows"],
  ["linux", "linux"],
  ["chrome os", "linux"],
  ["chromium os", "linux"],
]);

const IPAD = /\(iPad\b|\biPad\d+,\d+/i;
const IPHONE = /\b(?:iPhone|iPod)\b/i;
const ANDROID = /\bAndroid\b/i;
const MAC = /\bMacintosh\b|\bMac OS X\b/i;
const WINDOWS_PHONE = /\bWindows (?:Phone|Mobile)\b/i;
const WINDOWS = /\bWindows\b/i;
const LINUX = /\bCrOS\b|\bLinux\b|\bX11\b/i;

/** iOS WebKit's "Mobile/15E148" build token: a Mac never sends it, an iPad in desktop mode may. */
const MOBILE_BUILD = /\bMobile\/\w/i;

const IOS_VERSION = /\bOS (\d+(?:_\d+)*)/i;
/** An app's own "iOS 16.2" token, after a space, ";" or "(": "Outlook-iOS/709" is an app version. */
const IOS_APP_VERSION = /(?:^|[\s;(])iOS[ /](\d+(?:[._]\d+)*)/i;
/** The system's version, after a space, ";" or "(": "Outlook-Android/2.0" is an app's version. */
const ANDROID_VERSION = /(?:^|[\s;(])Android[ /-]?(\d+(?:\.\d+)*)/i;
/** Chrome's reduced User-Agent: "Android 10; K" on every Android system. */
const REDUCED_ANDROID = /\bAndroid 10; K[;)]/i;
const MAC_VERSION = /\bMac OS X (\d+(?:[._]\d+)*)/i;
const WINDOWS_VERSION = /\bWindows NT (\d+\.\d+)/i;
const DOTTED = /^\d+(?:\.\d+)*$/;

/** The value of a client hint without its structured-field quotes, or null when it is not sent. */
function hint(headers: Headers, name: string): string | null {
  const raw = headers.get(name);
  if (raw === null) return null;
  const value = raw.slice(0, MAX_HINT_LENGTH).trim();
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1).trim() : value;
}

/** "14.0.0" → "14", "8.1.0" → "8.1"; null for anything that is not a dotted number. */
function hintVersion(value: string | null): string | null {
  if (value === null || !DOTTED.test(value)) return null;
  return value.replace(/(?:\.0+)+$/, "");
}

function matched(pattern: RegExp, ua: string): string | null {
  return pattern.exec(ua)?.[1]?.replaceAll("_", ".") ?? null;
}

/** The system and its version as the User-Agent alone tells them. */
function uaSystem(ua: string): { os: Os; version: string | null } {
  if (WINDOWS_PHONE.test(ua)) return { os: "other", version: null };
  if (IPAD.test(ua)) return { os: "ipados", version: matched(IOS_VERSION, ua) ?? matched(IOS_APP_VERSION, ua) };
  if (IPHONE.test(ua)) return { os: "ios", version: matched(IOS_VERSION, ua) ?? matched(IOS_APP_VERSION, ua) };
  if (ANDROID.test(ua)) {
    return { os: "android", version: REDUCED_ANDROID.test(ua) ? null : matched(ANDROID_VERSION, ua) };
  }
  if (MAC.test(ua)) {
    if (IOS_ONLY_BROWSER.test(ua) || MOBILE_BUILD.test(ua)) return { os: "ipados", version: null };
    return { os: "macos", version: matched(MAC_VERSION, ua) };
  }
  if (WINDOWS.test(ua)) return { os: "windows", version: matched(WINDOWS_VERSION, ua) };
  if (LINUX.test(ua)) return { os: "linux", version: null };
  return { os: "other", version: null };
}

/** The app the User-Agent names, or the Android app the X-Requested-With header names. */
function namedApp(ua: string, androidPackage: string): InAppBrowser | null {
  for (const [pattern, app] of IN_APP_RULES) {
    if (pattern.test(ua)) return app;
  }
  return ANDROID_PACKAGES.get(androidPackage) ?? null;
}

/** The first iOS with WKWebView as apps' only web view (iOS 12): before it, odd browsers also left "Safari/" out. */
const WKWEBVIEW_IOS_MAJOR = 12;

function unnamedWebView(ua: string, os: Os, version: string | null, webViewBrand: boolean): InAppBrowser | null {
  if (webViewBrand) return "webview";
  if (os === "android") return /; wv\)/i.test(ua) && !ANDROID_BROWSER_ON_WEBVIEW.test(ua) ? "webview" : null;
  if (os === "ios" || os === "ipados") {
    // Safari says "Safari/", other browsers name themselves; an app's WKWebView keeps only "Mobile/".
    // Older iOS (which no pay link supports) is left alone: too many of its browsers did the same.
    if (Number.parseInt(version ?? "", 10) < WKWEBVIEW_IOS_MAJOR) return null;
    return MOBILE_BUILD.test(ua) && !/\bSafari\//i.test(ua) && !APPLE_BROWSER.test(ua) ? "webview" : null;
  }
  return null;
}

/** What the request's headers tell of the device that sent it. */
/** The headers `classify` reads, in one order, and how much of each it reads. */
const READ_HEADERS = [
  ["user-agent", MAX_USER_AGENT_LENGTH],
  ["sec-ch-ua", MAX_HINT_LENGTH],
  ["sec-ch-ua-platform", MAX_HINT_LENGTH],
  ["sec-ch-ua-mobile", MAX_HINT_LENGTH],
  ["sec-ch-ua-platform-version", MAX_HINT_LENGTH],
  ["x-requested-with", MAX_HINT_LENGTH],
] as const;

/**
 * Devices already classified by this isolate, by what it read of the headers (a key of at most
 * about 1.8 KB): most visitors come with one of a few hundred User-Agents, and each pay page, tap
 * and `/v1/device` would otherwise run some thirty patterns (isbot's among them) again.
 */
const devices = new RecentMap<string, Readonly<Device>>(256);

export function classify(headers: Headers): Readonly<Device> {
  const key = READ_HEADERS.map(([name, length]) => headers.get(name)?.slice(0, length) ?? "\u0000").join("\n");
  return devices.use(key) ?? devices.keep(key, Object.freeze(classifyNow(headers)));
}

function classifyNow(headers: Headers): Device {
  const ua = (headers.get("user-agent") ?? "").slice(0, MAX_USER_AGENT_LENGTH).trim();
  const brands = hint(headers, "sec-ch-ua") ?? "";
  const hintedOs = HINT_PLATFORMS.get((hint(headers, "sec-ch-ua-platform") ?? "").toLowerCase());
  const hintedMobile = hint(headers, "sec-ch-ua-mobile");

  const fromUa = uaSystem(ua);
  const os = hintedOs ?? fromUa.os;
  const hintedVersion = hintedOs === undefined ? null : hintVersion(hint(headers, "sec-ch-ua-platform-version"));
  const uaVersion = os === fromUa.os ? fromUa.version : null;
  const osVersion = os === "linux" ? null : (hintedVersion ?? uaVersion);

  let mobile: boolean;
  if (hintedMobile === "?1" || hintedMobile === "?0") mobile = hintedMobile === "?1";
  else if (os === "ios") mobile = true;
  else if (os === "android" || os === "other") mobile = /\bMobile\b/i.test(ua);
  else mobile = false;

  const app = namedApp(ua, (headers.get("x-requested-with") ?? "").slice(0, MAX_HINT_LENGTH).trim());
  // isbot's broad patterns ("tools", "proxy") also match some apps' browsers: an app that names
  // itself is a person's, unless it is one of the previewers named here.
  const bot = ua === "" || BOT.test(ua) || LEADING_BOT.test(ua) || (app === null && isbot(ua));
  const in_app = bot ? null : (app ?? unnamedWebView(ua, os, osVersion, /\bAndroid WebView\b/i.test(brands)));
  return { bot, in_app, os, os_version: osVersion, mobile };
}
