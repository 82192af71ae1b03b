/**
 * HTML building: a tagged template that escapes every interpolated value unless it is already
 * `Html`, and the page's document. Pages load nothing from elsewhere: their one style is inline
 * and allowed by its hash in the Content-Security-Policy, so no `unsafe-inline` is needed; the pay
 * page's script comes from the gateway's own origin, cached for good under a name that changes
 * with its text (`pay-script.ts`), and the CSP allows exactly that URL.
 * Node runs this module too (`tools/merchant.ts` frames its page with it), so its imports name files.
 */
import { sha256, toBase64 } from "../crypto/hmac.ts";
import type { Locale } from "../i18n/locales.ts";
import { STYLE } from "./style.ts";

export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

type Value = Html | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  return new Html(strings.reduce((out, text, i) => out + text + (i < values.length ? render(values[i] as Value) : ""), ""));
}

const hashes = new Map<string, Promise<string>>();

/** The CSP source for an inline script or style, computed once per isolate. */
function hashSource(text: string): Promise<string> {
  let hash = hashes.get(text);
  if (!hash) {
    hash = sha256(text).then((digest) => `'sha256-${toBase64(digest)}'`);
    hashes.set(text, hash);
  }
  return hash;
}

export interface Page {
  /** The language the page is in: its `lang` and `Content-Language`. */
  lang: Locale;
  title: string;
  body: Html;
  /** Extra tags for the head, e.g. Open Graph. */
  head?: Html;
  /** The page's script, from its own origin (the CSP allows exactly this URL), run once the page is parsed. */
  script?: URL;
  /**
   * Where the page's forms may lead beyond its own origin (`form-action`): Chromium holds every
   * redirect after a form's submission to it, so the pay form's 303 to the provider needs the
   * provider's origins and app schemes.
   */
  formTargets?: readonly string[];
  /** A source the script may also connect to, beyond the page's own origin (a WebSocket origin). */
  connect?: string;
  status?: number;
}

export async function pageResponse(page: Page): Promise<Response> {
  const script = page.script ? html`<script src="${page.script.pathname}" defer></script>` : "";
  const csp = [
    "default-src 'none'",
    `script-src ${page.script ? `${page.script.origin}${page.script.pathname}` : "'none'"}`,
    `style-src ${await hashSource(STYLE)}`,
    "img-src 'self' data:",
    `connect-src 'self'${page.connect ? ` ${page.connect}` : ""}`,
    "base-uri 'none'",
    ["form-action 'self'", ...(page.formTargets ?? [])].join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
  const document = html`<!doctype html><html lang="${page.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer"><link rel="icon" href="data:,"><title>${page.title}</title>${page.head}<style>${new Html(STYLE)}</style>${script}</head><body>${page.body}</body></html>`;
  return new Response(document.value, {
    status: page.status ?? 200,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": csp,
      "content-language": page.lang,
      // The language follows these (`http/locale.ts`).
      vary: "accept-language, cookie",
    },
  });
}
