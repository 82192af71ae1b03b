/**
 * Cheap status polling and the cost of a person tapping a link: ETag/304 on the status endpoint,
 * and one Durable Object call (and no provider call) for a pay page and for a status.
 */

import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Env } from "../../../src/env";
import { call, createSession, payInSandbox } from "../helpers";

describe("ETag and If-None-Match on the status endpoint", () => {
  it("answers 304 while nothing changed, and the new status with a new ETag once it did", async () => {
    const session = await createSession();
    const first = await call(`/p/${session.code}/status`);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"open\.none\.\d+"$/);
    const unchanged = await call(`/p/${session.code}/status`, { headers: { "if-none-match": etag ?? "" } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");
    expect(unchanged.headers.get("etag")).toBe(etag);
    expect((await call(`/p/${session.code}/status`, { headers: { "if-none-match": `W/${etag}, "other"` } })).status).toBe(304);

    await payInSandbox(session.code, "approve");
    const changed = await call(`/p/${session.code}/status`, { headers: { "if-none-match": etag ?? "" } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(await changed.json()).toMatchObject({ status: "paid", attempt: "authorized" });
  });
});

/** The worker's env with the session namespace counting every call made on its stubs. */
function counted(): { env: Env; calls: string[] } {
  const calls: string[] = [];
  const sessions = env.SESSIONS;
  const counting = {
    idFromName: (name: string) => sessions.idFromName(name),
    get: (id: DurableObjectId) => {
      const stub = sessions.get(id);
      return new Proxy(stub, {
        get(target, method) {
          if (typeof method !== "string" || method === "then") return Reflect.get(target, method);
          return (...args: unknown[]) => {
            calls.push(method);
            return (target as unknown as Record<string, (...a: unknown[]) => unknown>)[method]?.(...args);
          };
        },
      });
    },
  };
  return { env: { ...env, SESSIONS: counting } as unknown as Env, calls };
}

describe("the cost of tapping a link", () => {
  it.each([
    ["a pay page", (code: string) => `/p/${code}`],
    ["a status", (code: string) => `/p/${code}/status`],
    ["a pay page after a payment started", (code: string) => `/p/${code}`],
  ])("%s costs one Durable Object call", async (name, path) => {
    const session = await createSession();
    if (name.includes("after")) await payInSandbox(session.code, "decline");
    const { env: countingEnv, calls } = counted();
    const response = await call(path(session.code), {}, { env: countingEnv });
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
  });
});
