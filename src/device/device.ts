/**
 * What the gateway knows of the device that opened a pay link, from its request headers alone.
 * `classify` (in `classify.ts`) fills it; `page-plan.ts` plans the pay page (and so where the person is sent) from it.
 */

export const OPERATING_SYSTEMS = ["ios", "ipados", "android", "macos", "windows", "linux", "other"] as const;
export type Os = (typeof OPERATING_SYSTEMS)[number];

/** Apps whose embedded browser opens links; `webview` is an embedded view that names no app. */
export const IN_APP_BROWSERS = [
  "facebook",
  "messenger",
  "instagram",
  "threads",
  "tiktok",
  "snapchat",
  "linkedin",
  "twitter",
  "pinterest",
  "line",
  "wechat",
  "whatsapp",
  "telegram",
  "viber",
  "kakaotalk",
  "zalo",
  "teams",
  "slack",
  "discord",
  "outlook",
  "naver",
  "klarna",
  "gsa",
  "webview",
] as const;
export type InAppBrowser = (typeof IN_APP_BROWSERS)[number];

export interface Device {
  /** A link previewer, crawler or scanner that says who it is. */
  bot: boolean;
  /** The app whose embedded browser this is, `webview` for an unnamed one, null for a real browser. */
  in_app: InAppBrowser | null;
  os: Os;
  /** Dotted version as the headers give it ("17.4.1", "14", "10.15.7"), or null when unknown. */
  os_version: string | null;
  /** A phone-sized touch device (not a tablet, not a desktop). */
  mobile: boolean;
}
