/**
 * A request's URL, parsed once: the rate limit, the language, the cookie and the access log each
 * read it, and every answer passes through them. Callers read it; none may change it.
 */
const parsed = new WeakMap<Request, URL>();

export function urlOf(request: Request): URL {
  let url = parsed.get(request);
  if (!url) {
    url = new URL(request.url);
    parsed.set(request, url);
  }
  return url;
}
