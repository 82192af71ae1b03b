/** The one stylesheet of every page the gateway serves: small, inline, hashed in the CSP. */
export const STYLE =
  "body{margin:0;font:17px/1.45 system-ui,-apple-system,sans-serif;background:#f6f5f2;color:#1d1d1f}" +
  "main{max-width:26rem;margin:0 auto;padding:2rem 1.25rem;text-align:center}" +
  ".who{color:#555;margin:0}.amount{font-size:2.2rem;font-weight:700;margin:.2rem 0}.what{color:#555;margin:0 0 1.5rem}" +
  ".btn{display:block;width:100%;box-sizing:border-box;padding:1rem;margin:.6rem 0;border:0;border-radius:.8rem;" +
  "background:#ff5b24;color:#fff;font:600 1.05rem system-ui,sans-serif;text-decoration:none;cursor:pointer}" +
  ".btn.alt{background:#e4e2dd;color:#1d1d1f}.note{color:#555;font-size:.95rem}" +
  ".test{background:#ffd400;color:#000;font-weight:700;padding:.4rem;letter-spacing:.1em}" +
  "h1{font-size:1.4rem;margin:1rem 0 .5rem}[hidden]{display:none!important}";
