/**
 * A fake Vipps MobilePay on 127.0.0.1 (node:http), written from Vipps' OpenAPI files and guides,
 * that keeps their contract: access tokens (`POST /accesstoken/get`, the four credential headers,
 * 1 hour lifetime), the ePayment API (create with Idempotency-Key and the official schema, get,
 * events, in the sales unit's currency only; cancel, capture and refund in `vipps-adjust.ts`), the
 * Webhooks API (`vipps-webhooks-api.ts`: register, list, delete per MSN), a landing page a real browser can pay
 * on (`/landing/<token>`, "FAKE VIPPS"),
 * and signed webhooks. Every API call must carry the subscription key, one of the fake's merchant
 * serial numbers (`FAKE_VIPPS_UNITS`: Norwegian, Danish, Finnish) and a live token. Worlds: `/w/<name>/...` is a separate fake with its own clock, tokens,
 * payments and faults; plain paths are the default world the gateway's worker tests point at.
 *
 * Test-only control endpoints, under `/_control/` of each world:
 *   GET  payments/<reference>                      the payment (state, aggregate, events)
 *   POST payments/<reference>/approve|decline      the customer approves (AUTHORIZED) or aborts (ABORTED)
 *   POST payments/<reference>/abandon              the customer walks away: the payment EXPIRES now
 *   POST clock        {"seconds": N}               moves the fake clock on (tokens, landing pages)
 *   POST tokens/revoke                             every token issued so far is refused from now on
 *   POST redirects    {"reference", "url"}         the payment with that reference, once created, answers `url`
 *                                                  as its redirectUrl (a landing page on another domain)
 *   POST faults       {path, method?, match?, times?, status?, retryAfter?, hangMs?, afterProcessing?} (faults.ts)
 *   GET  webhooks?msn=                             the webhooks registered for an MSN, secrets included
 *   GET  requests?path=&match=                     the API requests seen, with headers, bodies, status
 *   GET  stats?match=                              counts: token, create, get, cancel, capture, refund calls; payments
 *   GET  outbox?reference=&target=&date=           the webhooks about a payment, signed for `target`
 *                                                  (x-ms-date = `date`, an HTTP date; default: now)
 *
 * The gateway under worker tests cannot be reached over HTTP, so a test takes a signed webhook
 * from the outbox and delivers it itself (`call(path, {method, headers, body})`). Webhooks are
 * dated by the real clock, as the gateway checks them against its own; the fake clock only decides
 * Vipps' own expiries (tokens, landing pages).
 */

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenOnLoopback } from "../listen";
import { FAKE_VIPPS, FAKE_VIPPS_UNITS } from "./credentials.ts";
import { type Fault, type FaultRule, faultStatus } from "./faults.ts";
import { ADJUSTMENTS, adjustPayment } from "./vipps-adjust.ts";
import {
  canonical,
  createPaymentProblems,
  jsonBodyOf,
  jsonReply,
  jsonTypeProblem,
  keyProblem,
  problem,
  type Reply,
} from "./vipps-contract.ts";
import { webhooksApi } from "./vipps-webhooks-api.ts";
import { type Payment, TOKEN_LIFETIME_S, World } from "./vipps-world.ts";

/** Largest request body read: 64 KiB, in bytes. */
const MAX_BODY_BYTES = 64 * 1024;

const PAYMENT_PATH = /^\/epayment\/v1\/payments\/([^/]+)(\/events|\/cancel|\/capture|\/refund)?$/;
const CONTROL_PAYMENT_PATH = /^\/_control\/payments\/([^/]+)(?:\/(approve|decline|abandon))?$/;
const WORLD_PATH = /^\/w\/([A-Za-z0-9_-]{1,64})(\/.*)$/;

type Headers = Record<string, string>;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_BODY_BYTES) request.destroy(new Error("body too large"));
      else chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function headersOf(request: IncomingMessage): Headers {
  const headers: Headers = {};
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers[name] = String(value);
  return headers;
}

