/**
 * The live status socket (`GET /p/{code}/live`): the session's Durable Object tells it the status at
 * once, in the status endpoint's shape, and again on every change (a payment, a cancel by the
 * merchant, the expiry by alarm), closing it at a final status; the client here never asks, so
 * every status after the first was pushed. Also: what a request that is no socket gets, and the cap.
 */
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { PayStatus } from "../../../src/schemas/session";
import { MAX_LIVE_SOCKETS, MESSAGE_CLOSE, REPLACED_CLOSE } from "../../../src/session/live-sockets";
import { api, call, createSession, eventually, payInSandbox, payStatus, runAlarm, sessionStub } from "../helpers";

interface Live {
  socket: WebSocket;
  messages: string[];
  closed: { code: number; reason: string } | null;
}

/** Opens the live socket of `code` as the pay page does, and collects what it is told. */
async function openLive(code: string): Promise<Live> {
  const response = await call(`/p/${code}/live`, { headers: { upgrade: "websocket" } });
  const socket = response.webSocket;
  if (response.status !== 101 || !socket) throw new Error(`no socket: ${response.status} ${await response.text()}`);
  const live: Live = { socket, messages: [], closed: null };
  socket.addEventListener("message", (event) => {
    live.messages.push(String(event.data));
  });
  socket.addEventListener("close", (event) => {
    live.closed = { code: event.code, reason: event.reason };
  });
  socket.accept();
  return live;
}

const statuses = (live: Live) => live.messages.map((message) => JSON.parse(message) as PayStatus);

/** Waits until `live` has been told a status that `matches`, and returns it. */
function toldOf(live: Live, matches: (status: PayStatus) => boolean): Promise<PayStatus> {
  return eventually(async () => statuses(live).find(matches));
}

const closedOf = (live: Live) => eventually(async () => live.closed ?? undefined);

