/**
 * Request ids: every answer names one in `Request-Id`, and every log line written while serving it
 * carries the same id, whether the Worker wrote it or the session's Durable Object did.
 */

import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { log, requestIdOf, withRequestId } from "../../../src/log";
import { MAX_LIVE_SOCKETS } from "../../../src/session/live-sockets";
import { fakeDintero } from "../../node/fakes/dintero-control";
import { api, call, createSession, eventually, go, location } from "../helpers";

const fake = fakeDintero(inject("fakeDinteroPort"));

/** Everything written to the console while `work` runs, one parsed JSON line per entry. */
async function linesOf<T>(work: (count: () => number) => Promise<T>): Promise<{ result: T; lines: Record<string, unknown>[] }> {
  const lines: string[] = [];
  for (const method of ["log", "warn", "error"] as const) {
    // Every answer's own line ("answered", `http/access-log.ts`) is left out: these tests follow the lines of one event.
    vi.spyOn(console, method).mockImplementation((line: string) => {
      if (!line.includes('"msg":"answered"')) lines.push(line);
    });
  }
  const result = await work(() => lines.length);
  return { result, lines: lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

afterEach(() => vi.restoreAllMocks());

describe("the id of a request", () => {
  it("is the edge's ray id when there is one", () => {
    const request = new Request("https://pay.test/", { headers: { "cf-ray": "8f1b2c3d4e5f6a7b-OSL" } });
    expect(requestIdOf(request)).toBe("8f1b2c3d4e5f6a7b-OSL");
  });

  it.each([
    ["no ray id", {}],
    ["a forged ray id", { "cf-ray": 'x"},{"level":"error' }],
    ["a ray id too long", { "cf-ray": "8f1b2c3d4e5f6a7b8f1b-OSL" }],
  ])("is 16 random hex digits with %s", (_name, headers: Record<string, string>) => {
    const ids = new Set([0, 1, 2].map(() => requestIdOf(new Request("https://pay.test/", { headers }))));
    expect(ids.size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("is on every line written inside it, across awaits, and a field cannot replace it", async () => {
    const { lines } = await linesOf(() =>
      withRequestId("0123456789abcdef", async () => {
        log("info", "before");
        await new Promise((resolve) => setTimeout(resolve, 5));
        log("warn", "after", { request_id: "forged" });
      }),
    );
    expect(lines).toMatchObject([
      { msg: "before", request_id: "0123456789abcdef" },
      { msg: "after", request_id: "0123456789abcdef" },
    ]);
  });
});

describe("every answer names its request", () => {
  it.each([
    ["a pay page", () => createSession().then((session) => call(`/p/${session.code}`))],
    ["a merchant API answer", () => api("/v1/sessions", { method: "POST", body: {} })],
    ["a 404", () => call("/nowhere")],
    ["a HEAD", () => call("/v1/device", { method: "HEAD" })],
  ])("%s", async (_name, send) => {
    expect((await send()).headers.get("request-id")).toMatch(/^[0-9a-f]{16}$/);
  });

  it("with the edge's ray id", async () => {
    const answer = await call("/v1/device", { headers: { "cf-ray": "0123456789abcdef-ARN" } });
    expect(answer.headers.get("request-id")).toBe("0123456789abcdef-ARN");
  });
});

describe("log lines carry the id of the request they were written for", () => {
  it("in the Worker: a provider refusing an attempt", async () => {
    const session = await createSession({ provider: "dintero" });
    await fake.fail({ path: "/v1/sessions-profile", match: `${session.sessionKey}-1`, status: 400 });
    const { result, lines } = await linesOf(() => go(session.code, "hosted"));
    expect(result.status).toBe(502);
    expect(lines.map((line) => line.msg)).toContain("provider unavailable");
    expect(lines.every((line) => line.request_id === result.headers.get("request-id"))).toBe(true);
  });

  it("in the session's Durable Object: a provider read failing on the return", async () => {
    const session = await createSession({ provider: "dintero" });
    const tapped = await go(session.code, "hosted");
    const dinteroSession = location(tapped).split("/").at(-1) ?? "";
    await fake.fail({ path: `/v1/sessions/${dinteroSession}`, method: "GET", status: 400 });
    const { result, lines } = await linesOf(() => call(`/r/${session.sessionKey}-1`));
    expect(lines.map((line) => line.msg)).toEqual(["provider read failed"]);
    expect(lines[0]?.request_id).toBe(result.headers.get("request-id"));
  });

  it("in the session's Durable Object behind a live socket: the ninth socket of a link replaces the oldest", async () => {
    const session = await createSession();
    const open = async () => {
      const answer = await call(`/p/${session.code}/live`, { headers: { upgrade: "websocket" } });
      answer.webSocket?.accept();
      return answer;
    };
    for (let i = 0; i < MAX_LIVE_SOCKETS; i++) await open();
    const { result, lines } = await linesOf(async (count) => {
      const answer = await open();
      await eventually(async () => (count() ? true : undefined));
      return answer;
    });
    expect(result.status).toBe(101);
    expect(lines).toMatchObject([{ msg: "live socket replaced the oldest", request_id: result.headers.get("request-id") }]);
  });

  it("two requests at once keep their own ids", async () => {
    const sessions = await Promise.all([createSession({ provider: "dintero" }), createSession({ provider: "dintero" })]);
    for (const session of sessions) await fake.fail({ path: "/v1/sessions-profile", match: `${session.sessionKey}-1`, status: 400 });
    const { result, lines } = await linesOf(() => Promise.all(sessions.map((session) => go(session.code, "hosted"))));
    const ids = result.map((answer) => answer.headers.get("request-id"));
    expect(new Set(ids).size).toBe(2);
    const bySession = new Map(lines.map((line) => [line.session, line.request_id]));
    expect(sessions.map((session) => bySession.get(session.id))).toEqual(ids);
  });
});

describe("the line every answer writes", () => {
  it("names method, path and status, with the request's id, and never the pay code", async () => {
    const session = await createSession();
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((line: string) => lines.push(line));
    const page = await call(`/p/${session.code}`);
    const answered = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.msg === "answered");
    expect(answered).toEqual([
      { level: "info", msg: "answered", method: "GET", path: "/p/[redacted]", status: 200, request_id: page.headers.get("request-id") },
    ]);
    expect(lines.join("\n")).not.toContain(session.code);
  });
});