function send(response: ServerResponse, reply: Reply): void {
  if (response.writableEnded || response.destroyed) return;
  response.writeHead(reply.status, reply.headers);
  response.end(reply.body);
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function page(status: number, body: string): Reply {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>FAKE VIPPS</title><body style="font-family:sans-serif;max-width:28rem;margin:2rem auto"><h1>FAKE VIPPS</h1>${body}</body></html>`;
  return { status, headers: { "content-type": "text/html; charset=utf-8" }, body: html };
}

function money(payment: Payment): string {
  return `${(payment.amount.value / 100).toFixed(2)} ${payment.amount.currency}`;
}

/** The landing page: what is asked, and approve / decline, as a form a browser can post. */
function landing(world: World, method: string, token: string, text: string): Reply {
  const reference = world.byToken.get(token);
  const payment = reference === undefined ? undefined : world.payments.get(reference);
  if (!payment) return page(404, "<p>No such payment.</p>");
  if (payment.state !== "CREATED") return page(410, `<p>This payment is ${payment.state.toLowerCase()}.</p>`);
  if (!world.open(payment)) return page(410, "<p>This link has expired.</p>");
  if (method === "POST") {
    const decision = new URLSearchParams(text).get("decision");
    if (decision !== "approve" && decision !== "decline") return page(400, "<p>Choose approve or decline.</p>");
    world.change(payment, decision === "approve" ? "AUTHORIZED" : "ABORTED", decision === "approve" ? "AUTHORIZED" : "ABORTED", null);
    if (!payment.returnUrl) return page(200, `<p>Payment ${payment.state.toLowerCase()}.</p>`);
    return { status: 303, headers: { location: payment.returnUrl }, body: "" };
  }
  return page(
    200,
    `<p id="ask">${escapeHtml(payment.description)}: <strong>${money(payment)}</strong></p>
<form method="post"><button name="decision" value="approve" id="approve">Approve</button>
<button name="decision" value="decline" id="decline">Decline</button></form>`,
  );
}

function issueToken(world: World, headers: Headers, body: string): Reply {
  if (headers["ocp-apim-subscription-key"] !== FAKE_VIPPS.subscriptionKey) {
    return problem(401, "Access denied", "Access denied due to invalid subscription key.");
  }
  const known =
    headers.client_id === FAKE_VIPPS.clientId &&
    headers.client_secret === FAKE_VIPPS.clientSecret &&
    (headers["merchant-serial-number"] ?? "") in FAKE_VIPPS_UNITS;
  if (!known) return jsonReply(401, { error: "unauthorized_client", error_description: "client_id, client_secret or MSN not known" });
  if (body.length > 0) return problem(400, "Bad Request", "The body must be empty.", [{ name: "body", reason: "must be empty" }]);
  const { token, expiresAt } = world.issueToken();
  const now = Math.floor(world.now() / 1000);
  return jsonReply(200, {
    token_type: "Bearer",
    expires_in: String(TOKEN_LIFETIME_S),
    ext_expires_in: "0",
    expires_on: String(Math.floor(expiresAt / 1000)),
    not_before: String(now),
    resource: "00000002-0000-0000-c000-000000000000",
    access_token: token,
  });
}

/** Why an API call is refused before it is looked at: keys, serial number, token; null when none. */
function refusal(world: World, headers: Headers): Reply | null {
  if (headers["ocp-apim-subscription-key"] !== FAKE_VIPPS.subscriptionKey) {
    return problem(401, "Access denied", "Access denied due to invalid subscription key.");
  }
  const bearer = /^Bearer (\S+)$/.exec(headers.authorization ?? "")?.[1];
  if (!bearer || !world.tokenValid(bearer)) return problem(401, "Unauthorized", "The access token is missing, unknown or expired.");
  if (!((headers["merchant-serial-number"] ?? "") in FAKE_VIPPS_UNITS)) {
    return problem(403, "Forbidden", "Merchant-Serial-Number is missing or not this sales unit's.", [
      { name: "Merchant-Serial-Number", reason: "not this sales unit's" },
    ]);
  }
  return null;
}

function createPayment(world: World, headers: Headers, text: string): Reply {
  const bad = jsonTypeProblem(headers) ?? keyProblem(headers);
  if (bad) return bad;
  const key = headers["idempotency-key"] ?? "";
  const parsed = jsonBodyOf(text);
  if ("reply" in parsed) return parsed.reply;
  const body = parsed.value;
  const request = canonical(body);
  const stored = world.creates.get(key);
  if (stored) {
    if (stored.request === request) return jsonReply(stored.status, stored.body);
    return problem(409, "Idempotency error", `Idempotency-Key ${key} already exists.`, [
      { name: "Idempotency-Key", reason: "used with another body" },
    ]);
  }
  const problems = createPaymentProblems(body);
  if (problems.length) return problem(400, "Bad Request", problems.map((found) => `${found.name}: ${found.reason}`).join("; "), problems);
  const input = body as Parameters<World["create"]>[0];
  // The currency is the sales unit's (its country's): Vipps refuses any other.
  const msn = headers["merchant-serial-number"] ?? "";
  const currency = FAKE_VIPPS_UNITS[msn];
  if (input.amount.currency !== currency) {
    return problem(400, "Bad Request", `amount.currency: MSN ${msn} takes ${currency} only.`, [
      { name: "amount.currency", reason: `the sales unit's currency is ${currency}` },
    ]);
  }
  if (world.payments.has(input.reference)) {
    return problem(409, "Idempotency error", `Reference ${input.reference} already exists.`, [
      { name: "reference", reason: "already exists" },
    ]);
  }
  const payment = world.create(input, key);
  const answer = { reference: payment.reference, redirectUrl: payment.redirectUrl };
  world.creates.set(key, { request, status: 201, body: answer });
  return jsonReply(201, answer);
}

