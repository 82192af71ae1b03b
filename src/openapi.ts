/**
 * The merchant API as an OpenAPI 3.1 document, generated from the same zod schemas that validate
 * requests and shape answers (`z.toJSONSchema`, JSON Schema draft 2020-12 as OpenAPI 3.1 speaks
 * it). The examples are typed by those schemas and the tests parse them with them. Built once per
 * isolate; `GET /openapi.json` serves it.
 */
import * as z from "zod";
import { PROVIDERS } from "./config/merchants";
import { IN_APP_BROWSERS, OPERATING_SYSTEMS } from "./device/device";
import { PROBLEM_TYPE_URIS } from "./http/problem";
import { CreateLinkSchema, LinkListSchema, LinkSchema } from "./schemas/link";
import {
  CaptureSchema,
  CreateSessionSchema,
  EventSchema,
  RefundSchema,
  SessionDetailSchema,
  type SessionSchema,
  StatusSchema,
  WebhookSchema,
} from "./schemas/session";

type Json = Record<string, unknown>;

/** Errors as RFC 9457 problem details, as `http/problem.ts` writes them. */
export const ProblemSchema = z.object({
  type: z.enum(PROBLEM_TYPE_URIS).describe("A relative URI naming the kind of problem, e.g. `/problems/invalid-request`."),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  errors: z
    .array(
      z.object({
        field: z.string().describe("Dotted name of the field at fault (`order.amount`), or the part of the request."),
        pointer: z
          .string()
          .optional()
          .describe(
            "JSON Pointer into the request body (`/order/amount`; empty for the body as a whole); absent when the field is not in the body.",
          ),
        detail: z.string(),
      }),
    )
    .optional(),
});

/** A provider's failure passed on to the merchant (`providerProblem` in `http/problem.ts`): a 502. */
export const ProviderProblemSchema = ProblemSchema.extend({
  provider: z
    .object({
      provider: z.enum(PROVIDERS),
      status: z.number().int().nullable().describe("The provider's HTTP status; null when it did not answer."),
      detail: z.string().describe("What the provider said."),
    })
    .describe("The provider's own words."),
});

/** The answer of GET /v1/device (`endpoints/device.ts`): the device as classified, and the pay page it would get. */
export const DeviceSchema = z.object({
  bot: z.boolean().describe("A link previewer, crawler or scanner that says who it is."),
  in_app: z.enum(IN_APP_BROWSERS).nullable().describe("The app whose embedded browser this is; null for a real browser."),
  os: z.enum(OPERATING_SYSTEMS),
  os_version: z.string().nullable(),
  mobile: z.boolean(),
  page: z
    .enum(["hosted", "app", "preview", "unsupported"])
    .describe("The pay page it would get: a handoff to the provider's https page or app, a preview (bots), or not supported."),
  escape: z.enum(["x-safari-https", "intent"]).nullable().describe("How the pay page offers to leave an in-app browser."),
});

// Examples: values the schemas above accept (the tests check it).
const CODE = "8Xk3mQ2rT7vNpA";
const AT = "2026-05-04T10:15:00.000Z";

