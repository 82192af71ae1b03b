/**
 * Errors as `application/problem+json` (RFC 9457). Routes throw a `Problem`; the router's error
 * handler turns it into a response. Validation problems name every field at fault, both as a
 * dotted name (`order.amount`) and as a JSON Pointer (`/order/amount`).
 */
import type { z } from "zod";

export interface FieldError {
  field: string;
  pointer: string;
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

export class Problem extends Error {
  readonly body: ProblemBody;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    slug: string,
    title: string,
    detail: string,
    extra: Omit<Partial<ProblemBody>, "type" | "title" | "status" | "detail"> = {},
    headers: Record<string, string> = {},
  ) {
    super(detail);
    this.body = { type: `/problems/${slug}`, title, status, detail, ...extra };
    this.headers = headers;
  }

  toResponse(): Response {
    return new Response(JSON.stringify(this.body), {
      status: this.body.status,
      headers: { "content-type": "application/problem+json", ...this.headers },
    });
  }
}

export const notFound = (what: string) => new Problem(404, "not-found", "Not found", `No such ${what}.`);

/** A provider failed the merchant's request: a 502 that passes on what the provider said. */
export function providerProblem(fault: { provider: string; status: number | null; detail: string }): Problem {
  return new Problem(
    502,
    "provider-error",
    "The payment provider failed",
    `provider: ${fault.detail}`,
    {
      provider: fault,
      errors: [{ field: "provider", pointer: "", detail: fault.detail }],
    },
    { "retry-after": "5" },
  );
}

/** Turns zod issues into field errors; `root` names the part of the request they came from. */
export function fieldErrors(error: z.ZodError, root: string): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => fieldError([...path, key], "unknown field", root));
    }
    return [fieldError(path, issue.message, root)];
  });
}

/** A field at fault, by its path in the request part `root` (the body, the query, a header). */
export function fieldError(path: readonly string[], detail: string, root = "body"): FieldError {
  return {
    field: path.length ? path.join(".") : root,
    pointer: path.length ? `/${path.map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}` : "",
    detail,
  };
}

export function invalid(error: z.ZodError, root: string): Problem {
  return invalidFields(fieldErrors(error, root), root);
}

export function invalidFields(errors: FieldError[], root = "body"): Problem {
  const first = errors[0];
  const detail = first ? `${first.field}: ${first.detail}` : `The ${root} is invalid.`;
  return new Problem(422, "invalid-request", "The request is not valid", detail, { errors });
}
