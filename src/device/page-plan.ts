/**
 * The pay page's plan for a device, as a pure function of what `classify` learned and the
 * merchant's handoff policy: which kind of page it gets (and so how the person is handed over to
 * the provider), whether it offers an escape from an in-app browser, and a QR code. In order:
 *
 * | device                                         | page kind     | escape                 |
 * |------------------------------------------------|---------------|------------------------|
 * | a preview bot, crawler or scanner              | `preview`     | –                      |
 * | the merchant's policy is `app`, on a phone that can follow the deeplink (iOS / Android, new enough, its own browser or an unnamed web view: the merchant's app) | `app` | – |
 * | the merchant's policy is `hosted`, or `app` on any other device | `hosted` (+ QR on a desktop) | as below |
 * | iOS / iPadOS below 12, Android below 6         | `unsupported` | –                      |
 * | an unnamed embedded web view (mostly mail apps and messengers) | `hosted` | –        |
 * | a social app's in-app browser                  | `hosted`      | `x-safari-https` on iOS 17+, `intent` on Android (not where it is known to fail, nor where the operator switched it off: `ESCAPES_OFF`) |
 * | a phone's browser, a tablet                    | `hosted`      | Telegram's, hidden until the page finds Telegram |
 * | a desktop (and an iPad that says it is a Mac)  | `hosted` + QR | –                      |
 *
 * A named in-app browser's page also says how to leave it by hand (the app's menu). Telegram
 * leaves no mark in the headers: on a phone's or tablet's plain browser headers the page carries
 * Telegram's hint and escape hidden, and its script shows them where it finds Telegram.
 *
 * `hosted` is the provider's https page, a universal link that opens the app or shows a landing
 * page taking a phone number; `app` is the app deeplink (`vipps://`), with a visible fallback to
 * `hosted`. A deeplink has no web fallback: where the app is missing (an iPad) or the view cannot
 * open it (another app's in-app browser, most unnamed web views) nothing happens, so only the
 * merchant, who knows its own app asked, can choose it (Vipps' `isApp`). The page itself finds
 * out iPads that say they are Macs, and hides the QR code there.
 */
import type { Handoff, HandoffPolicy } from "../schemas/session";
import type { Device, InAppBrowser } from "./device";

export type { HandoffPolicy };

/** The page a device gets: a handoff to the provider (`hosted`, `app`), a preview, or "not supported". */
export type PageKind = "hosted" | "app" | "preview" | "unsupported";
export const ESCAPES = ["x-safari-https", "intent"] as const;
export type Escape = (typeof ESCAPES)[number];
/** Escapes switched off by the operator, as `app:escape` with `*` for all (`config/escapes-off.ts`). */
export type EscapesOff = ReadonlySet<string>;

export interface PagePlan {
  kind: PageKind;
  /** How the page offers to leave an in-app browser, or null. */
  escape: Escape | null;
  /** Say how to leave the in-app browser by hand (its menu): the headers named the app. */
  hint: boolean;
  /**
   * On a plain browser's headers, what the page shows if its script finds Telegram there (whose
   * user agent is the system browser's): the hint, with this escape if not null. Null: nothing.
   */
  telegram: { escape: Escape | null } | null;
  /** Show a QR code of the pay link, to continue on a phone. */
  qr: boolean;
}

/** The oldest systems the Vipps and MobilePay apps ran on when this was written. */
export const MIN_IOS_MAJOR = 12;
export const MIN_ANDROID_MAJOR = 6;
/** `x-safari-https://` opens Safari from in-app browsers from iOS 17 on. */
export const X_SAFARI_MIN_IOS_MAJOR = 17;

/**
 * In-app browsers where the way out is known to fail (shared reference on devices): WeChat both,
 * Snapchat and X on iOS, Telegram's `intent:` on Android (github.com/shalanah/inapp-spy/issues/30).
 * An unnamed web view is no app whose menu or escape is known.
 */
