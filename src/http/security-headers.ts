/**
 * Headers every answer carries: nothing is cached, framed, sniffed or sent on as a referrer, and
 * browsers keep to https. Pages set their own, stricter Content-Security-Policy.
 */

const HEADERS: Record<string, string> = {
  "cache-control": "no-store",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
};

const ENTRIES = Object.entries(HEADERS);

/** Sets the headers on the answer itself; an answer whose headers cannot change (a fetched one) is copied first. */
export function withSecurityHeaders(response: Response): Response {
  try {
    return secure(response);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return secure(new Response(response.body, response));
  }
}

function secure(response: Response): Response {
  for (const [name, value] of ENTRIES) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
}