export const EXAMPLES = {
  createSession: {
    order: { amount: 29990, currency: "NOK", merchant_reference: "ORDER123", description: "Two tickets" },
    url: { return_url: "https://shop.example/thanks", callback_url: "https://shop.example/paylink/webhook" },
    customer: { phone_number: "+4799999999" },
    metadata: { cart: "c-1842" },
  } satisfies z.input<typeof CreateSessionSchema>,
  session: {
    id: "ps_5fXqJ8cLr2WmZ9tB3kVhN4",
    status: "open",
    pay_url: `https://pay.example/p/${CODE}`,
    order: { amount: 29990, currency: "NOK", merchant_reference: "ORDER123", description: "Two tickets" },
    url: { return_url: "https://shop.example/thanks", callback_url: "https://shop.example/paylink/webhook" },
    provider: "vipps",
    payment_method: "vipps",
    handoff: "auto",
    locale: null,
    capture: "manual",
    authorized_amount: 0,
    captured_amount: 0,
    refunded_amount: 0,
    customer: { phone_number: "+4799999999" },
    metadata: { cart: "c-1842" },
    link_id: null,
    transaction_id: null,
    created_at: AT,
    updated_at: AT,
    expires_at: "2026-05-05T10:15:00.000Z",
  } satisfies z.output<typeof SessionSchema>,
  status: { status: "paid", attempt: "authorized", updated_at: AT } satisfies z.output<typeof StatusSchema>,
  device: {
    bot: false,
    in_app: null,
    os: "ios",
    os_version: "18.5",
    mobile: true,
    page: "hosted",
    escape: null,
  } satisfies z.output<typeof DeviceSchema>,
};

const LINK_CODE = "4RtY7uKp2Wq9Zx";

/** The terms of the example link, as created and as shown. */
const LINK_TERMS = {
  amount: null,
  min_amount: 5000,
  max_amount: 100000,
  currency: "NOK",
  description: "Gift to the choir",
  merchant_reference: "CHOIR",
  max_payments: 500,
} as const;

export const LINK_EXAMPLES = {
  createLink: {
    ...LINK_TERMS,
    url: { return_url: "https://shop.example/thanks", callback_url: "https://shop.example/paylink/webhook" },
    metadata: { poster: "hall-b" },
  } satisfies z.input<typeof CreateLinkSchema>,
  link: {
    id: "pl_9sKq2Wd4TmXv7Bn3Rc8Hj5",
    url: `https://pay.example/l/${LINK_CODE}`,
    qr_url: `https://pay.example/l/${LINK_CODE}/qr.svg`,
    active: true,
    ...LINK_TERMS,
    expires_at: null,
    session_urls: { return_url: "https://shop.example/thanks", callback_url: "https://shop.example/paylink/webhook" },
    locale: null,
    capture: null,
    metadata: { poster: "hall-b" },
    counts: { opened: 412, sessions_started: 37, paid: 31, amount_paid: 248000 },
    created_at: AT,
    updated_at: AT,
  } satisfies z.output<typeof LinkSchema>,
};

export const LINK_LIST_EXAMPLE = { data: [LINK_EXAMPLES.link], has_more: false } satisfies z.output<typeof LinkListSchema>;

export const SESSION_DETAIL_EXAMPLE = {
  ...EXAMPLES.session,
  attempts: [],
  events: [{ id: "ev_1", type: "session.created", created_at: AT, detail: {}, delivery: null }],
} satisfies z.output<typeof SessionDetailSchema>;

export const WEBHOOK_EXAMPLE = {
  id: "ev_2",
  type: "session.refunded",
  created_at: AT,
  detail: { amount: 10000 },
  data: {
    ...EXAMPLES.session,
    status: "paid",
    transaction_id: "T-5001",
    authorized_amount: 29990,
    captured_amount: 29990,
    refunded_amount: 10000,
  },
} satisfies z.output<typeof WebhookSchema>;

/** A zod schema as an OpenAPI 3.1 schema object; `$schema` is left to the document's dialect. */
function schemaOf(schema: z.ZodType, io: "input" | "output"): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemRef = (name: string) => ({ $ref: `#/components/responses/${name}` });

function jsonContent(schema: Json, example?: unknown, type = "application/json"): Json {
  return { content: { [type]: example === undefined ? { schema } : { schema, example } } };
}

/** A problem answer; `headers` names the headers it always carries besides `Request-Id`. */
function problemResponse(description: string, headers?: Json, schema = "Problem"): Json {
  return { description, ...(headers && { headers }), ...jsonContent(ref(schema), undefined, "application/problem+json") };
}

