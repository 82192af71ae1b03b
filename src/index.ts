/**
 * paylink: an edge redirect gateway for mobile payments. This file only wires URL paths to their
 * handlers and exports the Durable Object classes; each endpoint lives in `endpoints/`.
 */
import { type IRequest, Router } from "itty-router";
import { configOf } from "./config/config";
import { VIPPS_NOTICE_PATH } from "./config/vipps-sales-units";
import { showAbout } from "./endpoints/about";
import { serveAsset } from "./endpoints/assets";
import { describeDevice } from "./endpoints/device";
import { requireLinkCode, showLinkPage, startLinkPayment } from "./endpoints/link-pay";
import { linkQr } from "./endpoints/link-qr";
import { requirePayCode } from "./endpoints/pay-code";
import { backToPayPage, goToProvider } from "./endpoints/pay-go";
import { payLive } from "./endpoints/pay-live";
import { showPayPage } from "./endpoints/pay-page";
import { payQr } from "./endpoints/pay-qr";
import { payStatus } from "./endpoints/pay-status";
import { providerCallback } from "./endpoints/provider-callback";
import { providerReturn } from "./endpoints/provider-return";
import { sandboxDecide } from "./endpoints/sandbox-decide";
import { requireSandbox } from "./endpoints/sandbox-gate";
import { showSandboxApp, showSandboxPage } from "./endpoints/sandbox-page";
import { vippsNotice } from "./endpoints/vipps-notice";
import type { Env } from "./env";
import { logAnswer } from "./http/access-log";
import { rememberLocale } from "./http/locale";
import { notFound, Problem } from "./http/problem";
import { limitPublic } from "./http/rate-limit";
import { withRequestIdHeader } from "./http/request-id";
import { withSecurityHeaders } from "./http/security-headers";
import { log, requestIdOf, withRequestId } from "./log";

export { PaymentLink } from "./links/link-object";
export { MerchantLinks } from "./links/merchant-links";
export { SandboxPsp } from "./sandbox/sandbox-psp";
export { PaySession } from "./session/session-object";
export { IdempotencyRecord } from "./storage/idempotency-record";

function toProblem(error: unknown): Response {
  if (error instanceof Problem) return error.toResponse();
  log("error", "unhandled error", { error });
  return new Problem({ type: "internal", detail: "Something went wrong on our side; nothing was changed." }).toResponse();
}

/** The pay link's endpoints check their pay code first, and answer a bad one as a page or as a problem. */
const forPerson = requirePayCode("person");
const forScript = requirePayCode("script");

/**
 * A gateway that is not configured serves nothing: the configuration is parsed on the first request
 * (`configOf`, then kept), and a fault in it (no PUBLIC_ORIGIN, one that is not an origin) is a 500
 * on every path, its reason logged, rather than URLs built on whatever Host a client sends.
 */
function configured(_request: IRequest, env: Env): void {
  configOf(env);
}

type Handler = (request: IRequest, env: Env, ctx: ExecutionContext) => Response | Promise<Response>;

/**
 * An endpoint whose module is loaded on its first request. The merchant API's zod schemas and the
 * OpenAPI document are built then, not when an isolate starts for a pay link (the bundler makes
 * each such module a lazily run part of the one bundle; `npm run bench:startup` measures startup).
 */
function onDemand<M>(load: () => Promise<M>, handler: (module: M) => Handler): Handler {
  return async (request, env, ctx) => handler(await load())(request, env, ctx);
}

const createSession = onDemand(
  () => import("./endpoints/sessions-create"),
  (m) => m.createSession,
);
const getSession = onDemand(
  () => import("./endpoints/sessions-get"),
  (m) => m.getSession,
);
const cancelSession = onDemand(
  () => import("./endpoints/sessions-cancel"),
  (m) => m.cancelSession,
);
const captureSession = onDemand(
  () => import("./endpoints/sessions-capture"),
  (m) => m.captureSession,
);
const refundSession = onDemand(
  () => import("./endpoints/sessions-refund"),
  (m) => m.refundSession,
);
const redeliverEvent = onDemand(
  () => import("./endpoints/events-redeliver"),
  (m) => m.redeliverEvent,
);
const links = () => import("./endpoints/links");
const createLink = onDemand(links, (m) => m.createLink);
const listLinks = onDemand(links, (m) => m.listLinks);
const getLink = onDemand(links, (m) => m.getLink);
const deactivateLink = onDemand(links, (m) => m.deactivateLink);
const activateLink = onDemand(links, (m) => m.activateLink);
const serveOpenApi = onDemand(
  () => import("./endpoints/openapi"),
  (m) => m.serveOpenApi,
);

const router = Router<IRequest, [Env, ExecutionContext]>({
  before: [configured, limitPublic],
  catch: toProblem,
  finally: [rememberLocale, withSecurityHeaders, withRequestIdHeader, logAnswer],
});

router
  .get("/", showAbout)
  .post("/v1/sessions", createSession)
  .get("/v1/sessions/:id", getSession)
  .post("/v1/sessions/:id/cancel", cancelSession)
  .post("/v1/sessions/:id/capture", captureSession)
  .post("/v1/sessions/:id/refund", refundSession)
  .post("/v1/sessions/:id/events/:event_id/redeliver", redeliverEvent)
  .post("/v1/links", createLink)
  .get("/v1/links", listLinks)
  .get("/v1/links/:id", getLink)
  .post("/v1/links/:id/deactivate", deactivateLink)
  .post("/v1/links/:id/activate", activateLink)
  .post(VIPPS_NOTICE_PATH, vippsNotice)
  .get("/v1/providers/:provider/callback/:merchant", providerCallback)
  .post("/v1/providers/:provider/callback/:merchant", providerCallback)
  .get("/v1/device", describeDevice)
  .get("/openapi.json", serveOpenApi)
  .get("/assets/:file", serveAsset)
  .get("/p/:code", forPerson, showPayPage)
  .get("/p/:code/go", forPerson, backToPayPage)
  .post("/p/:code/go", forPerson, goToProvider)
  .get("/p/:code/status", forScript, payStatus)
  .get("/p/:code/live", forScript, payLive)
  .get("/p/:code/qr.svg", forScript, payQr)
  .get("/l/:code", requireLinkCode, showLinkPage)
  .get("/l/:code/qr.svg", requireLinkCode, linkQr)
  .post("/l/:code", requireLinkCode, startLinkPayment)
  .get("/r/:ref", providerReturn)
  .all("/sandbox/*", requireSandbox)
  .get("/sandbox/pay/:id", showSandboxPage)
  .get("/sandbox/app/:id", showSandboxApp)
  .post("/sandbox/pay/:id", (request, env, ctx) => sandboxDecide(request, env, (callback) => router.fetch(callback, env, ctx)))
  .all("*", () => notFound("endpoint").toResponse());

/** A HEAD is answered as its GET (no GET route changes anything); the runtime drops the body. */
const asGet = (request: Request) => (request.method === "HEAD" ? new Request(request, { method: "GET" }) : request);

export default {
  fetch: (request, env, ctx) => withRequestId(requestIdOf(request), () => router.fetch(asGet(request), env, ctx)),
} satisfies ExportedHandler<Env>;