function api(world: World, method: string, path: string, headers: Headers, body: string): Reply {
  if (path.startsWith("/landing/")) return landing(world, method, path.slice("/landing/".length), body);
  if (method === "POST" && path === "/accesstoken/get") return issueToken(world, headers, body);
  const refused = refusal(world, headers);
  if (refused) return refused;
  if (method === "POST" && path === "/epayment/v1/payments") return createPayment(world, headers, body);
  const webhooks = webhooksApi(world, headers["merchant-serial-number"] ?? "", method, path, body);
  if (webhooks) return webhooks;
  const [, encoded, action] = PAYMENT_PATH.exec(path) ?? [];
  if (encoded === undefined) return problem(404, "Not Found", `No ${method} ${path} here.`);
  const reference = decodeURIComponent(encoded);
  const adjustment = ADJUSTMENTS[action ?? ""];
  if (method === "POST" && adjustment) return adjustPayment(world, adjustment, headers, reference, body);
  const payment = world.payments.get(reference);
  if (method !== "GET" || adjustment) return problem(405, "Method Not Allowed", `${method} ${path}`);
  if (!payment) return problem(404, "Reference not found", `The reference ${reference} does not exist for MSN ${FAKE_VIPPS.msn}.`);
  if (action === "/events") {
    return jsonReply(
      200,
      payment.events.map((event) => {
        const { msn: _msn, ...rest } = JSON.parse(event.body) as Record<string, unknown>;
        return rest;
      }),
    );
  }
  return jsonReply(200, world.view(payment));
}

function decide(world: World, reference: string, action: string): Reply {
  const payment = world.payments.get(reference);
  if (!payment) return problem(404, "Reference not found", `No payment ${reference}.`);
  if (payment.state !== "CREATED") return problem(409, "Not pending", `The payment is ${payment.state}.`);
  // Approving and declining happen in the app, which the customer must have opened in time.
  if (action !== "abandon" && !world.open(payment)) return problem(409, "Not opened in time", "The payment link has expired.");
  if (action === "approve") world.change(payment, "AUTHORIZED", "AUTHORIZED", null);
  else if (action === "decline") world.change(payment, "ABORTED", "ABORTED", null);
  else {
    payment.expiresAt = world.now();
    world.sweep();
  }
  return jsonReply(200, world.view(payment));
}

function stats(world: World, match: string | null) {
  const count = (path: (seen: string) => boolean, method: string) =>
    world.requests(null, match).filter((seen) => seen.method === method && path(seen.path)).length;
  const payments = [...world.payments.values()].filter((payment) => match === null || payment.reference.includes(match));
  return {
    tokenRequests: count((path) => path === "/accesstoken/get", "POST"),
    createRequests: count((path) => path === "/epayment/v1/payments", "POST"),
    getRequests: count((path) => PAYMENT_PATH.test(path), "GET"),
    cancelRequests: count((path) => path.endsWith("/cancel"), "POST"),
    captureRequests: count((path) => path.endsWith("/capture"), "POST"),
    refundRequests: count((path) => path.endsWith("/refund"), "POST"),
    paymentsCreated: payments.length,
  };
}

