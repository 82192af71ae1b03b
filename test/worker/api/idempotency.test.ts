/** Idempotency-Key on creating and cancelling sessions: replays, conflicts, tenants and expiry. */

import { runDurableObjectAlarm } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, OTHER_KEY, sessionBody, sessionDetail } from "../helpers";

let counter = 0;
const newKey = () => `key-${Date.now()}-${++counter}`;
const create = (key: string, body: unknown = sessionBody(), apiKey?: string) =>
  api("/v1/sessions", { body, headers: { "idempotency-key": key }, ...(apiKey ? { key: apiKey } : {}) });

describe("Idempotency-Key on POST /v1/sessions", () => {
  it("replays the first answer for the same key and body, creating one session", async () => {
    const key = newKey();
    const first = await create(key);
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const firstBody = await first.text();
    for (let i = 0; i < 3; i++) {
      const again = await create(key);
      expect(again.status).toBe(201);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(again.headers.get("location")).toBe(first.headers.get("location"));
      expect(await again.text()).toBe(firstBody);
    }
  });

  it("refuses the same key with another body", async () => {
    const key = newKey();
    expect((await create(key)).status).toBe(201);
    const other = await create(key, sessionBody({ order: { amount: 1, currency: "NOK", merchant_reference: "X" } }));
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ type: "/problems/idempotency-key-reused", errors: [{ field: "idempotency-key" }] });
  });

  it("does not keep a refusal of the request itself: the corrected retry with the same key runs", async () => {
    const key = newKey();
    const bad = sessionBody({ order: { amount: -1, currency: "NOK", merchant_reference: "X" } });
    expect((await create(key, bad)).status).toBe(422);
    const again = await create(key, bad);
    expect(again.status).toBe(422);
    expect(again.headers.get("idempotent-replayed")).toBeNull();
    const corrected = await create(key);
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get("idempotent-replayed")).toBeNull();
  });

  it("does not keep a 415 caused by a header outside the key's fingerprint: the retry with the right content type runs", async () => {
    const key = newKey();
    const body = JSON.stringify(sessionBody());
    const wrong = await api("/v1/sessions", { body, headers: { "idempotency-key": key, "content-type": "text/plain" } });
    expect(wrong.status).toBe(415);
    const corrected = await create(key, body);
    expect(corrected.status).toBe(201);
    expect(corrected.headers.get("idempotent-replayed")).toBeNull();
    expect((await create(key, body)).headers.get("idempotent-replayed")).toBe("true");
  });

  it("does not keep a 400 (not JSON) either", async () => {
    const key = newKey();
    expect((await create(key, "{")).status).toBe(400);
    expect((await create(key, "{")).headers.get("idempotent-replayed")).toBeNull();
  });

  it("keeps keys per merchant: another merchant's same key is its own", async () => {
    const key = newKey();
    const mine = (await (await create(key)).json()) as { id: string };
    const theirs = await create(key, sessionBody(), OTHER_KEY);
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("idempotent-replayed")).toBeNull();
    expect(((await theirs.json()) as { id: string }).id).not.toBe(mine.id);
  });

  it("lets only one of many concurrent requests with one key run", async () => {
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 6 }, () => create(key)));
    const created = answers.filter((answer) => answer.status === 201);
    expect(answers.every((answer) => answer.status === 201 || answer.status === 409)).toBe(true);
    const ids = new Set(await Promise.all(created.map(async (answer) => ((await answer.json()) as { id: string }).id)));
    expect(ids.size).toBe(1);
    const busy = answers.find((answer) => answer.status === 409);
    if (busy) expect(busy.headers.get("retry-after")).toBe("1");
  });

  it.each([
    ["empty", ""],
    ["too long", "k".repeat(256)],
    ["with a space", "my key"],
    ["with non-ASCII", "nøkkel"],
  ])("refuses a key that is %s", async (_, key) => {
    const response = await create(key);
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ errors: [{ field: "idempotency-key" }] });
  });

  it("forgets a key after 24 hours", async () => {
    const key = newKey();
    const first = (await (await create(key)).json()) as { id: string };
    const record = env.IDEMPOTENCY.get(env.IDEMPOTENCY.idFromName(`mer_local:${key}`));
    expect(await runDurableObjectAlarm(record)).toBe(true);
    const later = (await (await create(key)).json()) as { id: string };
    expect(later.id).not.toBe(first.id);
  });
});

describe("Idempotency-Key on POST /v1/sessions/{id}/cancel", () => {
  it("replays the cancellation instead of answering 409 to a retry", async () => {
    const session = (await (await create(newKey())).json()) as { id: string };
    const key = newKey();
    const first = await api(`/v1/sessions/${session.id}/cancel`, { method: "POST", headers: { "idempotency-key": key } });
    expect(first.status).toBe(200);
    const retry = await api(`/v1/sessions/${session.id}/cancel`, { method: "POST", headers: { "idempotency-key": key } });
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect((await sessionDetail(session.id)).events.filter((event) => event.type === "session.cancelled")).toHaveLength(1);
  });

  it("keeps a 409 from the session's state: it is the change's result, replayed for the key", async () => {
    const session = (await (await create(newKey())).json()) as { id: string };
    await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    const key = newKey();
    const refused = await api(`/v1/sessions/${session.id}/capture`, { method: "POST", headers: { "idempotency-key": key } });
    expect(refused.status).toBe(409);
    const again = await api(`/v1/sessions/${session.id}/capture`, { method: "POST", headers: { "idempotency-key": key } });
    expect(again.status).toBe(409);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
  });

  it("does not let a key of session creation be reused to cancel", async () => {
    const key = newKey();
    const session = (await (await create(key)).json()) as { id: string };
    const cancel = await api(`/v1/sessions/${session.id}/cancel`, { method: "POST", headers: { "idempotency-key": key } });
    expect(cancel.status).toBe(422);
    expect((await sessionDetail(session.id)).status).toBe("open");
  });

  it("refuses a body over 32 KiB, which the key's fingerprint would read, with a 413 and cancels nothing", async () => {
    const session = (await (await create(newKey())).json()) as { id: string };
    const cancel = await api(`/v1/sessions/${session.id}/cancel`, {
      method: "POST",
      headers: { "idempotency-key": newKey() },
      body: "x".repeat(40_000),
    });
    expect(cancel.status).toBe(413);
    expect(await cancel.json()).toMatchObject({ status: 413, errors: [{ field: "body" }] });
    expect((await sessionDetail(session.id)).status).toBe("open");
  });
});
