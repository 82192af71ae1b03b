/**
 * The pay page's plan for a device, as a pure function of what `classify` learned and the
 * merchant's handoff policy: which kind of page it gets (and so how the person is handed over to
 * the provider), whether it offers an escape from an in-app browser, and a QR code. In order:
 *
 * | device                                         | page kind     | escape                 |
 * |------------------------------------------------|---------------|------------------------|
 * | a preview bot, crawler or scanner              | `preview`     | –                      |
 * | the merchant's policy is `hosted` or `app`     | that handoff  | as below               |
 * | iOS / iPadOS below 12, Android below 6         | `unsupported` | –                      |
 * | an unnamed embedded web view (a merchant's app)| `app`         | –                      |
 * | a social app's in-app browser                  | `hosted`      | `x-safari-https` on iOS 17+, `intent` on Android (not where it is known to fail) |
 * | a phone's browser, a tablet                    | `hosted`      | –                      |
 * | a desktop (and an iPad that says it is a Mac)  | `hosted` + QR | –                      |
 *
 * `hosted` is the provider's https page, a universal link that opens the app or shows a landing
 * page taking a phone number; `app` is the app deeplink (`vipps://`), with a visible fallback to
 * `hosted`. The page itself finds out iPads that say they are Macs, and hides the QR code there.
 */
import type { HandoffPolicy } from "../schemas/session";
import type { Device, InAppBrowser } from "./device";

export type { HandoffPolicy };

/** The page a device gets: a handoff to the provider (`hosted`, `app`), a preview, or "not supported". */
export type PageKind = "hosted" | "app" | "preview" | "unsupported";
export type Escape = "x-safari-https" | "intent";

export interface PagePlan {
  kind: PageKind;
  /** How the page offers to leave an in-app browser, or null. */
  escape: Escape | null;
  /** Show a QR code of the pay link, to continue on a phone. */
  qr: boolean;
}

/** The oldest systems the Vipps and MobilePay apps ran on when this was written. */
export const MIN_IOS_MAJOR = 12;
export const MIN_ANDROID_MAJOR = 6;
/** `x-safari-https://` opens Safari from in-app browsers from iOS 17 on. */
export const X_SAFARI_MIN_IOS_MAJOR = 17;

/** In-app browsers where the way out is known to fail (see shared reference on devices). */
const NO_SAFARI_ESCAPE: ReadonlySet<InAppBrowser> = new Set(["wechat", "snapchat", "webview"]);
const NO_INTENT_ESCAPE: ReadonlySet<InAppBrowser> = new Set(["wechat", "webview"]);

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

function escapeFor(device: Device): Escape | null {
  const app = device.in_app;
  if (!app) return null;
  if ((device.os === "ios" || device.os === "ipados") && !NO_SAFARI_ESCAPE.has(app)) {
    return (major(device.os_version) ?? 0) >= X_SAFARI_MIN_IOS_MAJOR ? "x-safari-https" : null;
  }
  if (device.os === "android" && !NO_INTENT_ESCAPE.has(app)) return "intent";
  return null;
}

const DESKTOPS: ReadonlySet<Device["os"]> = new Set(["macos", "windows", "linux", "other"]);

export function planPage(device: Device, policy: HandoffPolicy = "auto"): PagePlan {
  if (device.bot) return { kind: "preview", escape: null, qr: false };
  const way = escapeFor(device);
  const qr = DESKTOPS.has(device.os) && !device.mobile && device.in_app === null;
  if (policy !== "auto") return { kind: policy, escape: way, qr };
  if (tooOld(device)) return { kind: "unsupported", escape: null, qr: false };
  if (device.in_app === "webview") return { kind: "app", escape: null, qr: false };
  return { kind: "hosted", escape: way, qr };
}

/** The link that reopens `url` (an https URL) in the system browser, for an escape. */
export function escapeHref(way: Escape, url: URL): string {
  const rest = `${url.host}${url.pathname}${url.search}`;
  return way === "x-safari-https" ? `x-safari-https://${rest}` : `intent://${rest}#Intent;scheme=https;end`;
}
