/**
 * Errors as `application/problem+json` (RFC 9457). Routes throw a `Problem`; the router's error
 * handler turns it into a response. Every problem is of one of the closed set of `PROBLEM_TYPES`,
 * which fixes its status and title, so the same kind of failure always reads the same. Problems
 * name every field at fault: by a dotted name (`order.amount`, `authorization`), and, for a field
 * of the JSON body, by a JSON Pointer into it (`/order/amount`; `""` for the body as a whole). A
 * field that is not in the body (a header, a path parameter, the session's state) has no pointer.
 * A 422 lists at most `MAX_LISTED_ERRORS` fields, each name, pointer and detail cut to
 * `MAX_ERROR_TEXT` characters, and its detail counts the rest: a body with thousands of unknown
 * keys gets a problem of a few KB, not one as large as the body.
 */
import type { z } from "zod";

/** Every kind of problem the gateway answers, by its type (`/problems/<type>`): status and title. */
export const PROBLEM_TYPES = {
  "malformed-body": { status: 400, title: "Malformed request body" },
  unauthorized: { status: 401, title: "Unauthorized" },
  "bad-signature": { status: 401, title: "Callback not verified" },
  "not-found": { status: 404, title: "Not found" },
  "session-conflict": { status: 409, title: "The session cannot do that now" },
  "not-a-webhook": { status: 409, title: "No webhook for this event" },
  "idempotency-key-in-use": { status: 409, title: "Request in progress" },
  "body-too-large": { status: 413, title: "Request body too large" },
  "unsupported-media-type": { status: 415, title: "Unsupported media type" },
  "invalid-request": { status: 422, title: "The request is not valid" },
  "idempotency-key-reused": { status: 422, title: "Idempotency key reused" },
  "upgrade-required": { status: 426, title: "Upgrade Required" },
  "rate-limited": { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
  "provider-error": { status: 502, title: "The payment provider failed" },
  unavailable: { status: 503, title: "Try again later" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemType = keyof typeof PROBLEM_TYPES;

/** The problem types as the URIs answers carry, for the API document. */
export const PROBLEM_TYPE_URIS = Object.keys(PROBLEM_TYPES).map((type) => `/problems/${type}`) as [string, ...string[]];

export interface FieldError {
  field: string;
  /** JSON Pointer into the request body; absent when the field is not in the body. */
  pointer?: string;
  detail: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export interface ProblemOptions {
  type: ProblemType;
  /** What went wrong, for a person reading it: a sentence, or the first field at fault and why. */
  detail: string;
  /** The fields at fault, when there are any. */
  errors?: FieldError[];
  /** Members beyond RFC 9457's own (e.g. a 502's `provider`). */
  extensions?: Record<string, unknown>;
  /** Headers of the answer (e.g. `retry-after`). */
  headers?: Record<string, string>;
}

export class Problem extends Error {
  readonly body: ProblemBody;
  readonly headers: Record<string, string>;

  constructor({ type, detail, errors, extensions = {}, headers = {} }: ProblemOptions) {
    super(detail);
    const { status, title } = PROBLEM_TYPES[type];
    this.body = { type: `/problems/${type}`, title, status, detail, ...(errors ? { errors } : {}), ...extensions };
    this.headers = headers;
  }

  toResponse(): Response {
    return new Response(JSON.stringify(this.body), {
      status: this.body.status,
      headers: { "content-type": "application/problem+json", ...this.headers },
    });
  }
}

/**
 * A problem with one field at fault that is not in the body (a header, a path parameter, the
 * session's state): `why` is said of the field, and the detail is `<field>: <why>.` unless given.
 */
export function fieldProblem(
  type: ProblemType,
  field: string,
  why: string,
  options: Omit<ProblemOptions, "type" | "errors" | "detail"> & { detail?: string } = {},
): Problem {
  const { detail = `${field}: ${why}.`, ...rest } = options;
  return new Problem({ type, detail, errors: [{ field, detail: why }], ...rest });
}

/** A problem with the body as a whole (too large, not JSON, not UTF-8). */
export function bodyProblem(type: ProblemType, why: string, detail = `body: ${why}`): Problem {
  return new Problem({ type, detail, errors: [fieldError([], why)] });
}

export const notFound = (what: string) => new Problem({ type: "not-found", detail: `No such ${what}.` });

/** A provider failed the merchant's request: a 502 that passes on what the provider said. */
export function providerProblem(fault: { provider: string; status: number | null; detail: string }): Problem {
  return fieldProblem("provider-error", "provider", fault.detail, { extensions: { provider: fault }, headers: { "retry-after": "5" } });
}

/** Turns zod issues about the body into field errors. */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => fieldError([...path, key], "unknown field"));
    }
    return [fieldError(path, issue.message)];
  });
}

/** A field of the JSON body at fault, by its path in the body (`[]`: the body as a whole). */
export function fieldError(path: readonly string[], detail: string): FieldError {
  return {
    field: path.length ? path.join(".") : "body",
    pointer: path.map((part) => `/${part.replaceAll("~", "~0").replaceAll("/", "~1")}`).join(""),
    detail,
  };
}

/** A 422 naming every field of the body that zod found at fault. */
export function invalid(error: z.ZodError): Problem {
  return invalidFields(fieldErrors(error));
}

/** How many fields at fault a 422 lists; its detail counts the rest. */
export const MAX_LISTED_ERRORS = 20;
/** How long a listed field's name, pointer or detail may be, in characters (longer ones are cut, with "…"). */
export const MAX_ERROR_TEXT = 200;

const cut = (text: string) => (text.length > MAX_ERROR_TEXT ? `${text.slice(0, MAX_ERROR_TEXT - 1)}…` : text);

/** A 422 naming the fields at fault (the first `MAX_LISTED_ERRORS`); its detail names the first and counts the rest. */
export function invalidFields(errors: FieldError[]): Problem {
  const listed = errors.slice(0, MAX_LISTED_ERRORS).map(({ field, pointer, detail }) => ({
    field: cut(field),
    ...(pointer === undefined ? {} : { pointer: cut(pointer) }),
    detail: cut(detail),
  }));
  const first = listed[0];
  const more = errors.length - 1;
  const rest = errors.length > MAX_LISTED_ERRORS ? ` (and ${more} more faults; ${MAX_LISTED_ERRORS} are listed)` : "";
  const detail = first ? `${first.field}: ${first.detail}${rest}` : "The body is invalid.";
  return new Problem({ type: "invalid-request", detail, errors: listed });
}
