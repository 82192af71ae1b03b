/**
 * The one stylesheet of every page the gateway serves: small, inline, hashed in the CSP. It is one
 * fixed text whatever the page (the brand's colour is chosen by a class, `.mp` for MobilePay, never by
 * a style attribute), so its one hash allows it everywhere. Every colour pair it puts text on is in
 * `COLOUR_PAIRS`, held to WCAG 2.2 AA (4.5:1) by a test.
 */

/** The palette, as sRGB hex. The brands' colours are darkened until white on them reaches 4.5:1. */
const C = {
  page: "#f6f5f2",
  ink: "#1d1d1f",
  quiet: "#555",
  white: "#fff",
  vipps: "#d13c00",
  mobilepay: "#3c5ce6",
  alt: "#e4e2dd",
  test: "#ffd400",
  black: "#000",
} as const;

/** Every text colour on the background it is shown on. */
export const COLOUR_PAIRS: readonly { where: string; text: string; background: string }[] = [
  { where: "body text", text: C.ink, background: C.page },
  { where: ".who, .what, .note, footer and its links", text: C.quiet, background: C.page },
  { where: "Vipps button", text: C.white, background: C.vipps },
  { where: "MobilePay button", text: C.white, background: C.mobilepay },
  { where: "second button (.btn.alt)", text: C.ink, background: C.alt },
  { where: "test mode banner", text: C.black, background: C.test },
];

export const STYLE =
  `body{margin:0;font:17px/1.45 system-ui,-apple-system,sans-serif;background:${C.page};color:${C.ink}}` +
  "main{max-width:26rem;margin:0 auto;padding:2rem 1.25rem;text-align:center}" +
  `.who{color:${C.quiet};margin:0;font-size:1rem;font-weight:400}.amount{font-size:min(2.2rem,8.5vw);font-weight:700;margin:.2rem 0}.what{color:${C.quiet};margin:0 0 1.5rem}` +
  "h1 span{display:block}" +
  ".btn,input{display:block;width:100%;box-sizing:border-box;padding:1rem;margin:.6rem 0;border-radius:.8rem}" +
  `.btn{border:0;background:${C.vipps};color:${C.white};font:600 1.05rem system-ui,sans-serif;text-decoration:none;cursor:pointer}` +
  `input{border:2px solid ${C.quiet};font:700 1.4rem system-ui,sans-serif;text-align:center}` +
  `.mp .btn{background:${C.mobilepay}}.btn.alt{background:${C.alt};color:${C.ink}}.note{color:${C.quiet};font-size:.95rem}` +
  `.test{background:${C.test};color:${C.black};font-weight:700;padding:.4rem;letter-spacing:.1em;text-align:center}` +
  "h1,h2{font-size:1.4rem;margin:1rem 0 .5rem}[hidden]{display:none!important}" +
  `footer{max-width:26rem;margin:0 auto;padding:0 1.25rem 2rem;text-align:center;color:${C.quiet};font-size:.85rem}` +
  "footer a{color:inherit}nav a{display:inline-block;padding:.3rem .4rem}nav [aria-current]{font-weight:700;text-decoration:none}";
