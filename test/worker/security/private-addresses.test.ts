/**
 * Attack: a merchant's return or callback URL aimed at the gateway's own network, so that the
 * gateway's webhooks (and its record of each try, and on-demand redelivery) probe private addresses
 * for whoever holds an API key. Refused when the session is created, in every spelling; refused
 * again when a webhook is sent (a session stored before the rule); and a webhook never follows a
 * redirect, which would lead it there all the same.
 */
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { deliverWebhook } from "../../../src/webhooks/deliver";
import {
  api,
  createSession,
  OTHER_KEY,
  received,
  receiver,
  runAlarm,
  sessionBody,
  sessionDetail,
  sessionStub,
  uniquePath,
  webhooksAt,
} from "../helpers";
import { checkProblem } from "./support";

/** What the issue found accepted, and more of the same in other spellings. */
const PRIVATE_HOSTS = [
  "127.0.0.2",
  "0.0.0.0",
  "0",
  "[::ffff:127.0.0.1]",
  "[::ffff:7f00:1]",
  "[::]",
  "169.254.169.254",
  "2852039166",
  "10.0.0.1",
  "0xa.1",
  "100.64.0.1",
  "172.16.0.1",
  "192.168.0.1",
  "[fd00::1]",
  "[fe80::1]",
  "localhost.",
  "foo.localhost",
  "metadata.google.internal",
];
// `2130706433`, `0x7f.1`, `0177.0.0.1` and `127.1.` are 127.0.0.1 (the URL parser says so), which
// mer_local may use; `test/worker/domain/url-policy.test.ts` shows them refused to a merchant that may not.

describe("Return and callback URLs aimed at private addresses", () => {
  for (const field of ["return_url", "callback_url"] as const) {
    for (const scheme of ["https", "http"] as const) {
      it.each(PRIVATE_HOSTS)(
        `mer_local (test, no host list, http to localhost allowed): ${field} ${scheme}://%s/ is refused (422 naming url.${field})`,
        async (host) => {
          const url = `${scheme}://${host}:8080/hook`;
          const response = await api("/v1/sessions", { body: sessionBody({ url: { [field]: url } }) });
          const text = await response.text();
          expect(response.status, text).toBe(422);
          expect(checkProblem(response, text, url).errors?.map((error) => error.field)).toContain(`url.${field}`);
        },
      );
    }
  }

  it("mer_local may still use plain http to localhost, 127.0.0.1 and [::1], and any public https host", async () => {
    for (const url of ["http://localhost:3000/back", "http://127.0.0.1:3000/back", "http://[::1]:3000/back", "https://shop.example/back"]) {
      const response = await api("/v1/sessions", { body: sessionBody({ url: { return_url: url, callback_url: url } }) });
      expect(response.status, url).toBe(201);
    }
  });
});

describe("Webhooks to a URL the policy refuses", () => {
  it("a session stored with a loopback callback_url for a merchant without allow_http_localhost: the webhook is never sent, and the try says why", async () => {
    const hook = uniquePath("stored-before-the-rule");
    const session = await createSession({ url: { callback_url: "https://shop.example/hooks" } }, OTHER_KEY);
    await runInDurableObject(sessionStub(session.id), (_, state) => {
      state.storage.sql.exec("UPDATE session SET callback_url = ?", receiver(hook));
    });
    await api(`/v1/sessions/${session.id}/cancel`, { method: "POST", key: OTHER_KEY });
    await runAlarm(session.id);
    const event = (await sessionDetail(session.id, OTHER_KEY)).events.find((entry) => entry.type === "session.cancelled");
    expect(event?.delivery?.attempts[0]).toMatchObject({ status: null, error: "refused: must not point to localhost" });
    expect(await received(hook)).toEqual([]);
  });
});

describe("Webhooks redirected", () => {
  it("deliverWebhook does not follow a 302: the try fails with the status, and the Location is never asked", async () => {
    const hook = uniquePath("redirect");
    const landed = hook.replace(/^\/redirect\//, "/landed/");
    const payload = JSON.stringify({ id: "evt_redirect", type: "session.paid", data: { id: "ps_x" } });
    expect(await deliverWebhook(receiver(hook), payload, ["whsec_local"], "evt_redirect")).toEqual({
      ok: false,
      status: 302,
      error: "HTTP 302",
    });
    expect((await received(hook)).map((entry) => entry.answered)).toEqual([302]);
    expect(await received(landed)).toEqual([]);
  });

  it("a session's webhook answered 302 is a failed try recorded with its status, retried later, never sent to the Location", async () => {
    const hook = uniquePath("redirect");
    const landed = hook.replace(/^\/redirect\//, "/landed/");
    const session = await createSession({ url: { callback_url: receiver(hook) } });
    await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    await webhooksAt(session.id, hook);
    const event = (await sessionDetail(session.id)).events.find((entry) => entry.type === "session.cancelled");
    expect(event?.delivery?.state).toBe("pending");
    expect(event?.delivery?.attempts[0]).toMatchObject({ status: 302, error: "HTTP 302" });
    expect(await received(landed)).toEqual([]);
  });
});
