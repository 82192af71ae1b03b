/**
 * The pay page's only script. It is not inline: it is the same for every page, so a browser fetches
 * it once from the page's own origin and keeps it (`payScriptPath`: its name changes with its text),
 * and the page itself stays small in every language. The page works without it; with it:
 * - a tap on "Continue" shows "Opening Vipps…" at once, while the browser goes on, and moves the
 *   focus to that heading; whenever a status change hides the view that held the focus, the focus
 *   moves to the new view's heading (each view's `h2` has tabindex -1), so it is never lost;
 * - if the page is still in front after the tap ([data-later]), a way on appears: for the app deeplink
 *   after 2.5 s, the provider's payment page; for the https route after 4 s (a slow network may still
 *   be loading the provider's page), "Didn't open? Continue", the same form, which reuses the live attempt;
 * - the tab left behind when the app opened holds a WebSocket to the live endpoint (data-live; ws:
 *   or wss: as the page's own origin: "ws" + the origin without "http"), which sends the status at
 *   once and after every change, so even a tab in the background learns of a payment as it happens;
 * - an open socket says "ping" every 30 s (the runtime answers "pong" without waking the session's
 *   object), so proxies and mobile networks do not drop it as idle while the person is in the app;
 * - without an open socket (none in the browser, refused, closed by the gateway at a final status or
 *   for a newer one, never opened) it polls the status endpoint while visible (first after 5 s,
 *   then every 2 s, backing off by 1.25× up to 15 s), stopping at a final state; each poll sends the
 *   last ETag, so an unchanged status costs a bodiless 304;
 * - whenever it is shown again (visibilitychange, focus, pageshow from the back/forward cache) it
 *   asks the status endpoint once, and opens a new socket if it has none and the status is not final;
 *   restored from the back/forward cache, a waiting view (the person came back) turns to open first;
 * - an iPad that says it is a Mac does not get the QR code meant for desktops;
 * - in Telegram, whose in-app browser sends the system browser's user agent (Telegram-iOS issue
 *   #736), it shows the way out the page holds hidden ([data-tg]). Telegram's web view defines
 *   `window.TelegramWebviewProxy` on iOS and `window.TelegramWebview` on Android (inapp-spy's
 *   detection, github.com/shalanah/inapp-spy/pull/32). No such signal is documented for
 *   SFSafariViewController (inapp-spy's guess is "experimental", with false positives), which has
 *   its own "Open in Safari" and follows universal links, so the page leaves it as Safari.
 * Views: open, waiting, retry (the last attempt failed), paid, cancelled, expired.
 */
import { sha256, toHex } from "../crypto/hmac";

export const PAY_SCRIPT = `(()=>{const d=document,m=d.querySelector("main"),u=m.dataset.status,F=["paid","cancelled","expired"],R=["failed","cancelled","expired"];
let v=m.dataset.view,late=0,k=0,t,e,s,o;
const head=()=>d.querySelector("[data-when]:not([hidden]) :is(h2,button)")?.focus();
const show=x=>{v=x;for(const e of d.querySelectorAll("[data-when]"))e.hidden=!e.dataset.when.split(" ").includes(x)||("later" in e.dataset&&!late);if(d.activeElement?.closest("[hidden]"))head()};
const view=j=>F.includes(j.status)?j.status:R.includes(j.attempt)?"retry":v==="retry"?"open":v;
const seen=j=>{const x=view(j);if(x!==v)show(x)};
const plan=()=>{clearTimeout(t);if(!o&&!F.includes(v)&&!d.hidden)t=setTimeout(check,k++?Math.min(2e3*1.25**(k-2),15e3):5e3)};
const check=async()=>{clearTimeout(t);try{const r=await fetch(u,{cache:"no-store",headers:e?{"if-none-match":e}:{}});if(r.status===200){e=r.headers.get("etag");seen(await r.json())}}catch{}plan()};
const live=()=>{if(s||F.includes(v))return;try{s=new WebSocket("ws"+location.origin.slice(4)+m.dataset.live)}catch{return}s.onopen=()=>{o=1;clearTimeout(t)};s.onmessage=x=>x.data[0]=="{"&&seen(JSON.parse(x.data));s.onclose=()=>{s=o=0;plan()}};
const again=()=>{if(!d.hidden){k=1;check();live()}};
d.addEventListener("submit",x=>{late=0;show("waiting");head();setTimeout(()=>{if(!d.hidden){late=1;show(v)}},x.target.handoff.value=="app"?2500:4e3)});
d.addEventListener("visibilitychange",()=>d.hidden?clearTimeout(t):again());
addEventListener("focus",again);addEventListener("pageshow",e=>{if(e.persisted){if(v=="waiting")show("open");again()}});
if(navigator.maxTouchPoints>1&&/Mac/.test(navigator.platform))for(const e of d.querySelectorAll("[data-qr]"))e.remove();
if(self.TelegramWebviewProxy||self.TelegramWebview)for(const e of d.querySelectorAll("[data-tg]"))e.hidden=!1;
setInterval(()=>{if(o)s.send("ping")},3e4);show(v);plan();live()})();`;

/** Hex digits of the script's SHA-256 in its file name: 48 bits, enough that no two versions share one. */
const NAME_HASH_HEX_CHARS = 12;

let path: Promise<string> | undefined;

/** Where the gateway serves `PAY_SCRIPT`: `/assets/pay.<hash>.js`, a name that changes whenever the text does. */
export function payScriptPath(): Promise<string> {
  path ??= sha256(PAY_SCRIPT).then((digest) => `/assets/pay.${toHex(digest).slice(0, NAME_HASH_HEX_CHARS)}.js`);
  return path;
}
