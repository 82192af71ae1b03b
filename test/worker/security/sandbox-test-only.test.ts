/**
 * Attack: a live merchant pays itself through the sandbox. The sandbox approves whatever its TEST
 * page is told to, and moves no money; were it offered to a live merchant, that merchant could
 * create a session, approve it on the TEST page and get a `session.paid` signed with its live
 * webhook secret for money that never moved. Each way in is refused, and a live session that names
 * the sandbox anyway (stored before the rule) is never paid by it.
 */
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { configOf, merchantById } from "../../../src/config/config";
import { providerFor } from "../../../src/providers";
import { SANDBOX_ACCOUNT } from "../../../src/providers/sandbox";
import { SIGNATURE_HEADER, signCallback } from "../../../src/signatures/dintero";
import { TEST_MERCHANTS } from "../../node/test-merchants";
import {
  api,
  approveSilentlyInSandbox,
  call,
  createSession,
  location,
  ORIGIN,
  sandboxStub,
  sessionBody,
  sessionDetail,
  sessionStub,
} from "../helpers";
import { checkProblem } from "./support";

const LIVE_KEY = "sk_live_local";
const SANDBOX_SECRET = "sandbox-local-callback-secret";
const LIVE_HOOK = "https://shop.example/hooks";

/** The live merchant as configured, but with the sandbox as its default provider. */
const liveOnSandbox = () => ({ ...TEST_MERCHANTS.find((merchant) => merchant.mode === "live"), default_provider: "sandbox" });

describe("A live merchant pays itself through the sandbox", () => {
  it("asking for the sandbox by name: 422 naming provider, and no session", async () => {
    const response = await api("/v1/sessions", {
      key: LIVE_KEY,
      body: sessionBody({ provider: "sandbox", url: { callback_url: LIVE_HOOK } }),
    });
    const text = await response.text();
    expect(response.status, text).toBe(422);
    checkProblem(response, text, "provider");
    expect(JSON.parse(text)).toMatchObject({
      errors: [{ field: "provider", pointer: "/provider", detail: "the sandbox is for test merchants only" }],
    });
    expect(response.headers.get("location")).toBeNull();
  });

  it("the sandbox as a live merchant's default provider: the configuration is refused when it is parsed, naming the field", () => {
    expect(() => configOf({ ...env, MERCHANTS: JSON.stringify([liveOnSandbox()]) })).toThrow(
      /default_provider[\s\S]*the sandbox is for test merchants only/,
    );
  });

  it("the provider registry never hands the sandbox to a live merchant (and does to a test one)", () => {
    const live = merchantById(env, "mer_live");
    const test = merchantById(env, "mer_local");
    if (!live || !test) throw new Error("the test merchants are configured");
    expect(live.mode).toBe("live");
    expect(providerFor("sandbox", env, live)).toBeNull();
    expect(providerFor("sandbox", env, test)).not.toBeNull();
  });

  it("a live session naming the sandbox, its payment approved there: neither a genuine callback nor the return pays it", async () => {
    // A test session paid at the sandbox behind the gateway's back, then made the live merchant's,
    // as a sandbox session of a live merchant stored before the rule would be.
    const session = await createSession({ url: { callback_url: "https://shop.example/test-hooks" } });
    const { providerUrl } = await approveSilentlyInSandbox(session.code);
    const sandboxId = new URL(providerUrl).pathname.split("/").at(-1) ?? "";
    expect((await sandboxStub(sandboxId).get())?.status).toBe("AUTHORIZED");
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE session SET merchant_id = 'mer_live', mode = 'live', callback_url = ?", LIVE_HOOK);
    });

    const reference = `${session.sessionKey}-1`;
    const path = `/v1/providers/sandbox/callback/mer_live?merchant_reference=${reference}&session_id=${sandboxId}&transaction_id=${sandboxId}`;
    const signature = await signCallback(SANDBOX_SECRET, SANDBOX_ACCOUNT, "GET", new URL(path, ORIGIN), Math.floor(Date.now() / 1000));
    const callback = await call(path, { headers: { [SIGNATURE_HEADER]: signature } });
    const text = await callback.text();
    expect(callback.status, text).toBe(401);
    checkProblem(callback, text, path);

    const back = await call(`/r/${reference}`);
    expect(back.status).toBeLessThan(500);
    if (back.status === 303) expect(location(back)).not.toContain("transaction_id");

    const detail = await sessionDetail(session.id, LIVE_KEY);
    expect(detail.status).toBe("open");
    expect(detail.transaction_id).toBeNull();
    expect(detail.events.map((event) => event.type)).not.toContain("session.paid");
    expect(detail.events.map((event) => event.type)).not.toContain("session.authorized");
  });
});
