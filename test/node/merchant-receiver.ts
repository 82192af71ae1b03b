/**
 * A stand-in for merchants' servers, on 127.0.0.1: it records every webhook POSTed to it (headers
 * and the raw body, by path) and answers return-URL visits with a small page. Tests read what it
 * received from `GET /_received?path=<path>`. A path under `/down/` answers 503, like a merchant
 * whose endpoint is failing; one under `/down-until/<ms since the epoch>/` answers 503 until then,
 * like a merchant that is down for a while and comes back. One under `/redirect/` answers 302 to the
 * same path under `/landed/` (which, like any other path, answers 200). Each entry says what was
 * answered.
 */
import { createServer } from "node:http";
import { type Listening, listenOnLoopback } from "./listen";

export interface Received {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
  /** The status the receiver answered. */
  answered: number;
}

export async function startMerchantReceiver(): Promise<Listening> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/_received") {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify(received.filter((entry) => entry.path === url.searchParams.get("path"))));
      return;
    }
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) headers[name] = String(value);
      const downUntil = /^\/down-until\/(\d+)\//.exec(url.pathname)?.[1];
      const down = url.pathname.startsWith("/down/") || (downUntil !== undefined && Date.now() < Number(downUntil));
      const redirect = url.pathname.startsWith("/redirect/");
      received.push({
        method: request.method ?? "",
        path: url.pathname,
        query: url.search,
        headers,
        body: Buffer.concat(chunks).toString("utf8"),
        answered: down ? 503 : redirect ? 302 : 200,
      });
      if (redirect) {
        response.statusCode = 302;
        response.setHeader("location", url.pathname.replace(/^\/redirect\//, "/landed/"));
        response.end();
        return;
      }
      if (down) {
        response.statusCode = 503;
        response.end("down");
        return;
      }
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.end(`<!doctype html><title>Shop</title><h1 id="shop">Back at the shop</h1>`);
    });
  });
  return listenOnLoopback(server, "merchant receiver");
}