/** A response header; `required` when every answer of its status carries it. */
const header = (description: string, schema: Json, required = true) => ({ description, required, schema });
const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });
/** A delay in whole seconds, as `Retry-After` gives it. */
const SECONDS = { type: "string", pattern: "^[0-9]+$" };
const RETRY_AFTER = { "Retry-After": headerRef("RetryAfter") };
const REPLAYED = { "Idempotent-Replayed": headerRef("IdempotentReplayed") };

const pathParam = (name: string, description: string) => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string" },
});
const SESSION_ID = pathParam(
  "id",
  "The session id: `ps_` and 22 base58 symbols (the pay code's one-way hash, so it tells nothing of the code).",
);
const LINK_ID = pathParam("id", "The link id: `pl_` and 22 base58 symbols (the link code's one-way hash).");
const IDEMPOTENCY_KEY = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "Replays the first answer to the same request for 24 hours, marked `Idempotent-Replayed: true` (only results are kept: 2xx, 404 and 409; a refusal of the request itself, such as a 400, 415 or 422, and a 5xx are not, so the corrected retry runs); another request with the key is a 422, and one while the first still runs a 409 with `Retry-After`.",
  schema: { type: "string", pattern: "^[\\x21-\\x7e]{1,255}$" },
};

/** The errors every authenticated call can get. */
const MERCHANT_ERRORS = { "401": problemRef("Unauthorized"), "429": problemRef("RateLimited") };

/**
 * The answers of the merchant's changes of a session (cancel, capture, refund): the session as
 * `GET /v1/sessions/{id}` shows it, or why not; a provider's failure passes on its words (502), and
 * the same `Idempotency-Key` sent again after it moves no money twice.
 */
function moneyResponses(description: string): Json {
  return {
    "200": { description, headers: REPLAYED, ...jsonContent(ref("SessionDetail")) },
    "400": problemRef("Malformed"),
    ...MERCHANT_ERRORS,
    "404": problemRef("NotFound"),
    "409": problemRef("Conflict"),
    "413": problemRef("TooLarge"),
    "415": problemResponse("The body is not `application/json`."),
    "422": problemRef("Invalid"),
    "502": problemRef("ProviderError"),
  };
}

/**
 * A creating POST of the merchant API: its body (a schema's name and an example), the `201` with
 * the created resource and its `Location`, and what else any create can answer (`code` names what
 * is drawn for it, for the `503` when none could be).
 */
function createOperation(o: {
  operationId: string;
  summary: string;
  body: [string, unknown];
  created: [string, unknown, string];
  location: [string, string];
  code: string;
}): Json {
  return {
    post: {
      operationId: o.operationId,
      summary: o.summary,
      parameters: [IDEMPOTENCY_KEY],
      requestBody: { required: true, ...jsonContent(ref(o.body[0]), o.body[1]) },
      responses: {
        "201": {
          description: o.created[2],
          headers: { Location: header(o.location[0], { type: "string", pattern: o.location[1] }), ...REPLAYED },
          ...jsonContent(ref(o.created[0]), o.created[1]),
        },
        "400": problemRef("Malformed"),
        ...MERCHANT_ERRORS,
        "409": problemRef("Conflict"),
        "413": problemRef("TooLarge"),
        "415": problemResponse("The body is not `application/json`."),
        "422": problemRef("Invalid"),
        "503": problemResponse(`No ${o.code} could be reserved; try again.`, RETRY_AFTER),
      },
    },
  };
}

