/**
 * `npm run merchant`: a merchant's server on this machine, for README's walk through the flow.
 *
 * - Every POST (the walk's callback URL is `/webhooks/paylink`, any other path too) is a webhook:
 *   it prints the event type, the session id and whether `Paylink-Signature` verifies with the local
 *   merchant's secret, `whsec_local` (by the gateway's own `verifyPayload`), and answers 200.
 * - `GET /return` (the walk's return URL) shows the return parameters as a small page.
 *
 * Port: the first argument, else `PORT`, else 3000; on 127.0.0.1, since the gateway allows the local
 * merchant plain http only to this machine. Node built-ins and the gateway's own modules only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { html, pageResponse } from "../src/pages/html.ts";
import { SIGNATURE_HEADER, verifyPayload } from "../src/signatures/paylink.ts";

/** The local merchant's webhook secret, as wrangler.toml's MERCHANTS has it. */
export const LOCAL_WEBHOOK_SECRET = "whsec_local";

/** The port when neither an argument nor PORT names one. */
export const DEFAULT_PORT = 3000;

/** The return parameters the gateway puts on a merchant's return URL (Dintero's), in the page's order. */
export const RETURN_PARAMETERS = ["merchant_reference", "session_id", "transaction_id", "error"] as const;

/** The port to listen on: the first argument, else PORT, else 3000; an error names what is wrong. */
export function portFrom(args: readonly string[], env: Record<string, string | undefined>): number {
  const given = args[0] ?? env.PORT;
  if (given === undefined || given === "") return DEFAULT_PORT;
  const port = Number(given);
  if (!/^\d+$/.test(given) || port < 1 || port > 65_535) {
    throw new Error(`port: expected a whole number from 1 to 65535 (first argument or PORT), got ${JSON.stringify(given)}`);
  }
  return port;
}

/** The line printed for one webhook: what it is about, and whether its signature holds. */
export function webhookLine(path: string, body: string, verified: boolean): string {
  const signature = `signature ${verified ? "verified" : "NOT verified"} with ${LOCAL_WEBHOOK_SECRET}`;
  let event: { type?: unknown; data?: { id?: unknown; status?: unknown } } | null = null;
  try {
    event = JSON.parse(body);
  } catch {
    // Not JSON: said below, as is JSON that is not an object.
  }
  const about =
    event && typeof event === "object"
      ? `${String(event.type)} for session ${String(event.data?.id)} (now ${String(event.data?.status)})`
      : `a body that is not a JSON object (${body.length} characters)`;
  return `webhook POST ${path}: ${about}; ${signature}`;
}

/** The return page: each return parameter the gateway sent, escaped, and what to trust. */
export function returnPage(query: URLSearchParams): Promise<Response> {
  const rows = RETURN_PARAMETERS.map((name) => html`<tr><th>${name}</th><td>${query.get(name) ?? "(none)"}</td></tr>`);
  return pageResponse({
    // A developer's tool: English only.
    lang: "en",
    title: "Back at the shop",
    body: html`<main><h1>Back at the shop</h1><p>The gateway sent the customer back with:</p><table>${rows}</table><p class="note">Anyone can type these into a URL: a shop believes the signed webhook (printed in the terminal) or <code>GET /v1/sessions/{id}</code>.</p></main>`,
  });
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function send(response: ServerResponse, answer: Response): Promise<void> {
  response.statusCode = answer.status;
  answer.headers.forEach((value, name) => {
    response.setHeader(name, value);
  });
  response.end(await answer.text());
}

const text = (status: number, body: string) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

async function answer(request: IncomingMessage, print: (line: string) => void): Promise<Response> {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (request.method === "POST") {
    const body = await readBody(request);
    const header = request.headers[SIGNATURE_HEADER.toLowerCase()];
    const verified = typeof header === "string" && (await verifyPayload(LOCAL_WEBHOOK_SECRET, header, body, Math.floor(Date.now() / 1000)));
    print(webhookLine(url.pathname, body, verified));
    return text(200, "received\n");
  }
  if (request.method === "GET" && url.pathname === "/return") {
    print(`return GET ${url.pathname}${url.search}`);
    return returnPage(url.searchParams);
  }
  return text(404, "Not here: webhooks are any POST, the return page is GET /return.\n");
}

function main(): void {
  let port: number;
  try {
    port = portFrom(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`npm run merchant: ${(error as Error).message}`);
    process.exit(2);
  }
  const print = (line: string) => console.log(line);
  const server = createServer((request, response) => {
    answer(request, print).then(
      (result) => send(response, result),
      (error: unknown) => {
        print(`error answering ${request.method} ${request.url}: ${String(error)}`);
        return send(response, text(500, "error\n"));
      },
    );
  });
  server.on("error", (error) => {
    console.error(`npm run merchant: cannot listen on 127.0.0.1:${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, "127.0.0.1", () => {
    print(`The local merchant listens on http://localhost:${port}`);
    print(`  webhooks: any POST, e.g. http://localhost:${port}/webhooks/paylink (checked with ${LOCAL_WEBHOOK_SECRET})`);
    print(`  return page: http://localhost:${port}/return`);
  });
}

if (import.meta.main) main();
