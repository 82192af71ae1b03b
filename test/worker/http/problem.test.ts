/** Problems: one closed set of types, each with its status and title, and fields named the same way everywhere. */
import { describe, expect, it } from "vitest";
import {
  bodyProblem,
  fieldError,
  fieldProblem,
  invalidFields,
  notFound,
  PROBLEM_TYPES,
  Problem,
  providerProblem,
} from "../../../src/http/problem";

describe("PROBLEM_TYPES", () => {
  it.each(Object.entries(PROBLEM_TYPES))("%s answers its own status and title", async (type, { status, title }) => {
    const response = new Problem({ type: type as keyof typeof PROBLEM_TYPES, detail: "What happened." }).toResponse();
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({ type: `/problems/${type}`, title, status, detail: "What happened." });
  });

  it("has one type per status and title pair, and only client and server error statuses", () => {
    const pairs = Object.values(PROBLEM_TYPES).map(({ status, title }) => `${status} ${title}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const { status } of Object.values(PROBLEM_TYPES)) expect(status >= 400 && status <= 599).toBe(true);
  });
});

describe("fieldError: fields of the JSON body", () => {
  it.each([
    [["order", "amount"], { field: "order.amount", pointer: "/order/amount" }],
    [["metadata", "a/b~c"], { field: "metadata.a/b~c", pointer: "/metadata/a~1b~0c" }],
    [["items", "0"], { field: "items.0", pointer: "/items/0" }],
    [[], { field: "body", pointer: "" }],
  ])("%j", (path, expected) => {
    expect(fieldError(path, "why")).toEqual({ ...expected, detail: "why" });
  });
});

describe("problems with a field outside the body", () => {
  it.each([
    ["a header", fieldProblem("unauthorized", "authorization", "missing or unknown API key"), "authorization"],
    ["the session's state", fieldProblem("session-conflict", "status", "the session is paid"), "status"],
    ["a path parameter", fieldProblem("not-a-webhook", "event_id", "not sent to the merchant"), "event_id"],
    ["the provider", providerProblem({ provider: "vipps", status: 500, detail: "HTTP 500" }), "provider"],
  ])("%s: named, without a JSON Pointer", (_, problem, field) => {
    expect(problem.body.errors).toEqual([{ field, detail: expect.any(String) }]);
    expect(problem.body.errors?.[0]).not.toHaveProperty("pointer");
    expect(problem.body.detail.startsWith(`${field}: `)).toBe(true);
  });

  it("keeps a given detail, the extensions and the headers", () => {
    const problem = fieldProblem("rate-limited", "rate", "too many requests", {
      detail: "rate: too many requests; try again in 60 s.",
      headers: { "retry-after": "60" },
    });
    expect(problem.body.detail).toBe("rate: too many requests; try again in 60 s.");
    expect(problem.toResponse().headers.get("retry-after")).toBe("60");
    expect(providerProblem({ provider: "vipps", status: 500, detail: "HTTP 500" }).body.provider).toEqual({
      provider: "vipps",
      status: 500,
      detail: "HTTP 500",
    });
  });
});

describe("problems with the body", () => {
  it("a body problem points at the body as a whole", () => {
    expect(bodyProblem("malformed-body", "not valid JSON").body).toMatchObject({
      status: 400,
      detail: "body: not valid JSON",
      errors: [{ field: "body", pointer: "", detail: "not valid JSON" }],
    });
  });

  it("a 422 names its first field in the detail, and every field in errors", () => {
    const problem = invalidFields([fieldError(["order", "amount"], "too small"), fieldError(["expires_at"], "too late")]);
    expect(problem.body.status).toBe(422);
    expect(problem.body.detail).toBe("order.amount: too small");
    expect(problem.body.errors?.map((error) => error.field)).toEqual(["order.amount", "expires_at"]);
  });

  it("not found has no fields", () => {
    expect(notFound("session").body).toEqual({ type: "/problems/not-found", title: "Not found", status: 404, detail: "No such session." });
  });
});