function merchantPaths(): Json {
  return {
    "/v1/sessions": createOperation({
      operationId: "createSession",
      summary: "Create a payment session and its short pay link",
      body: ["CreateSession", EXAMPLES.createSession],
      created: ["SessionDetail", SESSION_DETAIL_EXAMPLE, "The session, with its attempts (none yet) and its events."],
      location: ["The session's address in the API, `/v1/sessions/{id}`.", "^/v1/sessions/ps_"],
      code: "pay code",
    }),
    "/v1/sessions/{id}": {
      get: {
        operationId: "getSession",
        summary: "The session, its payment attempts and its events with webhook deliveries",
        parameters: [SESSION_ID],
        responses: {
          "200": { description: "The session.", ...jsonContent(ref("SessionDetail"), SESSION_DETAIL_EXAMPLE) },
          ...MERCHANT_ERRORS,
          "404": problemRef("NotFound"),
        },
      },
    },
    "/v1/sessions/{id}/cancel": {
      post: {
        operationId: "cancelSession",
        summary: "Cancel an open session, or void an authorized one (release what is not captured)",
        parameters: [SESSION_ID, IDEMPOTENCY_KEY],
        responses: moneyResponses("The session after the cancel, with its attempts and events."),
      },
    },
    "/v1/sessions/{id}/capture": {
      post: {
        operationId: "captureSession",
        summary: "Capture (part of) the authorized payment; all that is left when no amount is given",
        parameters: [SESSION_ID, IDEMPOTENCY_KEY],
        requestBody: { required: false, ...jsonContent(ref("Capture"), { amount: 10000 }) },
        responses: moneyResponses("The session after the capture: `paid` once all is captured."),
      },
    },
    "/v1/sessions/{id}/refund": {
      post: {
        operationId: "refundSession",
        summary: "Refund (part of) what was captured; all that is left when no amount is given",
        parameters: [SESSION_ID, IDEMPOTENCY_KEY],
        requestBody: { required: false, ...jsonContent(ref("Refund"), { amount: 5000, reason: "One ticket returned" }) },
        responses: moneyResponses("The session after the refund: `refunded` once all is refunded."),
      },
    },
    "/v1/sessions/{id}/events/{event_id}/redeliver": {
      post: {
        operationId: "redeliverEvent",
        summary: "Send one event's webhook again, now",
        parameters: [SESSION_ID, pathParam("event_id", "The event's id.")],
        responses: {
          "200": { description: "The event, with its deliveries.", ...jsonContent(ref("Event")) },
          ...MERCHANT_ERRORS,
          "404": problemRef("NotFound"),
          "409": problemRef("Conflict"),
        },
      },
    },
  };
}

/** A link as `GET /v1/links/{id}` shows it, after a change that is the same however often asked. */
function linkChange(operationId: string, summary: string, description: string): Json {
  return {
    post: {
      operationId,
      summary,
      description,
      parameters: [LINK_ID, IDEMPOTENCY_KEY],
      responses: {
        "200": { description: "The link after the change.", headers: REPLAYED, ...jsonContent(ref("Link"), LINK_EXAMPLES.link) },
        ...MERCHANT_ERRORS,
        "404": problemRef("NotFound"),
        "409": problemRef("Conflict"),
        "422": problemRef("Invalid"),
      },
    },
  };
}

function linkPaths(): Json {
  return {
    "/v1/links": {
      ...createOperation({
        operationId: "createLink",
        summary: "Create a reusable payment link: one URL (and QR code) that any number of people pay, each in a session of their own",
        body: ["CreateLink", LINK_EXAMPLES.createLink],
        created: ["Link", LINK_EXAMPLES.link, "The link, with its counts (all 0)."],
        location: ["The link's address in the API, `/v1/links/{id}`.", "^/v1/links/pl_"],
        code: "link code",
      }),
      get: {
        operationId: "listLinks",
        summary: "The merchant's payment links, newest first, a page at a time",
        parameters: [
          {
            name: "limit",
            in: "query",
            required: false,
            description: "Links on the page: 1 to 100, default 20.",
            schema: { type: "integer", minimum: 1, maximum: 100 },
          },
          {
            name: "starting_after",
            in: "query",
            required: false,
            description: "The last link id of the previous page.",
            schema: { type: "string", pattern: "^pl_" },
          },
        ],
        responses: {
          "200": { description: "A page of links, each read fresh.", ...jsonContent(ref("LinkList"), LINK_LIST_EXAMPLE) },
          ...MERCHANT_ERRORS,
          "422": problemRef("Invalid"),
        },
      },
    },
    "/v1/links/{id}": {
      get: {
        operationId: "getLink",
        summary: "The payment link with its counts: opened, sessions started, paid, amount paid",
        parameters: [LINK_ID],
        responses: {
          "200": { description: "The link.", ...jsonContent(ref("Link"), LINK_EXAMPLES.link) },
          ...MERCHANT_ERRORS,
          "404": problemRef("NotFound"),
        },
      },
    },
    "/v1/links/{id}/deactivate": linkChange(
      "deactivateLink",
      "Stop the link: its page says so and it starts no payment",
      "Sessions it started before go on (and count when paid). Deactivating a deactivated link changes nothing.",
    ),
    "/v1/links/{id}/activate": linkChange(
      "activateLink",
      "Let a deactivated link take payments again",
      "Activating an active link changes nothing.",
    ),
  };
}

