/**
 * A fake Dintero Checkout on 127.0.0.1 for the tests, keeping Dintero's contract: the token
 * endpoint (Basic auth, client credentials, audience), sessions from a profile, sessions,
 * transactions, cancel and void, all behind Bearer tokens; the hosted Vipps/MobilePay page a real
 * browser can pay on; and signed callbacks. The gateway under test runs inside workerd and cannot
 * be reached over HTTP, so callbacks wait in an outbox for the test to deliver. What happens to a
 * transaction's money (capture, refund, void, `auto_capture`) is in `dintero-fake-transactions.ts`.
 *
 * Control endpoints for tests, under `/_control/`:
 *   GET  sessions?merchant_reference=…|id=…     the sessions as stored, with the request received
 *   POST sessions/{id}/decide {decision, race?}  approve, decline or cancel, as the hosted page does
 *   GET  outbox?merchant_reference=…|session_id=…  the callbacks Dintero would have delivered
 *   POST clock {seconds?, reset?, client_id?}    move an API client's fake clock
 *   POST faults {path, method?, match?, times?, status?, retryAfter?, hangMs?, afterProcessing?}
 *        the next `times` (1) matching calls fail, as `faults.ts` says, in Dintero's error shape
 *   GET  log?match=…                             the requests received (and counts per endpoint)
 *   POST clients {client_id, client_secret}      another API client of the account
 * A fault's `match` is a substring of "<METHOD> <path?query> <client id> <body>".
 */

import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenOnLoopback } from "../listen";
import { FAKE_DINTERO } from "./credentials.ts";
import type { LoggedRequest } from "./dintero-control.ts";
import { enabledProducts, parseSessionRequest, sessionUrl } from "./dintero-fake-sessions.ts";
import { capture, type FakeTransaction, movementOf, type Refusal, refund } from "./dintero-fake-transactions.ts";
import { type Decision, DinteroWorld, type FakeSession, LINK_LIFETIME_MS, PROFILES, SESSION_LIFETIME_MS } from "./dintero-fake-world.ts";
import { type Fault, FaultBook, type FaultRule, faultStatus } from "./faults.ts";

/** Largest request body read: 64 KiB. */
const MAX_BODY_BYTES = 65_536;