describe("the live status socket", () => {
  it("tells the status at once, exactly as the status endpoint answers it", async () => {
    const session = await createSession();
    const live = await openLive(session.code);
    const first = await toldOf(live, () => true);
    expect(first).toEqual(await payStatus(session.code));
    expect(live.messages[0]).toBe(JSON.stringify(await payStatus(session.code)));
    expect(first).toMatchObject({ status: "open", attempt: null });
    live.socket.close(1000, "done");
  });

  it("pushes a payment made elsewhere as it happens, then closes", async () => {
    // Manual capture: the session does not change again right after (an automatic capture would).
    const session = await createSession({ capture: "manual" });
    const live = await openLive(session.code);
    await toldOf(live, (status) => status.status === "open");
    await payInSandbox(session.code, "approve");
    const paid = await toldOf(live, (status) => status.status === "paid");
    expect(paid).toEqual(await payStatus(session.code));
    expect(paid.attempt).toBe("authorized");
    expect(await closedOf(live)).toMatchObject({ code: 1000 });
    expect(statuses(live).at(-1)).toEqual(paid);
  });

  it("pushes a failed attempt, and keeps the socket open for the next try", async () => {
    const session = await createSession();
    const live = await openLive(session.code);
    await payInSandbox(session.code, "decline");
    await toldOf(live, (status) => status.status === "open" && status.attempt === "failed");
    expect(live.closed).toBeNull();
    live.socket.close(1000, "done");
  });

  it("pushes a cancel by the merchant, then closes", async () => {
    const session = await createSession();
    const live = await openLive(session.code);
    await toldOf(live, () => true);
    expect((await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" })).status).toBe(200);
    expect(await toldOf(live, (status) => status.status === "cancelled")).toEqual(await payStatus(session.code));
    expect(await closedOf(live)).toMatchObject({ code: 1000 });
  });

  it("pushes the expiry by alarm, then closes", async () => {
    const session = await createSession();
    const live = await openLive(session.code);
    await toldOf(live, () => true);
    await runInDurableObject(sessionStub(session.id), (_instance, state) => {
      state.storage.sql.exec("UPDATE session SET expires_at = ?", Date.now() - 1);
    });
    expect(await runAlarm(session.id)).toBe(true);
    expect(await toldOf(live, (status) => status.status === "expired")).toMatchObject({ status: "expired", attempt: null });
    expect(await closedOf(live)).toMatchObject({ code: 1000 });
  });

  it("tells a socket opened on a closed session its status and closes it", async () => {
    const session = await createSession();
    await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    const live = await openLive(session.code);
    expect(await toldOf(live, () => true)).toMatchObject({ status: "cancelled" });
    expect(await closedOf(live)).toMatchObject({ code: 1000 });
  });

  it("answers the keepalive by the runtime, without the object; any other message closes the socket (1008)", async () => {
    const session = await createSession();
    const live = await openLive(session.code);
    await toldOf(live, () => true);
    live.socket.send("ping");
    await eventually(async () => (live.messages.includes("pong") ? true : undefined));
    // The runtime's auto-response answered it: the object keeps the time it did so.
    const answered = await runInDurableObject(sessionStub(session.id), (_instance, state) =>
      state.getWebSockets().map((socket) => state.getWebSocketAutoResponseTimestamp(socket)),
    );
    expect(answered.filter((time) => time instanceof Date)).toHaveLength(1);
    live.socket.send("status?");
    expect(await closedOf(live)).toEqual({ code: MESSAGE_CLOSE.code, reason: MESSAGE_CLOSE.reason });
    expect(live.messages.filter((message) => message.startsWith("{"))).toHaveLength(1);
  });

  it("lets a payment go through when a socket cannot be sent to any more", async () => {
    const session = await createSession();
    // Never accepted here, so the gateway's close of it (the oldest, beyond the cap) is never
    // answered: the object still holds it, closing, and a send to it throws.
    const silent = await call(`/p/${session.code}/live`, { headers: { upgrade: "websocket" } });
    expect(silent.status).toBe(101);
    const others: Live[] = [];
    for (let i = 0; i < MAX_LIVE_SOCKETS; i += 1) others.push(await openLive(session.code));
    await payInSandbox(session.code, "approve");
    expect(await payStatus(session.code)).toMatchObject({ status: "paid", attempt: "authorized" });
    for (const live of others) await toldOf(live, (status) => status.status === "paid");
  });

  it(`holds at most ${MAX_LIVE_SOCKETS} sockets (and the one that replaced the oldest) when clients never finish the close`, async () => {
    const session = await createSession();
    // Never accepted here: each gateway close of one (the oldest, beyond the cap) stays unanswered.
    // The answers are kept, so their client ends are not collected (which would finish a close and
    // free a place: then more than MAX + 1 may be let in over the run, never more at once).
    const responses: Response[] = [];
    for (let i = 0; i < 3 * MAX_LIVE_SOCKETS; i += 1) {
      const response = await call(`/p/${session.code}/live`, { headers: { upgrade: "websocket" } });
      responses.push(response);
      if (response.status !== 101) expect(await response.json()).toMatchObject({ status: 429, errors: [{ field: "live" }] });
      const held = await runInDurableObject(sessionStub(session.id), (_instance, state) => state.getWebSockets().length);
      expect(held).toBeLessThanOrEqual(MAX_LIVE_SOCKETS + 1);
    }
    const answers = responses.map((response) => response.status);
    expect(answers.every((status) => status === 101 || status === 429)).toBe(true);
    expect(answers.filter((status) => status === 101).length).toBeGreaterThanOrEqual(MAX_LIVE_SOCKETS + 1);
    expect(answers.filter((status) => status === 429).length).toBeGreaterThan(0);
  });

  it("holds no pile of half-closed sockets on a closed session", async () => {
    const session = await createSession();
    await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    for (let i = 0; i < 3 * MAX_LIVE_SOCKETS; i += 1) {
      await (await call(`/p/${session.code}/live`, { headers: { upgrade: "websocket" } })).body?.cancel();
    }
    const held = await runInDurableObject(sessionStub(session.id), (_instance, state) => state.getWebSockets().length);
    expect(held).toBeLessThanOrEqual(MAX_LIVE_SOCKETS);
  });

  it(`keeps at most ${MAX_LIVE_SOCKETS} sockets per session, closing the oldest`, async () => {
    const session = await createSession();
    const sockets: Live[] = [];
    for (let i = 0; i <= MAX_LIVE_SOCKETS; i += 1) {
      const live = await openLive(session.code);
      await toldOf(live, () => true);
      sockets.push(live);
    }
    const [oldest, ...rest] = sockets;
    if (!oldest) throw new Error("no sockets");
    expect(await closedOf(oldest)).toEqual({ code: REPLACED_CLOSE.code, reason: REPLACED_CLOSE.reason });
    expect(rest.map((live) => live.closed)).toEqual(rest.map(() => null));
    await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    for (const live of rest) await toldOf(live, (status) => status.status === "cancelled");
    expect(statuses(oldest).map((status) => status.status)).toEqual(["open"]);
  });
});

describe("what is not a live socket", () => {
  it("answers a request without an upgrade with 426 and how to upgrade", async () => {
    const session = await createSession();
    const response = await call(`/p/${session.code}/live`);
    expect(response.status).toBe(426);
    expect(response.headers.get("upgrade")).toBe("websocket");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ type: "/problems/upgrade-required", status: 426 });
  });

  it.each([
    ["an unknown code", "1111111111111A"],
    ["a malformed code", "not-a-code"],
  ])("answers %s as the status endpoint does: 404", async (_name, code) => {
    const status = await call(`/p/${code}/status`);
    const live = await call(`/p/${code}/live`, { headers: { upgrade: "websocket" } });
    expect(live.status).toBe(404);
    expect(live.headers.get("content-type")).toBe("application/problem+json");
    const { type, title, detail } = (await status.json()) as Record<string, unknown>;
    expect(await live.json()).toMatchObject({ type, title, detail, status: 404 });
  });
});

describe("the pay page and its socket", () => {
  it("names its live endpoint, and its CSP allows the WebSocket origin by name", async () => {
    const session = await createSession();
    const page = await call(`/p/${session.code}`);
    expect(await page.text()).toContain(`data-live="/p/${session.code}/live"`);
    expect(page.headers.get("content-security-policy")).toContain("connect-src 'self' wss://pay.test;");
  });
});
