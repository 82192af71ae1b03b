/**
 * `ESCAPES_OFF`: the operator's switch for the ways out of in-app browsers (`device/page-plan.ts`),
 * for when an app's update breaks one. A comma list of `app:escape`, either side `*` for all:
 * `instagram:intent,tiktok:x-safari-https,*:intent`. It is a Worker secret, so
 * `wrangler secret put ESCAPES_OFF --env production` changes it without a code deploy, and the pay
 * page and `GET /v1/device` read it on every request. A mistyped entry never stops a pay page: it
 * is ignored and logged (a warning, `escapes_off entries ignored`), once per isolate and value.
 */

import { IN_APP_BROWSERS } from "../device/device";
import { ESCAPES, type EscapesOff } from "../device/page-plan";
import type { Env } from "../env";
import { log } from "../log";

const APPS: ReadonlySet<string> = new Set(["*", ...IN_APP_BROWSERS]);
const WAYS: ReadonlySet<string> = new Set(["*", ...ESCAPES]);

/** The switched-off escapes of `text`, and the entries that name no known app or escape. */
export function parseEscapesOff(text: string): { off: EscapesOff; ignored: string[] } {
  const off = new Set<string>();
  const ignored: string[] = [];
  for (const entry of text.split(",").map((part) => part.trim().toLowerCase())) {
    if (!entry) continue;
    const [app = "", way = ""] = entry.split(":");
    if (APPS.has(app) && WAYS.has(way)) off.add(`${app}:${way}`);
    else ignored.push(entry);
  }
  return { off, ignored };
}

let last: { text: string; off: EscapesOff } | null = null;

/** The escapes `env` switches off, read per request (parsed again only when the value changed). */
export function escapesOffOf(env: Env): EscapesOff {
  const text = env.ESCAPES_OFF ?? "";
  if (last?.text !== text) {
    const { off, ignored } = parseEscapesOff(text);
    if (ignored.length) log("warn", "escapes_off entries ignored", { ignored });
    last = { text, off };
  }
  return last.off;
}
