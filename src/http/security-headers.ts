/**
 * Headers every answer carries: nothing is cached, framed, sniffed or sent on as a referrer, and
 * browsers keep to https. Pages set their own, stricter Content-Security-Policy.
 */

/** Headers an endpoint may set for itself (a page its CSP, the script and the QR code their caching); these are the defaults. */
const DEFAULTS: ReadonlyArray<readonly [string, string]> = [
  ["cache-control", "no-store"],
  ["content-security-policy", "default-src 'none'; frame-ancestors 'none'"],
];

/** Headers every answer carries as they are. */
const ALWAYS: ReadonlyArray<readonly [string, string]> = [
  ["referrer-policy", "no-referrer"],
  ["strict-transport-security", "max-age=31536000; includeSubDomains"],
  ["x-content-type-options", "nosniff"],
  ["x-frame-options", "DENY"],
];

/** Sets the headers on the answer itself; an answer whose headers cannot change (a fetched one) is copied first. */
export function withSecurityHeaders(response: Response): Response {
  try {
    return secure(response);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return secure(new Response(response.body, response));
  }
}

/** Each header access crosses into the runtime, so the headers object is read once and only the defaults are asked about. */
function secure(response: Response): Response {
  const { headers } = response;
  for (const [name, value] of DEFAULTS) if (!headers.has(name)) headers.set(name, value);
  for (const [name, value] of ALWAYS) headers.set(name, value);
  return response;
}