const NO_SAFARI_ESCAPE: ReadonlySet<InAppBrowser> = new Set(["wechat", "snapchat", "twitter", "webview"]);
const NO_INTENT_ESCAPE: ReadonlySet<InAppBrowser> = new Set(["wechat", "telegram", "webview"]);

function major(version: string | null): number | null {
  const value = Number.parseInt(version ?? "", 10);
  return Number.isNaN(value) ? null : value;
}

function tooOld(device: Device): boolean {
  const version = major(device.os_version);
  if (version === null) return false;
  if (device.os === "ios" || device.os === "ipados") return version < MIN_IOS_MAJOR;
  if (device.os === "android") return version < MIN_ANDROID_MAJOR;
  return false;
}

function knownEscape(device: Device): Escape | null {
  const app = device.in_app;
  if (!app) return null;
  if ((device.os === "ios" || device.os === "ipados") && !NO_SAFARI_ESCAPE.has(app)) {
    return (major(device.os_version) ?? 0) >= X_SAFARI_MIN_IOS_MAJOR ? "x-safari-https" : null;
  }
  if (device.os === "android" && !NO_INTENT_ESCAPE.has(app)) return "intent";
  return null;
}

function escapeFor(device: Device, off: EscapesOff): Escape | null {
  const way = knownEscape(device);
  if (!way || !device.in_app) return null;
  const switchedOff = [`${device.in_app}:${way}`, `*:${way}`, `${device.in_app}:*`, "*:*"].some((key) => off.has(key));
  return switchedOff ? null : way;
}

const DESKTOPS: ReadonlySet<Device["os"]> = new Set(["macos", "windows", "linux", "other"]);

/** Whether the app deeplink can work here: a phone on a system the app runs on, in its own browser or an unnamed web view. */
export function followsDeeplink(device: Device): boolean {
  const phone = device.mobile && (device.os === "ios" || device.os === "android");
  return phone && (device.in_app === null || device.in_app === "webview") && !tooOld(device);
}

export interface PlanOptions {
  /** The merchant's say in the handoff (the session's `handoff`); default `auto`. */
  policy?: HandoffPolicy;
  /** Escapes the operator switched off (`ESCAPES_OFF`); default none. */
  escapesOff?: EscapesOff;
}

const NONE_OFF: EscapesOff = new Set();

function plan(kind: PageKind, rest: Partial<Omit<PagePlan, "kind">> = {}): PagePlan {
  return { kind, escape: null, hint: false, telegram: null, qr: false, ...rest };
}

export function planPage(device: Device, { policy = "auto", escapesOff = NONE_OFF }: PlanOptions = {}): PagePlan {
  if (device.bot) return plan("preview");
  if (policy === "app" && followsDeeplink(device)) return plan("app");
  if (policy === "auto" && tooOld(device)) return plan("unsupported");
  const qr = DESKTOPS.has(device.os) && !device.mobile && device.in_app === null;
  const hint = device.in_app !== null && device.in_app !== "webview";
  const mobileOs = device.os === "ios" || device.os === "ipados" || device.os === "android";
  const telegram = device.in_app === null && mobileOs ? { escape: escapeFor({ ...device, in_app: "telegram" }, escapesOff) } : null;
  return plan("hosted", { escape: escapeFor(device, escapesOff), hint, telegram, qr });
}

/**
 * The handoff a tap starts: the one the page offered (planned with the policy above), except that
 * a merchant's `hosted` is never overruled. A merchant's `app` is not forced on the tap: the page
 * offers the https page where the device cannot follow a deeplink, and as the way on when the app
 * did not open.
 */
export function handoffOfTap(policy: HandoffPolicy, tapped: Handoff): Handoff {
  return policy === "hosted" ? "hosted" : tapped;
}

/** The link that reopens `url` (an https URL) in the system browser, for an escape. */
export function escapeHref(way: Escape, url: URL): string {
  const rest = `${url.host}${url.pathname}${url.search}`;
  return way === "x-safari-https" ? `x-safari-https://${rest}` : `intent://${rest}#Intent;scheme=https;end`;
}
