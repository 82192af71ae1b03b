/** Response helpers for JSON answers and redirects. */

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

/** A 303 See Other: the browser follows it with a GET, whatever brought it here. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location } });
}