interface Exchange {
  method: string;
  url: URL;
  body: string;
  client: string | null;
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const json = (status: number, body: unknown, headers?: Record<string, string>): Answer => ({
  status,
  body,
  ...(headers ? { headers } : {}),
});
/** Dintero's error shape: `{"error": {"code", "message", "errors"}}`. */
const failure = (status: number, code: string, message: string, errors: unknown[] = []) =>
  json(status, { error: { code, message, ...(errors.length ? { errors } : {}) } });

/** A fault's answer, in Dintero's error shape. */
function injected(fault: FaultRule): Answer {
  const status = faultStatus(fault);
  return failure(status, status === 429 ? "TOO_MANY_REQUESTS" : "INJECTED", `injected ${status}`);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error("body too large"));
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const DECISIONS = ["approve", "decline", "cancel"] as const satisfies readonly Decision[];
const isDecision = (value: unknown): value is Decision => (DECISIONS as readonly unknown[]).includes(value);

/** The user and password of a Basic authorization header. */
function basicCredentials(header: string | undefined): { user: string; secret: string } | null {
  if (!header?.startsWith("Basic ")) return null;
  const [user = "", secret = ""] = Buffer.from(header.slice(6), "base64").toString("utf8").split(/:(.*)/s);
  return { user, secret };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The hosted page (or, for the Checkout fallback, the Checkout page): three buttons. */
function paymentPage(session: FakeSession, action: string, message: string | null): string {
  const brand = session.product === "payex.mobilepay" ? "MOBILEPAY" : session.product?.includes("vipps") ? "VIPPS" : "CHECKOUT";
  const amount = `${(session.amount / 100).toFixed(2)} ${session.currency}`;
  const buttons = DECISIONS.map((decision) => `<button name="decision" value="${decision}">${decision}</button>`).join(" ");
  return `<!doctype html><meta charset="utf-8"><title>FAKE DINTERO / ${brand}</title>
<h1>FAKE DINTERO / ${brand}</h1><p id="amount">${escapeHtml(amount)}</p><p id="reference">${escapeHtml(session.merchantReference)}</p>
${message ? `<p id="message">${escapeHtml(message)}</p>` : `<form method="post" action="${action}">${buttons}</form>`}`;
}

/** What `POST /v1/transactions/{id}/{operation}` does: null when done, else Dintero's refusal. */
function operations(world: DinteroWorld): Map<string, (transaction: FakeTransaction, body: unknown, now: number) => Refusal | null> {
  const moving =
    (move: typeof capture, field: "capture_reference" | "refund_reference") =>
    (transaction: FakeTransaction, body: unknown, now: number) => {
      const movement = movementOf(body, field);
      return "code" in movement ? movement : move(transaction, movement, now);
    };
  return new Map([
    ["capture", moving(capture, "capture_reference")],
    ["refund", moving(refund, "refund_reference")],
    ["void", (transaction: FakeTransaction) => world.voidTransaction(transaction)],
  ]);
}

export async function startFakeDintero(): Promise<{ port: number; close(): Promise<void> }> {
  const world = new DinteroWorld();
  const transactionOperations = operations(world);
  const faults = new FaultBook();
  const log: LoggedRequest[] = [];
  let base = "";

  /** The API client a request speaks for: Basic auth's user, or a Bearer token's owner. */
  function clientOf(header: string | undefined): string | null {
    if (header?.startsWith("Basic ")) return basicCredentials(header)?.user ?? null;
    if (header?.startsWith("Bearer ")) return world.ownerOf(header.slice(7));
    return null;
  }

  function takeFault(exchange: Exchange): Fault | null {
    const fingerprint = `${exchange.method} ${exchange.url.pathname}${exchange.url.search} ${exchange.client ?? ""} ${exchange.body}`;
    return faults.take(exchange.method, exchange.url.pathname, fingerprint);
  }

  function token(exchange: Exchange, aid: string, authorization: string | undefined): Answer {
    if (aid !== world.accountId) return failure(404, "NOT_FOUND", `account ${aid} not found`);
    const credentials = basicCredentials(authorization);
    if (!credentials || world.clients.get(credentials.user) !== credentials.secret) {
      return failure(401, "UNAUTHORIZED", "invalid client credentials");
    }
    const body = parseJson(exchange.body) as { grant_type?: unknown; audience?: unknown } | undefined;
    if (body?.grant_type !== "client_credentials") return failure(400, "BAD_REQUEST", "grant_type must be client_credentials");
    if (body.audience !== `https://api.dintero.com/v1/accounts/${aid}`) return failure(400, "BAD_REQUEST", "audience is not this account");
    return json(200, world.issueToken(credentials.user));
  }

  function createSession(exchange: Exchange, client: string): Answer {
    const parsed = parseSessionRequest(parseJson(exchange.body));
    if (!parsed.ok) {
      const first = parsed.problems[0];
      return failure(400, "BAD_REQUEST", `${first?.path}: ${first?.message}`, parsed.problems);
    }
    const { request } = parsed;
    const profile = PROFILES.get(request.profile_id);
    if (!profile) return failure(400, "BAD_REQUEST", `profile_id: no profile ${request.profile_id}`);
    const now = world.now(client);
    const id = world.newId();
    const configuration = request.configuration;
    const products = enabledProducts(configuration);
    const { url, product } = sessionUrl(base, id, configuration.channel, products, randomBytes(24).toString("base64url"));
    const session: FakeSession = {
      id,
      client,
      request: parseJson(exchange.body) as Record<string, unknown>,
      returnUrl: request.url.return_url,
      callbackUrl: request.url.callback_url ?? null,
      merchantReference: request.order.merchant_reference,
      amount: request.order.amount,
      currency: request.order.currency,
      channel: configuration.channel,
      product,
      autoCapture: configuration.auto_capture ?? profile.autoCapture,
      url,
      createdAt: now,
      expiresAt: request.expires_at ? Date.parse(request.expires_at) : now + SESSION_LIFETIME_MS,
      linkExpiresAt: now + LINK_LIFETIME_MS,
      events: [],
      transactionId: null,
      cancelledAt: null,
    };
    world.sessions.set(id, session);
    world.event(session, "INITIATED");
    const full = exchange.url.searchParams.get("include_session") === "true";
    return json(200, { id, url, ...(full ? { session: world.sessionView(session) } : {}) });
  }

  /** The API behind Bearer tokens: every object must belong to the token's account. */
  function api(exchange: Exchange, authorization: string | undefined): Answer {
    const client = exchange.client;
    const bearer = authorization?.startsWith("Bearer ") ? authorization.slice(7) : "";
    if (!client || !world.tokenValid(bearer)) return failure(401, "UNAUTHORIZED", "missing, unknown or expired access token");
    const { method } = exchange;
    const path = exchange.url.pathname;
    if (method === "POST" && path === "/v1/sessions-profile") return createSession(exchange, client);
    const [, , kind, id = "", action] = path.split("/");
    if (!id.startsWith(`${world.accountId}.`)) return failure(404, "NOT_FOUND", `${kind} ${id} not found`);
    if (kind === "sessions") {
      const session = world.sessions.get(id);
      if (!session) return failure(404, "NOT_FOUND", `session ${id} not found`);
      if (method === "GET" && action === undefined) return json(200, world.sessionView(session));
      if (method === "POST" && action === "cancel") {
        return world.cancel(session)
          ? json(200, world.sessionView(session))
          : failure(400, "SESSION_CANCEL_NOT_ALLOWED", "the session's transaction is not initiated or authorized");
      }
    }
    if (kind === "transactions") {
      const transaction = world.transactions.get(id);
      if (!transaction) return failure(404, "NOT_FOUND", `transaction ${id} not found`);
      if (method === "GET" && action === undefined) return json(200, world.transactionView(transaction));
      const operation = method === "POST" && action !== undefined ? transactionOperations.get(action) : undefined;
      if (operation) {
        const refusal = operation(transaction, parseJson(exchange.body), world.now(transaction.client));
        return refusal ? failure(refusal.status, refusal.code, refusal.message) : json(200, world.transactionView(transaction));
      }
    }
    return failure(404, "NOT_FOUND", `no ${method} ${path}`);
  }

  function control(exchange: Exchange): Answer {
    const { method, url } = exchange;
    const body = (parseJson(exchange.body) ?? {}) as Record<string, unknown>;
    const query = url.searchParams;
    const [, , what, id, action] = url.pathname.split("/");
    if (method === "GET" && what === "sessions") {
      const found = [...world.sessions.values()].filter(
        (session) => session.merchantReference === query.get("merchant_reference") || session.id === query.get("id"),
      );
      return json(
        200,
        found.map((session) => {
          const transaction = session.transactionId ? world.transactions.get(session.transactionId) : undefined;
          return {
            ...world.sessionView(session),
            client: session.client,
            product: session.product,
            url: session.url,
            link_expires_at: new Date(session.linkExpiresAt).toISOString(),
            request: session.request,
            transaction: transaction ? world.transactionView(transaction) : null,
          };
        }),
      );
    }
    if (method === "POST" && what === "sessions" && id && action === "decide") {
      if (!isDecision(body.decision)) return failure(400, "BAD_REQUEST", "decision: approve, decline or cancel");
      const result = world.decide(id, body.decision, body.race === true);
      return json(result.ok ? 200 : result.status, result);
    }
    if (method === "GET" && what === "outbox") {
      return json(
        200,
        world.outbox.filter(
          (entry) => entry.merchant_reference === query.get("merchant_reference") || entry.session_id === query.get("session_id"),
        ),
      );
    }
    if (method === "POST" && what === "clock") {
      const client = typeof body.client_id === "string" ? body.client_id : FAKE_DINTERO.clientId;
      const now = world.advanceClock(client, Number(body.seconds ?? 0), body.reset === true);
      return json(200, { client_id: client, now: new Date(now).toISOString() });
    }
    if (method === "POST" && what === "faults" && typeof body.path === "string") {
      return json(201, { faults: faults.add(body as unknown as FaultRule) });
    }
    if (method === "GET" && what === "log") {
      const match = query.get("match") ?? "";
      const entries = log.filter((entry) =>
        `${entry.method} ${entry.path}${entry.query} ${entry.client ?? ""} ${JSON.stringify(entry.body)}`.includes(match),
      );
      const counts: Record<string, number> = {};
      for (const entry of entries) {
        const key = `${entry.method} ${entry.path.replace(/T\d{8}\.[\w-]+/g, "{id}")}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return json(200, { entries, counts });
    }
    if (method === "POST" && what === "clients" && typeof body.client_id === "string" && typeof body.client_secret === "string") {
      world.clients.set(body.client_id, body.client_secret);
      return json(201, { client_id: body.client_id });
    }
    return failure(404, "NOT_FOUND", `no control ${method} ${url.pathname}`);
  }

  /** The hosted page (`/hosted/{id}`) and the Checkout fallback (`/view/{id}`) a browser opens. */
  function page(exchange: Exchange): Answer & { html?: string } {
    const [, , id = ""] = exchange.url.pathname.split("/");
    const session = world.sessions.get(id);
    if (!session) return { status: 404, body: null, html: "<!doctype html><title>FAKE DINTERO</title><p>No such payment." };
    if (exchange.method === "POST") {
      const decision = new URLSearchParams(exchange.body).get("decision");
      if (!isDecision(decision))
        return { status: 400, body: null, html: paymentPage(session, exchange.url.pathname, "Choose approve, decline or cancel.") };
      const result = world.decide(id, decision);
      if (result.ok) return { status: 303, body: null, headers: { location: result.returnUrl } };
      return { status: result.status, body: null, html: paymentPage(session, exchange.url.pathname, result.message) };
    }
    world.event(session, "VISITED");
    const closed = world.closedReason(session);
    return { status: 200, body: null, html: paymentPage(session, exchange.url.pathname, closed ? closed.message : null) };
  }

  function route(exchange: Exchange, authorization: string | undefined): Answer & { html?: string } {
    const path = exchange.url.pathname;
    if (path.startsWith("/_control/")) return control(exchange);
    if (path.startsWith("/hosted/") || path.startsWith("/view/")) return page(exchange);
    const tokenPath = /^\/v1\/accounts\/([^/]+)\/auth\/token$/.exec(path);
    if (tokenPath && exchange.method === "POST") return token(exchange, tokenPath[1] ?? "", authorization);
    if (path.startsWith("/v1/")) return api(exchange, authorization);
    return failure(404, "NOT_FOUND", `no ${exchange.method} ${path}`);
  }

  /** The route's answer; a fault of the fake itself is a 500 naming it, never a hung request. */
  function answerOf(exchange: Exchange, authorization: string | undefined): Answer & { html?: string } {
    try {
      return route(exchange, authorization);
    } catch (error) {
      return failure(500, "FAKE_FAULT", String(error));
    }
  }

  function write(response: ServerResponse, answer: Answer & { html?: string }): void {
    if (response.destroyed) return;
    const headers = { ...answer.headers };
    if (answer.html !== undefined) headers["content-type"] = "text/html; charset=utf-8";
    else if (answer.body !== null) headers["content-type"] = "application/json";
    response.writeHead(answer.status, headers);
    response.end(answer.html ?? (answer.body === null ? undefined : JSON.stringify(answer.body)));
  }

  const server = createServer(async (request, response) => {
    const body = await readBody(request).catch(() => null);
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const exchange: Exchange = { method: request.method ?? "GET", url, body: body ?? "", client: clientOf(request.headers.authorization) };
    const fault = url.pathname.startsWith("/_control/") ? null : takeFault(exchange);
    let answer: Answer & { html?: string };
    if (body === null) answer = failure(413, "BAD_REQUEST", "body too large");
    else if (!fault) answer = answerOf(exchange, request.headers.authorization);
    else {
      if (fault.afterProcessing) answerOf(exchange, request.headers.authorization); // carried out; its answer is lost
      answer = injected(fault);
    }
    if (fault?.retryAfter !== undefined) answer.headers = { ...answer.headers, "retry-after": String(fault.retryAfter) };
    if (!url.pathname.startsWith("/_control/")) {
      log.push({
        at: new Date().toISOString(),
        method: exchange.method,
        path: url.pathname,
        query: url.search,
        client: exchange.client,
        status: answer.status,
        body: parseJson(exchange.body) ?? (exchange.body || null),
      });
    }
    if (fault?.hangMs !== undefined) setTimeout(() => write(response, answer), fault.hangMs).unref();
    else write(response, answer);
  });
  const listening = await listenOnLoopback(server, "fake Dintero");
  base = listening.origin;
  return listening;
}