function publicPaths(): Json {
  const publicErrors = { "429": problemRef("RateLimited") };
  return {
    "/p/{code}/status": {
      get: {
        operationId: "payStatus",
        summary: "How a pay link stands; nothing personal",
        security: [],
        parameters: [
          pathParam("code", "The pay code of the link `/p/{code}`."),
          {
            name: "If-None-Match",
            in: "header",
            required: false,
            description: "The ETag of the last answer: a 304 without a body while the status is unchanged.",
            schema: { type: "string" },
          },
        ],
        responses: {
          "200": {
            description: "The status.",
            headers: { ETag: headerRef("StatusETag") },
            ...jsonContent(ref("Status"), EXAMPLES.status),
          },
          "304": { description: "Unchanged since the ETag sent in `If-None-Match`.", headers: { ETag: headerRef("StatusETag") } },
          "404": problemRef("NotFound"),
          ...publicErrors,
        },
      },
    },
    "/p/{code}/live": {
      get: {
        operationId: "payLive",
        summary: "The status, pushed on a WebSocket",
        description:
          "Send `Upgrade: websocket`. Each message is a `Status` as JSON text: one at once, then one after every change; at a final status the socket is closed (1000). The text `ping` is answered `pong`; any other message closes the socket (1008). At most 8 sockets a link: a ninth closes the oldest (1008), or is refused (429) while a socket the gateway closed has not answered its close.",
        security: [],
        parameters: [pathParam("code", "The pay code of the link `/p/{code}`.")],
        responses: {
          "101": { description: "Switching to the WebSocket." },
          "404": problemRef("NotFound"),
          "426": problemResponse("Not a WebSocket upgrade; poll `/p/{code}/status` instead.", {
            Upgrade: header("The protocol to upgrade to.", { const: "websocket" }),
          }),
          ...publicErrors,
        },
      },
    },
    "/v1/device": {
      get: {
        operationId: "describeDevice",
        summary: "What the gateway makes of the caller's device, and where a pay link would send it",
        security: [],
        responses: {
          "200": { description: "The device.", ...jsonContent(ref("Device"), EXAMPLES.device) },
          ...publicErrors,
        },
      },
    },
  };
}

function webhooks(): Json {
  return {
    sessionEvent: {
      post: {
        summary: "A session event, sent to the session's `callback_url`",
        description: "Retried until answered with a 2xx; the same `id` on every delivery of one event.",
        parameters: [
          {
            name: "Paylink-Signature",
            in: "header",
            required: true,
            description: '`t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`',
            schema: { type: "string" },
          },
        ],
        requestBody: { required: true, ...jsonContent(ref("Webhook"), WEBHOOK_EXAMPLE) },
        responses: { "200": { description: "Received; any 2xx will do." } },
      },
    },
  };
}

