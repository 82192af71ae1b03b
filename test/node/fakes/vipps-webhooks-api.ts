/**
 * The fake Vipps MobilePay's Webhooks API, written from the official `webhooks.v1.yml`
 * (/work/shared/reference/vipps): per merchant serial number (the `Merchant-Serial-Number` of the
 * call), `GET /webhooks/v1/webhooks` lists the registrations (QueryResponse: id, url, events, never
 * the secret), `POST` registers one (RegisterRequest: an https `url` and `events`, nothing else;
 * 201 RegisterResponse with its `id` and its own `secret`), `DELETE .../{id}` removes one (204).
 * At most 5 webhooks per event ("At most 5 webhooks can currently be registered per event"): one
 * more is a 400 problem. The caller's token and keys are checked before (`vipps-fake.ts`).
 */
import { jsonBodyOf, jsonReply, problem, type Reply } from "./vipps-contract.ts";
import type { World } from "./vipps-world.ts";

/** Vipps' limit of registrations per event and MSN. */
export const MAX_WEBHOOKS_PER_EVENT = 5;

const WEBHOOKS_PATH = "/webhooks/v1/webhooks";
const ONE_WEBHOOK = /^\/webhooks\/v1\/webhooks\/([^/]+)$/;

function registerProblems(body: unknown): { name: string; reason: string }[] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return [{ name: "body", reason: "must be a JSON object" }];
  const { url, events, ...rest } = body as Record<string, unknown>;
  const problems = Object.keys(rest).map((name) => ({ name, reason: "is not a property of RegisterRequest" }));
  if (typeof url !== "string" || !URL.canParse(url) || new URL(url).protocol !== "https:") {
    problems.push({ name: "url", reason: "The URL must use HTTPS." });
  }
  if (!Array.isArray(events) || events.length === 0 || !events.every((event) => typeof event === "string" && event.length > 0)) {
    problems.push({ name: "events", reason: "The property is required and cannot be null or empty." });
  }
  return problems;
}

function register(world: World, msn: string, text: string): Reply {
  const parsed = jsonBodyOf(text);
  if ("reply" in parsed) return parsed.reply;
  const body = parsed.value;
  const problems = registerProblems(body);
  if (problems.length) return problem(400, "Bad Request", "One or more validation errors occurred.", problems);
  const { url, events } = body as { url: string; events: string[] };
  const full = events.filter(
    (event) => world.registrations(msn).filter((known) => known.events.includes(event)).length >= MAX_WEBHOOKS_PER_EVENT,
  );
  if (full.length) {
    return problem(
      400,
      "Bad Request",
      `At most ${MAX_WEBHOOKS_PER_EVENT} webhooks can be registered per event: ${full.join(", ")} has ${MAX_WEBHOOKS_PER_EVENT}.`,
      full.map((event) => ({ name: "events", reason: `${event} has ${MAX_WEBHOOKS_PER_EVENT} webhooks` })),
    );
  }
  const { id, secret } = world.register(msn, url, [...new Set(events)]);
  return jsonReply(201, { id, secret });
}

/** The Webhooks API's answer to a call for `msn`; null when the path is not the Webhooks API's. */
export function webhooksApi(world: World, msn: string, method: string, path: string, body: string): Reply | null {
  if (path === WEBHOOKS_PATH) {
    if (method === "GET") return jsonReply(200, { webhooks: world.registrations(msn).map(({ id, url, events }) => ({ id, url, events })) });
    if (method === "POST") return register(world, msn, body);
    return problem(405, "Method Not Allowed", `${method} ${path}`);
  }
  const [, id] = ONE_WEBHOOK.exec(path) ?? [];
  if (id === undefined) return null;
  if (method !== "DELETE") return problem(405, "Method Not Allowed", `${method} ${path}`);
  const registrations = world.registrations(msn);
  const index = registrations.findIndex((known) => known.id === decodeURIComponent(id));
  if (index < 0) return problem(400, "Bad Request", `No webhook ${id} for MSN ${msn}.`, [{ name: "id", reason: "not registered" }]);
  registrations.splice(index, 1);
  return { status: 204, headers: {}, body: "" };
}