function control(world: World, method: string, path: string, query: URLSearchParams, text: string): Reply {
  const input = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
  const [, encoded, action] = CONTROL_PAYMENT_PATH.exec(path) ?? [];
  if (encoded !== undefined) {
    const reference = decodeURIComponent(encoded);
    if (method === "POST" && action !== undefined) return decide(world, reference, action);
    const payment = world.payments.get(reference);
    if (!payment) return problem(404, "Not Found", reference);
    return jsonReply(200, { ...world.view(payment), events: payment.events.map((event) => event.name) });
  }
  if (method === "POST" && path === "/_control/clock") {
    world.offsetMs += Number(input.seconds ?? 0) * 1000;
    world.sweep();
    return jsonReply(200, { now: new Date(world.now()).toISOString() });
  }
  if (method === "POST" && path === "/_control/tokens/revoke") {
    world.tokens.clear();
    return jsonReply(200, { revoked: true });
  }
  if (method === "POST" && path === "/_control/redirects") {
    world.redirects.set(String(input.reference), String(input.url));
    return jsonReply(200, { reference: input.reference, url: input.url });
  }
  if (method === "POST" && path === "/_control/faults") {
    return jsonReply(200, { faults: world.faults.add(input as unknown as FaultRule) });
  }
  if (method === "GET" && path === "/_control/webhooks") return jsonReply(200, world.registrations(query.get("msn") ?? ""));
  if (method === "GET" && path === "/_control/requests") return jsonReply(200, world.requests(query.get("path"), query.get("match")));
  if (method === "GET" && path === "/_control/stats") return jsonReply(200, stats(world, query.get("match")));
  if (method === "GET" && path === "/_control/outbox") {
    const target = query.get("target");
    if (!target || !URL.canParse(target)) return problem(400, "Bad Request", "target: the URL the webhook is for");
    const date = query.get("date") ?? new Date().toUTCString();
    return jsonReply(200, world.outbox(query.get("reference") ?? "", new URL(target), date));
  }
  return problem(404, "Not Found", `No control ${method} ${path}.`);
}

/** Fails the answer as `fault` says: at once, or after holding it (past the client's timeout). */
function failWith(response: ServerResponse, fault: Fault, note: (status: number) => void): void {
  const status = faultStatus(fault);
  const reply = problem(status, "Injected fault", "A fault the test asked for.");
  if (fault.retryAfter !== undefined) reply.headers["retry-after"] = String(fault.retryAfter);
  const answer = () => {
    note(status);
    send(response, reply);
  };
  if (fault.hangMs === undefined) {
    answer();
    return;
  }
  const timer = setTimeout(answer, fault.hangMs);
  response.on("close", () => clearTimeout(timer));
}

export async function startFakeVipps(): Promise<{ port: number; close(): Promise<void> }> {
  const worlds = new Map<string, World>();
  let origin = "";
  const worldNamed = (name: string) => {
    const found = worlds.get(name);
    if (found) return found;
    const created = new World(name ? `${origin}/w/${name}` : origin);
    worlds.set(name, created);
    return created;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", origin);
    const [, name, scoped] = WORLD_PATH.exec(url.pathname) ?? [];
    const world = worldNamed(name ?? "");
    const path = scoped ?? url.pathname;
    const method = request.method ?? "GET";
    const body = await readBody(request);
    world.sweep();
    if (path.startsWith("/_control/")) return send(response, control(world, method, path, url.searchParams, body));
    const headers = headersOf(request);
    const seen = { method, path, headers, body, status: null as number | null, at: Date.now() };
    world.seen.push(seen);
    const note = (status: number) => {
      seen.status = status;
    };
    const fault = world.faults.take(method, path, `${path}\n${headers["idempotency-key"] ?? ""}\n${body}`);
    if (fault && !fault.afterProcessing) return failWith(response, fault, note);
    const reply = api(world, method, path, headers, body);
    if (fault) return failWith(response, fault, note);
    note(reply.status);
    send(response, reply);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, problem(500, "Fake failed", String(error))));
  });
  const listening = await listenOnLoopback(server, "fake Vipps");
  origin = listening.origin;
  return listening;
}