function components(): Json {
  return {
    securitySchemes: {
      apiKey: { type: "http", scheme: "bearer", description: "API key, `Authorization: Bearer sk_test_…`" },
    },
    schemas: {
      CreateSession: schemaOf(CreateSessionSchema, "input"),
      CreateLink: schemaOf(CreateLinkSchema, "input"),
      Link: schemaOf(LinkSchema, "output"),
      LinkList: schemaOf(LinkListSchema, "output"),
      Capture: schemaOf(CaptureSchema, "input"),
      Refund: schemaOf(RefundSchema, "input"),
      SessionDetail: schemaOf(SessionDetailSchema, "output"),
      Event: schemaOf(EventSchema, "output"),
      Status: schemaOf(StatusSchema, "output"),
      Webhook: schemaOf(WebhookSchema, "output"),
      Device: schemaOf(DeviceSchema, "output"),
      Problem: schemaOf(ProblemSchema, "output"),
      ProviderProblem: schemaOf(ProviderProblemSchema, "output"),
    },
    responses: {
      Malformed: problemResponse("The body is not JSON."),
      TooLarge: problemResponse("The body is over 32 KiB (read whole for an `Idempotency-Key`'s fingerprint, too)."),
      Unauthorized: problemResponse("Missing or unknown API key.", {
        "WWW-Authenticate": header("The scheme to authenticate with.", { const: 'Bearer realm="paylink"' }),
      }),
      NotFound: problemResponse("No such resource."),
      Conflict: problemResponse("Not possible in the resource's state, or a request with this Idempotency-Key is running.", {
        "Retry-After": header("Seconds to wait; only while a request with this Idempotency-Key is running.", SECONDS, false),
      }),
      Invalid: problemResponse("The request is not valid; `errors` names every field at fault."),
      RateLimited: problemResponse("Too many requests; see Retry-After.", RETRY_AFTER),
      ProviderError: problemResponse("The payment provider failed; `provider` carries what it said.", RETRY_AFTER, "ProviderProblem"),
    },
    headers: {
      RequestId: header("The id every log line of this request carries (`8f1b2c3d4e5f6a7b-OSL`): quote it when asking about one.", {
        type: "string",
        minLength: 1,
      }),
      RetryAfter: header("Seconds to wait before trying again.", SECONDS),
      IdempotentReplayed: header(
        "`true` on an answer replayed for a repeated `Idempotency-Key`; absent otherwise.",
        { const: "true" },
        false,
      ),
      StatusETag: header("Changes exactly when the status answer does.", { type: "string", pattern: '^"[^"]*"$' }),
    },
  };
}

/** Names the `Request-Id` header in every answer the gateway gives, inline or shared. */
function withRequestIds(responses: Json[]): void {
  for (const response of responses) {
    if (!("$ref" in response)) response.headers = { "Request-Id": headerRef("RequestId"), ...(response.headers as Json) };
  }
}

export function buildOpenApi(origin?: string): Json {
  const paths = { ...merchantPaths(), ...linkPaths(), ...publicPaths() };
  const shared = components();
  const operations = Object.values(paths).flatMap((item) => Object.values(item as Json)) as Json[];
  const answers = [
    ...operations.flatMap((operation) => Object.values(operation.responses as Json)),
    ...Object.values(shared.responses as Json),
  ];
  withRequestIds(answers as Json[]);
  return {
    openapi: "3.1.0",
    info: {
      title: "paylink",
      version: "1.0.0",
      description: "An edge redirect gateway for mobile payments: short pay links that open Vipps or MobilePay.",
    },
    servers: [{ url: origin ?? "/" }],
    security: [{ apiKey: [] }],
    paths,
    webhooks: webhooks(),
    components: shared,
  };
}

const built = new Map<string, Json>();

/** The document for an origin, built once per isolate (a worker serves one origin or a few). */
export function openApiDocument(origin: string): Json {
  const document = built.get(origin) ?? buildOpenApi(origin);
  built.set(origin, document);
  return document;
}
