/**
 * A named attack suite: one `describe` per attack, each test named by the attack, each asserting
 * that it is refused and, where it matters, that nothing changed. Sessions that a forged notice
 * would pay are "armed": their payment is authorized at the sandbox behind the gateway's back, so
 * any notice the gateway wrongly accepted would show as a paid session.
 */
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";
import { merchantById } from "../../../src/config/config";
import { sessionIdOf } from "../../../src/domain/ids";
import { SANDBOX_ACCOUNT } from "../../../src/providers/sandbox";
import { signCallback } from "../../../src/signatures/dintero";
import { signPayload, verifyPayload } from "../../../src/signatures/paylink";
import { deliverWebhook } from "../../../src/webhooks/deliver";
import { FAKE_DINTERO, FAKE_VIPPS } from "../../node/fakes/credentials";
import { fakeDintero, type OutboxEntry } from "../../node/fakes/dintero-control";
import { type SignedWebhook, vippsControl } from "../../node/fakes/vipps-control";
import {
  api,
  call,
  createSession,
  go,
  IPHONE_SAFARI,
  LOCAL_KEY,
  location,
  ORIGIN,
  OTHER_KEY,
  payInSandbox,
  received,
  receiver,
  sandboxStub,
  sessionBody,
  sessionDetail,
  uniquePath,
  webhooksAt,
} from "../helpers";
import { allowedLocation, authorizeAtSandbox, checkAnswer, checkProblem, payCode, SEED, tablesOf } from "./support";

const LIVE_KEY = "sk_live_local";
const SANDBOX_SECRET = "sandbox-local-callback-secret";
const now = () => Math.floor(Date.now() / 1000);
const dintero = fakeDintero(inject("fakeDinteroPort"));
const vipps = vippsControl(`http://127.0.0.1:${inject("fakeVippsPort")}`);

/** A refused answer: the status, and a problem+json naming the signature. */
async function expectRefusedCallback(response: Response, status = 401) {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  checkProblem(response, text, "callback");
}

/** The session is exactly as it was before the attack: open, one pending attempt, no payment. */
async function expectStillOpen(id: string) {
  const detail = await sessionDetail(id);
  expect(detail.status).toBe("open");
  expect(detail.transaction_id).toBeNull();
  expect(detail.attempts.map((attempt) => attempt.status)).toEqual(["pending"]);
  expect(detail.events.map((event) => event.type)).toEqual(["session.created", "attempt.started"]);
}

// =============================================================================================
describe("Open redirect via return_url / callback_url", () => {
  const cyrillicHost = new URL("https://shоp.example/").hostname; // the "о" is Cyrillic: xn--...
  const evilForOther = [
    "//evil.example/back",
    "https://evil.example@shop.example/back",
    "https://shop.example@evil.example/back",
    "https:\\\\evil.example/back",
    "https:/\\evil.example/back",
    "HTTPS://EVIL.EXAMPLE/back",
    "https://shop.example.evil.example/back",
    "https://evilshop.example/back",
    "https://shоp.example/back",
    `https://${cyrillicHost}/back`,
    "https://xn--shp-ved.example/back",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.domain)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "http://localhost:3000/back",
    "http://127.0.0.1/back",
    "http://[::1]/back",
    "https://localhost/back",
    "https://0x7f000001/back",
    "http://shop.example/back",
    "https://shop.example\t.evil.example/back",
    "https://shop.example\n.evil.example/back",
    "https://evil.example\n/shop.example",
    "https://shop.example%2f@evil.example",
    "https://shop.example:443@evil.example/back",
    "https://evil.example#@shop.example",
    "https://evil.example\\@shop.example",
    "https://evil.example?@shop.example",
  ];

  for (const field of ["return_url", "callback_url"] as const) {
    it.each(evilForOther)(`mer_other (allowed_hosts shop.example): ${field} %j is refused (422 naming url.${field})`, async (url) => {
      const response = await api("/v1/sessions", { key: OTHER_KEY, body: sessionBody({ url: { [field]: url } }) });
      const text = await response.text();
      expect(response.status, text).toBe(422);
      const problem = checkProblem(response, text, url);
      expect(problem.errors?.map((error) => error.field)).toContain(`url.${field}`);
      expect(problem.detail).toMatch(new RegExp(`^url\\.${field}: `));
    });
  }

  const oddSchemesForLocal = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "http://evil.example/back",
    "https://user:pass@evil.example/back",
    "http://user:pass@localhost/back",
    "file:///etc/passwd",
    "javascript://localhost/%0aalert(document.cookie)",
    "javascript://127.0.0.1/%0aalert(1)",
    "data://localhost/text/html,<script>alert(1)</script>",
    "ftp://localhost/back",
    "ws://localhost:3000/back",
    "gopher://127.0.0.1:25/_HELO%20evil",
  ];

  for (const field of ["return_url", "callback_url"] as const) {
    it.each(oddSchemesForLocal)(`mer_local (http to localhost allowed): ${field} %j is refused (422 naming url.${field})`, async (url) => {
      const response = await api("/v1/sessions", { body: sessionBody({ url: { [field]: url } }) });
      const text = await response.text();
      expect(response.status, text).toBe(422);
      expect(checkProblem(response, text, url).errors?.map((error) => error.field)).toContain(`url.${field}`);
    });
  }

  it("a tab or newline inside an allowed URL is stored normalised, never raw", async () => {
    const response = await api("/v1/sessions", {
      key: OTHER_KEY,
      body: sessionBody({ url: { return_url: "https://shop.exa\tmple/ba\nck" } }),
    });
    if (response.status === 422) return;
    expect(response.status).toBe(201);
    const stored = ((await response.json()) as { url: { return_url: string } }).url.return_url;
    expect(stored).not.toMatch(/[\t\n\r]/);
    expect(new URL(stored).hostname).toBe("shop.example");
  });

  it("/r/ redirects exactly to the stored return URL plus Dintero's parameters, whatever the query says", async () => {
    const stored = "https://shop.example/back?order=1";
    const session = await createSession({ url: { return_url: stored } }, OTHER_KEY);
    const { providerUrl, back } = await payInSandbox(session.code, "approve");
    const transactionId = new URL(providerUrl).pathname.split("/").at(-1) ?? "";
    const expected = `${stored}&merchant_reference=ORDER123&session_id=${session.id}&transaction_id=${transactionId}`;
    expect(back.headers.get("location")).toBe(expected);
    const hostile = [
      "return_url=https%3A%2F%2Fevil.example",
      "redirect=%2F%2Fevil.example&next=https://evil.example",
      "merchant_reference=EVIL&session_id=ps_evil&transaction_id=forged&error=none",
      "url=javascript:alert(1)",
    ];
    for (const ref of [`${session.sessionKey}-1`, session.sessionKey]) {
      for (const query of hostile) {
        const response = await call(`/r/${ref}?${query}`);
        expect(response.status).toBe(303);
        expect(response.headers.get("location"), `/r/${ref}?${query}`).toBe(expected);
      }
    }
  });

  it("/r/ after a decline: the stored URL with error=failed, no transaction id, nothing from the query", async () => {
    const stored = "https://pay.shop.example/return";
    const session = await createSession({ url: { return_url: stored } }, OTHER_KEY);
    await payInSandbox(session.code, "decline");
    const response = await call(`/r/${session.sessionKey}-1?transaction_id=forged&error=none&return_url=https://evil.example`);
    expect(response.headers.get("location")).toBe(`${stored}?merchant_reference=ORDER123&session_id=${session.id}&error=failed`);
  });
});

// =============================================================================================
describe("Pay page navigates only to provider hosts", () => {
  it("a sandbox session's taps lead to the gateway's own /sandbox/ pages", async () => {
    const session = await createSession();
    const hosted = location(await go(session.code, "hosted"));
    expect(hosted).toMatch(new RegExp(`^${ORIGIN}/sandbox/pay/sbx_[1-9A-HJ-NP-Za-km-z]{20}$`));
    const app = location(await go(session.code, "app"));
    expect(app).toMatch(new RegExp(`^${ORIGIN}/sandbox/app/sbx_[1-9A-HJ-NP-Za-km-z]{20}$`));
  });

  it("across many taps (sandbox, Dintero, Vipps; both handoffs; phones, in-app browsers, desktops, bots) every Location is the gateway, a provider, or vipps:/vippsMT:", async () => {
    const agents = [
      IPHONE_SAFARI,
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22B83 [FBAN/FBIOS;FBAV/488.0.0.68.101;FBBV/658219612;FBDV/iPhone12,8;FBMD/iPhone;FBSN/iOS;FBSV/18.1;FBSS/2;FBID/phone;FBLC/en_US;FBOP/5]",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    ];
    const seen = new Set<string>();
    for (const provider of ["sandbox", "dintero", "vipps"] as const) {
      const session = await createSession({ provider, customer: { phone_number: "+4799999999" } });
      for (const agent of agents) {
        for (const handoff of ["hosted", "app"] as const) {
          const tapped = await go(session.code, handoff, agent);
          expect(tapped.status, `${provider} ${handoff} ${agent}`).toBe(303);
          const target = tapped.headers.get("location") ?? "";
          expect(allowedLocation(target), `${provider} ${handoff}: ${target}`).toBe(true);
          const url = new URL(target, ORIGIN);
          seen.add(url.protocol === "http:" || url.protocol === "https:" ? url.origin : url.protocol.toLowerCase());
          if (agent.includes("Googlebot")) expect(target).toBe(`/p/${session.code}`);
        }
      }
    }
    const fakes = [`http://127.0.0.1:${inject("fakeDinteroPort")}`, `http://127.0.0.1:${inject("fakeVippsPort")}`];
    for (const where of seen) expect([ORIGIN, ...fakes, "vipps:", "vippsmt:"]).toContain(where);
    expect(seen.has(ORIGIN)).toBe(true);
  });
});

// =============================================================================================
describe("Forged, replayed and tampered callbacks (sandbox: Dintero's scheme)", () => {
  /** A session whose sandbox payment is authorized, but which the gateway has not heard of yet. */
  async function armedSession() {
    const session = await createSession();
    const sandboxId = new URL(location(await go(session.code))).pathname.split("/").at(-1) ?? "";
    await authorizeAtSandbox(sandboxId);
    return { session, sandboxId, reference: `${session.sessionKey}-1` };
  }

  async function signed(path: string, options: { secret?: string; at?: number; method?: string } = {}) {
    const url = new URL(path, ORIGIN);
    return signCallback(options.secret ?? SANDBOX_SECRET, SANDBOX_ACCOUNT, options.method ?? "GET", url, options.at ?? now());
  }

  const pathFor = (reference: string, merchant = "mer_local") =>
    `/v1/providers/sandbox/callback/${merchant}?merchant_reference=${reference}&session_id=x`;

  it("no signature", async () => {
    const { session, reference } = await armedSession();
    await expectRefusedCallback(await call(pathFor(reference)));
    await expectStillOpen(session.id);
  });

  it("a signature made with the wrong secret", async () => {
    const { session, reference } = await armedSession();
    const path = pathFor(reference);
    await expectRefusedCallback(
      await call(path, { headers: { "dintero-signature": await signed(path, { secret: "not-the-secret-at-all" }) } }),
    );
    await expectRefusedCallback(
      await call(path, { headers: { "dintero-signature": await signed(path, { secret: FAKE_DINTERO.callbackSecret }) } }),
    );
    await expectStillOpen(session.id);
  });

  it("another merchant's path (/callback/mer_other) carrying mer_local's reference", async () => {
    const { session, reference } = await armedSession();
    const path = pathFor(reference, "mer_other");
    const response = await call(path, { headers: { "dintero-signature": await signed(path) } });
    const text = await response.text();
    // Refused, or acknowledged as not this merchant's payment; never settled for mer_other.
    if (response.status === 200) expect(JSON.parse(text)).toMatchObject({ ignored: expect.any(String) });
    else expect([401, 404], text).toContain(response.status);
    await expectStillOpen(session.id);
  });

  it("an expired timestamp (6 minutes old)", async () => {
    const { session, reference } = await armedSession();
    const path = pathFor(reference);
    await expectRefusedCallback(await call(path, { headers: { "dintero-signature": await signed(path, { at: now() - 360 }) } }));
    await expectStillOpen(session.id);
  });

  it("a future timestamp (6 minutes ahead)", async () => {
    const { session, reference } = await armedSession();
    const path = pathFor(reference);
    await expectRefusedCallback(await call(path, { headers: { "dintero-signature": await signed(path, { at: now() + 360 }) } }));
    await expectStillOpen(session.id);
  });

  it("the query changed after signing (reference swapped, parameter added, parameter dropped)", async () => {
    const { session, reference } = await armedSession();
    const genuine = pathFor("7Hq2xZk9PwR4mB-1");
    const signature = await signed(genuine);
    for (const tampered of [pathFor(reference), `${genuine}&transaction_id=forged`, genuine.replace("&session_id=x", "")]) {
      await expectRefusedCallback(await call(tampered, { headers: { "dintero-signature": signature } }));
    }
    await expectStillOpen(session.id);
  });

  it("a signature spliced: the right MAC under another timestamp, or the header's fields repeated", async () => {
    const { session, reference } = await armedSession();
    const path = pathFor(reference);
    const genuineOld = await signed(path, { at: now() - 400 });
    const mac = genuineOld.split("v0-hmac-sha256=")[1];
    for (const header of [`t=${now()},v0-hmac-sha256=${mac}`, `t=${now()},${genuineOld}`, `${genuineOld},t=${now()}`]) {
      await expectRefusedCallback(await call(path, { headers: { "dintero-signature": header } }));
    }
    await expectStillOpen(session.id);
  });

  it("a genuine notification for mer_local's session delivered at another merchant's path", async () => {
    const { session, reference } = await armedSession();
    const genuine = pathFor(reference);
    const signature = await signed(genuine);
    // mer_live is not offered the sandbox at all (test merchants only): refused as not verified,
    // like an unknown merchant, so the path tells nothing of which merchants exist.
    for (const [merchant, status] of [
      ["mer_other", 401],
      ["mer_live", 401],
    ] as const) {
      await expectRefusedCallback(await call(pathFor(reference, merchant), { headers: { "dintero-signature": signature } }), status);
    }
    await expectStillOpen(session.id);
  });

  it("the method switched: signed for GET, sent as POST (and the other way)", async () => {
    const { session, reference } = await armedSession();
    const path = pathFor(reference);
    await expectRefusedCallback(await call(path, { method: "POST", headers: { "dintero-signature": await signed(path) }, body: "" }));
    await expectRefusedCallback(
      await call(path, { method: "GET", headers: { "dintero-signature": await signed(path, { method: "POST" }) } }),
    );
    await expectStillOpen(session.id);
  });

  it("a genuine callback replayed 10 times: paid once, one session.paid", async () => {
    const { session, reference } = await armedSession();
    const path = pathFor(reference);
    const header = await signed(path);
    for (let i = 0; i < 10; i++) {
      const response = await call(path, { headers: { "dintero-signature": header } });
      expect(await response.json()).toMatchObject({ received: true, status: "paid" });
    }
    const detail = await sessionDetail(session.id);
    expect(detail.status).toBe("paid");
    expect(detail.events.filter((event) => event.type === "session.paid")).toHaveLength(1);
  });
});

describe("Forged, replayed and tampered callbacks (Dintero)", () => {
  /** A Dintero session approved at the fake, whose genuine callback is in the fake's outbox, not yet delivered. */
  async function approvedAtDintero() {
    const session = await createSession({ provider: "dintero" });
    await go(session.code, "hosted");
    const reference = `${session.sessionKey}-1`;
    const [at] = await dintero.sessions(reference);
    await dintero.decide(at?.id ?? "", "approve");
    const [callback] = await dintero.outbox(reference);
    if (!callback) throw new Error("no callback in the fake Dintero's outbox");
    return { session, callback };
  }

  const deliver = (entry: OutboxEntry, changes: { path?: string; method?: string; headers?: Record<string, string> } = {}) =>
    call(changes.path ?? entry.path, { method: changes.method ?? entry.method, headers: changes.headers ?? entry.headers });

  async function resigned(entry: OutboxEntry, options: { at?: number; secret?: string; path?: string }) {
    const url = new URL(options.path ?? entry.path, ORIGIN);
    return {
      ...entry.headers,
      "dintero-signature": await signCallback(
        options.secret ?? FAKE_DINTERO.callbackSecret,
        FAKE_DINTERO.accountId,
        "GET",
        url,
        options.at ?? now(),
      ),
    };
  }

  it("no signature, a wrong secret, an expired and a future timestamp", async () => {
    const { session, callback } = await approvedAtDintero();
    const { "dintero-signature": _, ...unsigned } = callback.headers;
    await expectRefusedCallback(await deliver(callback, { headers: unsigned }));
    await expectRefusedCallback(await deliver(callback, { headers: await resigned(callback, { secret: "wrong-secret-0123456789" }) }));
    await expectRefusedCallback(await deliver(callback, { headers: await resigned(callback, { at: now() - 360 }) }));
    await expectRefusedCallback(await deliver(callback, { headers: await resigned(callback, { at: now() + 360 }) }));
    await expectStillOpen(session.id);
  });

  it("a genuine callback at another merchant's path, with its query changed, or as a POST", async () => {
    const { session, callback } = await approvedAtDintero();
    await expectRefusedCallback(await deliver(callback, { path: callback.path.replace("/callback/mer_local", "/callback/mer_other") }));
    await expectRefusedCallback(await deliver(callback, { path: `${callback.path}&transaction_id=T11223344.forged` }));
    await expectRefusedCallback(await deliver(callback, { path: callback.path.replace("report_error=true", "report_error=false") }));
    await expectRefusedCallback(await deliver(callback, { method: "POST" }));
    await expectStillOpen(session.id);
  });

  it("a genuine callback replayed 5 times: paid once", async () => {
    const { session, callback } = await approvedAtDintero();
    for (let i = 0; i < 5; i++) expect(await (await deliver(callback)).json()).toMatchObject({ status: "paid" });
    const detail = await sessionDetail(session.id);
    expect(detail.events.filter((event) => event.type === "session.paid")).toHaveLength(1);
  });
});

describe("Forged, replayed and tampered callbacks (Vipps webhooks)", () => {
  const CALLBACK = `${ORIGIN}/v1/providers/vipps/callback/mer_local`;
  const encoder = new TextEncoder();
  const base64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));

  /** Headers for `body` signed here, as Vipps signs: secret, date and target chosen by the test. */
  async function signedHere(body: string, options: { secret?: string; date?: string; target?: string } = {}) {
    const date = options.date ?? new Date().toUTCString();
    const hash = base64(await crypto.subtle.digest("SHA-256", encoder.encode(body)));
    const key = await crypto.subtle.importKey(
      "raw",
      encoder.encode(options.secret ?? FAKE_VIPPS.webhookSecret),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
    const target = new URL(options.target ?? CALLBACK);
    const mac = base64(
      await crypto.subtle.sign("HMAC", key, encoder.encode(`POST\n${target.pathname}${target.search}\n${date};${target.host};${hash}`)),
    );
    return {
      "content-type": "application/json",
      "x-ms-date": date,
      "x-ms-content-sha256": hash,
      authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${mac}`,
    };
  }

  /** A Vipps session approved at the fake, with its genuine AUTHORIZED webhook not yet delivered. */
  async function approvedAtVipps() {
    const session = await createSession({ provider: "vipps", customer: { phone_number: "+4799999999" } });
    await go(session.code, "hosted");
    const reference = `${session.sessionKey}-1`;
    await vipps.decide(reference, "approve");
    const hook = (await vipps.outbox(reference, CALLBACK)).find((entry) => entry.name === "AUTHORIZED");
    if (!hook) throw new Error("no AUTHORIZED webhook in the fake Vipps' outbox");
    return { session, reference, hook };
  }

  const deliver = (
    hook: SignedWebhook,
    changes: { path?: string; method?: string; headers?: Record<string, string>; body?: string } = {},
  ) => {
    const method = changes.method ?? hook.method;
    return call(changes.path ?? hook.path, {
      method,
      headers: changes.headers ?? hook.headers,
      ...(method === "GET" ? {} : { body: changes.body ?? hook.body }),
    });
  };

  it("no Authorization, or no x-ms-* headers", async () => {
    const { session, hook } = await approvedAtVipps();
    const { authorization: _, ...noAuthorization } = hook.headers;
    await expectRefusedCallback(await deliver(hook, { headers: noAuthorization }));
    await expectRefusedCallback(
      await deliver(hook, { headers: { "content-type": "application/json", authorization: hook.headers.authorization ?? "" } }),
    );
    await expectStillOpen(session.id);
  });

  it("the body changed after signing: one byte anywhere, with or without a recomputed content hash", async () => {
    const { session, hook } = await approvedAtVipps();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: hook.body.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, flip) => {
        const changed = String.fromCharCode(hook.body.charCodeAt(at) ^ flip);
        const body = hook.body.slice(0, at) + changed + hook.body.slice(at + 1);
        await expectRefusedCallback(await deliver(hook, { body }));
      }),
      { numRuns: 25, seed: SEED },
    );
    const body = hook.body.replace('"success":true', '"success":true ');
    const rehashed = { ...hook.headers, "x-ms-content-sha256": base64(await crypto.subtle.digest("SHA-256", encoder.encode(body))) };
    await expectRefusedCallback(await deliver(hook, { body, headers: rehashed }));
    await expectStillOpen(session.id);
  });

  it("signed with the wrong secret", async () => {
    const { session, hook } = await approvedAtVipps();
    await expectRefusedCallback(await deliver(hook, { headers: await signedHere(hook.body, { secret: "not-the-webhook-secret" }) }));
    await expectStillOpen(session.id);
  });

  it("an x-ms-date beyond the window: 9 days old, or 20 minutes ahead (genuinely signed)", async () => {
    const { session, hook } = await approvedAtVipps();
    for (const date of [new Date(Date.now() - 9 * 86_400_000), new Date(Date.now() + 20 * 60_000)]) {
      await expectRefusedCallback(await deliver(hook, { headers: await signedHere(hook.body, { date: date.toUTCString() }) }));
    }
    await expectStillOpen(session.id);
  });

  it("a genuine webhook at another merchant's path, with a query added, or as a GET", async () => {
    const { session, hook } = await approvedAtVipps();
    await expectRefusedCallback(await deliver(hook, { path: hook.path.replace("/callback/mer_local", "/callback/mer_other") }));
    await expectRefusedCallback(await deliver(hook, { path: `${hook.path}?merchant_reference=x` }));
    await expectRefusedCallback(await deliver(hook, { method: "GET" }));
    await expectStillOpen(session.id);
  });

  it("a genuine webhook replayed 5 times: paid once", async () => {
    const { session, hook } = await approvedAtVipps();
    for (let i = 0; i < 5; i++) expect(await (await deliver(hook)).json()).toMatchObject({ status: "paid" });
    const detail = await sessionDetail(session.id);
    expect(detail.events.filter((event) => event.type === "session.paid")).toHaveLength(1);
  });
});

// =============================================================================================
describe("Forged and tampered merchant webhooks (Paylink-Signature, checked as a receiver would)", () => {
  async function oneWebhook() {
    const hook = uniquePath("security-hooks");
    const session = await createSession({ url: { callback_url: receiver(hook) } });
    await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    const [webhook] = await webhooksAt(session.id, hook);
    if (!webhook) throw new Error("no webhook");
    return { header: webhook.headers["paylink-signature"] ?? "", body: webhook.body };
  }

  it("the genuine webhook verifies (the control for the tests below)", async () => {
    const { header, body } = await oneWebhook();
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(await verifyPayload("whsec_local", header, body, now())).toBe(true);
  });

  it("a body altered by one byte anywhere fails verification", async () => {
    const { header, body } = await oneWebhook();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: body.length - 1 }), fc.integer({ min: 1, max: 127 }), async (at, flip) => {
        const altered = body.slice(0, at) + String.fromCharCode(body.charCodeAt(at) ^ flip) + body.slice(at + 1);
        expect(await verifyPayload("whsec_local", header, altered, now())).toBe(false);
      }),
      { numRuns: 100, seed: SEED },
    );
  });

  it("an old timestamp fails: the genuine header 6 minutes later, and a header signed 6 minutes ago", async () => {
    const { header, body } = await oneWebhook();
    const t = Number(/t=(\d+)/.exec(header)?.[1]);
    expect(await verifyPayload("whsec_local", header, body, t + 360)).toBe(false);
    expect(await verifyPayload("whsec_local", await signPayload(["whsec_local"], body, now() - 360), body, now())).toBe(false);
  });

  it("a MAC moved under another timestamp, another merchant's secret, or no v1 fails", async () => {
    const { header, body } = await oneWebhook();
    const t = Number(/t=(\d+)/.exec(header)?.[1]);
    expect(await verifyPayload("whsec_local", header.replace(`t=${t}`, `t=${t + 1}`), body, now())).toBe(false);
    expect(await verifyPayload("whsec_other_1", header, body, now())).toBe(false);
    expect(await verifyPayload("whsec_local", `t=${t}`, body, now())).toBe(false);
    expect(await verifyPayload("whsec_local", `t=${t},v1=`, body, now())).toBe(false);
  });

  it("during a rotation (mer_other has two secrets) the webhook carries one v1= per secret, and each secret verifies it", async () => {
    const secrets = merchantById(env, "mer_other")?.webhook_secrets ?? [];
    expect(secrets).toHaveLength(2);
    const hook = uniquePath("security-rotation");
    const payload = JSON.stringify({ id: "evt_rotation", type: "session.paid", data: { id: "ps_x" } });
    expect((await deliverWebhook(receiver(hook), payload, secrets, "evt_rotation")).ok).toBe(true);
    const [webhook] = await received(hook);
    const header = webhook?.headers["paylink-signature"] ?? "";
    expect(header.match(/v1=[0-9a-f]{64}/g)).toHaveLength(2);
    for (const secret of secrets) expect(await verifyPayload(secret, header, webhook?.body ?? "", now())).toBe(true);
    expect(await verifyPayload("whsec_local", header, webhook?.body ?? "", now())).toBe(false);
  });
});

// =============================================================================================
describe("Oversized bodies", () => {
  const LIMIT = 32 * 1024;

  /** A chunked body (no length) of `total` bytes in 4 KiB chunks; `pulled()` says how much the gateway read. */
  function growing(total: number, byte = 0x61) {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) {
          controller.close();
          return;
        }
        pulled += 4096;
        controller.enqueue(new Uint8Array(4096).fill(byte));
      },
    });
    return { stream, pulled: () => pulled };
  }

  it("a JSON body over 32 KiB: 413 problem naming body", async () => {
    const response = await api("/v1/sessions", { body: JSON.stringify(sessionBody({ metadata: { a: "x".repeat(LIMIT) } })) });
    const text = await response.text();
    expect(response.status).toBe(413);
    const problem = checkProblem(response, text, "413");
    expect(problem.errors?.[0]?.field).toBe("body");
    expect(problem.detail).toMatch(/^body: /);
  });

  it("a lying content-length: small with a large body, and huge with a small one", async () => {
    const large = JSON.stringify(sessionBody({ metadata: { a: "x".repeat(40_000) } }));
    const headers = { authorization: `Bearer ${LOCAL_KEY}`, "content-type": "application/json" };
    const small = await call("/v1/sessions", { method: "POST", headers: { ...headers, "content-length": "10" }, body: large });
    expect(small.status).toBe(413);
    checkProblem(small, await small.text(), "small content-length");
    const huge = await call("/v1/sessions", { method: "POST", headers: { ...headers, "content-length": "1073741824" }, body: "{}" });
    expect(huge.status).toBe(413);
    checkProblem(huge, await huge.text(), "huge content-length");
  });

  it("a chunked JSON body that grows past the limit: 413, and the gateway stops reading soon after 32 KiB", async () => {
    const body = growing(4 * 1024 * 1024, 0x20);
    const response = await call("/v1/sessions", {
      method: "POST",
      headers: { authorization: `Bearer ${LOCAL_KEY}`, "content-type": "application/json" },
      body: body.stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    checkProblem(response, await response.text(), "chunked");
    expect(body.pulled()).toBeLessThanOrEqual(LIMIT + 64 * 1024);
  });

  it.each([
    ["sandbox", "POST"],
    ["dintero", "POST"],
    ["vipps", "POST"],
  ])(
    "a chunked body that grows past the limit on the %s callback: refused, and read no further than 32 KiB + a little",
    async (provider, method) => {
      const body = growing(4 * 1024 * 1024);
      const response = await call(`/v1/providers/${provider}/callback/mer_local`, {
        method,
        headers: { "content-type": "application/json" },
        body: body.stream,
        duplex: "half",
      } as RequestInit);
      expect([401, 413]).toContain(response.status);
      await checkAnswer(method, `/v1/providers/${provider}/callback/mer_local`, response);
      expect(body.pulled(), "bytes the gateway read of a 4 MiB body").toBeLessThanOrEqual(LIMIT + 64 * 1024);
    },
  );

  it("a huge form post (100 KB) to /p/{code}/go: 413, no attempt started", async () => {
    const session = await createSession();
    const response = await call(`/p/${session.code}/go`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `handoff=hosted&pad=${"a".repeat(100_000)}`,
    });
    expect(response.status).toBe(413);
    await checkAnswer("POST", `/p/${session.code}/go`, response);
    expect((await sessionDetail(session.id)).attempts).toEqual([]);
    const chunked = growing(4 * 1024 * 1024);
    const streamed = await call(`/p/${session.code}/go`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: chunked.stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(chunked.pulled()).toBeLessThanOrEqual(LIMIT + 64 * 1024);
    expect((await sessionDetail(session.id)).attempts).toEqual([]);
  });

  it("a huge form post (100 KB) to /sandbox/pay/{id}: 413, the payment is not decided", async () => {
    const session = await createSession();
    const sandboxId = new URL(location(await go(session.code))).pathname.split("/").at(-1) ?? "";
    const response = await call(`/sandbox/pay/${sandboxId}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `decision=approve&pad=${"a".repeat(100_000)}`,
    });
    expect(response.status).toBe(413);
    await checkAnswer("POST", `/sandbox/pay/${sandboxId}`, response);
    expect((await sandboxStub(sandboxId).get())?.status).toBe("CREATED");
    await expectStillOpen(session.id);
  });

  it("a 100 KB query or path segment on every endpoint: never a 5xx, and the API answers problem+json", async () => {
    const session = await createSession();
    const big = "q".repeat(100_000);
    const requests: [string, string][] = [
      ["POST", "/v1/sessions"],
      ["GET", `/v1/sessions/${session.id}`],
      ["POST", `/v1/sessions/${session.id}/events/evt_1/redeliver`],
      ["GET", "/v1/device"],
      ["GET", `/p/${session.code}`],
      ["GET", `/p/${session.code}/status`],
      ["GET", `/p/${session.code}/qr.svg`],
      ["GET", `/r/${session.sessionKey}-1`],
      ["GET", "/v1/providers/sandbox/callback/mer_local"],
      ["GET", "/sandbox/pay/sbx_123456789ABCDEFGHJKL"],
    ];
    for (const [method, path] of requests) {
      const init = {
        method,
        headers: { authorization: `Bearer ${LOCAL_KEY}`, "content-type": "application/json" },
        ...(method === "POST" ? { body: "{}" } : {}),
      };
      await checkAnswer(method, `${path}?x=${big}`, await call(`${path}?x=${big}`, init));
      const bigPath = `${path.replace(/\/[^/]*$/, "")}/${big}`;
      await checkAnswer(method, bigPath, await call(bigPath, init));
    }
    await expectUnchangedOpen(session.id);
  });

  async function expectUnchangedOpen(id: string) {
    const detail = await sessionDetail(id);
    expect(detail.status).toBe("open");
    expect(detail.attempts).toEqual([]);
  }
});

// =============================================================================================
describe("Malformed form posts (bytes that are not UTF-8)", () => {
  it("POST /p/{code}/go with a body that is not UTF-8: a 4xx, never a 500, no attempt started", async () => {
    const session = await createSession();
    const response = await call(`/p/${session.code}/go`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new Uint8Array([0x72, 0x6f, 0x75, 0x74, 0x65, 0x3d, 0xff, 0xfe]),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect((await sessionDetail(session.id)).attempts).toEqual([]);
  });

  it("POST /sandbox/pay/{id} with a body that is not UTF-8: a 4xx, never a 500, the payment is not decided", async () => {
    const session = await createSession();
    const sandboxId = new URL(location(await go(session.code))).pathname.split("/").at(-1) ?? "";
    const response = await call(`/sandbox/pay/${sandboxId}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new Uint8Array([0x64, 0x65, 0x63, 0x69, 0x73, 0x69, 0x6f, 0x6e, 0x3d, 0xc3, 0x28]),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect((await sandboxStub(sandboxId).get())?.status).toBe("CREATED");
  });
});

// =============================================================================================
describe("Prototype pollution through JSON keys", () => {
  it("__proto__ / constructor / prototype at the top level or in order are refused by name, and Object.prototype stays clean", async () => {
    for (const [raw, field] of [
      ['{"order":{"amount":100,"currency":"NOK","merchant_reference":"x"},"__proto__":{"polluted":"yes"}}', "__proto__"],
      ['{"order":{"amount":100,"currency":"NOK","merchant_reference":"x","__proto__":{"amount":5}}}', "order.__proto__"],
      ['{"order":{"amount":100,"currency":"NOK","merchant_reference":"x"},"constructor":{"prototype":{"polluted":"yes"}}}', "constructor"],
    ] as const) {
      const response = await api("/v1/sessions", { body: raw });
      const text = await response.text();
      expect(response.status, text).toBe(422);
      expect(checkProblem(response, text, raw).errors?.map((error) => error.field)).toContain(field);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("metadata keys __proto__, constructor and prototype are either refused by name or kept exactly, never silently dropped", async () => {
    const raw =
      '{"order":{"amount":100,"currency":"NOK","merchant_reference":"x"},"metadata":{"__proto__":"a","constructor":"b","prototype":"c"}}';
    const response = await api("/v1/sessions", { body: raw });
    const text = await response.text();
    if (response.status === 422) {
      expect(checkProblem(response, text, raw).errors?.map((error) => error.field)).toContain("metadata.__proto__");
      return;
    }
    expect(response.status, text).toBe(201);
    const metadata = (JSON.parse(text) as { metadata: Record<string, unknown> }).metadata;
    expect(Object.entries(metadata).sort()).toEqual([
      ["__proto__", "a"],
      ["constructor", "b"],
      ["prototype", "c"],
    ]);
  });
});

// =============================================================================================
describe("Code enumeration", () => {
  const codes = fc.sample(payCode, { numRuns: 500, seed: SEED });

  it("500 random well-formed pay codes: all 404 (page, status, return), identical answers, no storage created", async () => {
    const reference = await call("/p/not-a-code");
    const referenceText = await reference.text();
    const referenceHeaders = [...reference.headers.keys()].sort();
    for (let i = 0; i < codes.length; i += 50) {
      await Promise.all(
        codes.slice(i, i + 50).map(async (code) => {
          const page = await call(`/p/${code}`);
          expect(page.status).toBe(404);
          expect(page.headers.get("content-type")).toMatch(/^text\/html/);
          expect([...page.headers.keys()].sort()).toEqual(referenceHeaders);
          expect(await page.text()).toBe(referenceText);
          const status = await call(`/p/${code}/status`);
          expect(status.status).toBe(404);
          await status.body?.cancel();
          const back = await call(`/r/${code}-1`);
          expect(back.status).toBe(404);
          await back.body?.cancel();
        }),
      );
    }
    for (let i = 0; i < codes.length; i += 50) {
      const tables = await Promise.all(codes.slice(i, i + 50).map((code) => tablesOf(code)));
      expect(tables.flat()).toEqual([]);
    }
  }, 30_000);

  it("unknown session ids through the API (GET, cancel, redeliver): 404, no storage created", async () => {
    for (const code of codes.slice(0, 50)) {
      const id = await sessionIdOf(code);
      for (const [method, path] of [
        ["GET", `/v1/sessions/${id}`],
        ["POST", `/v1/sessions/${id}/cancel`],
        ["POST", `/v1/sessions/${id}/events/evt_1/redeliver`],
        ["GET", `/v1/sessions/ps_${code}`],
      ] as const) {
        const response = await api(path, { method });
        expect(response.status, `${method} ${path}`).toBe(404);
        checkProblem(response, await response.text(), path);
      }
      expect(await tablesOf(code)).toEqual([]);
    }
  });

  it("an existing code's page and an unknown code's page leak nothing in headers: same security headers, HTML both, no session data", async () => {
    const session = await createSession({
      customer: { phone_number: "+4791234567", email: "kari@example.com" },
      metadata: { secret: "s3cr3t" },
    });
    const existing = await call(`/p/${session.code}`);
    const unknown = await call(`/p/${codes[0]}`);
    for (const response of [existing, unknown]) {
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      for (const name of ["cache-control", "referrer-policy", "x-content-type-options", "x-frame-options", "strict-transport-security"]) {
        expect(response.headers.get(name), name).toBe(existing.headers.get(name));
      }
      const headerText = [...response.headers].map(([name, value]) => `${name}: ${value}`).join("\n");
      for (const secret of [session.id, session.code, "ORDER123", "29990", "kari", "91234567", "s3cr3t", "mer_local"]) {
        expect(headerText).not.toContain(secret);
      }
    }
    const statusText = await (await call(`/p/${session.code}/status`)).text();
    for (const secret of ["ORDER123", "kari", "91234567", "s3cr3t", "mer_local", session.id]) expect(statusText).not.toContain(secret);
  });

  it("malformed codes never reach storage (page, status, tap, return, QR)", async () => {
    const malformed = ["7Hq2xZk9PwR4m", "7Hq2xZk9PwR4mBB", "0OIl0OIl0OIl0O", "7Hq2xZk9PwR4m_", "7Hq2xZk9PwR4m%00", "..", "7Hq2xZk9PwR4m-"];
    for (const code of malformed) {
      for (const [method, path] of [
        ["GET", `/p/${code}`],
        ["GET", `/p/${code}/status`],
        ["GET", `/p/${code}/qr.svg`],
        ["POST", `/p/${code}/go`],
        ["GET", `/r/${code}`],
        ["GET", `/r/${code}-1`],
      ] as const) {
        const response = await call(path, {
          method,
          ...(method === "POST" ? { headers: { "content-type": "application/x-www-form-urlencoded" }, body: "handoff=hosted" } : {}),
        });
        // `/p/..` and `/r/..` are `/` once the URL is read: the gateway's line about itself, not a pay link.
        expect(response.status, path).toBe(new URL(path, ORIGIN).pathname === "/" ? 200 : 404);
        await response.body?.cancel();
      }
      expect(await tablesOf(decodeURIComponent(code.replace("%00", "\u0000")))).toEqual([]);
      expect(await tablesOf(code)).toEqual([]);
    }
  });
});

// =============================================================================================
describe("Another merchant's session ids", () => {
  /** A mer_local session with a webhook event (a declined payment), so redelivery has something to send. */
  async function localSessionWithWebhook() {
    const session = await createSession({ url: { callback_url: receiver(uniquePath("security-redeliver")) } });
    await payInSandbox(session.code, "decline");
    const detail = await sessionDetail(session.id);
    const event = detail.events.find((entry) => entry.type === "session.payment_failed");
    if (!event) throw new Error("no session.payment_failed event");
    return { session, event, before: detail };
  }

  for (const [who, key] of [
    ["mer_other's key", OTHER_KEY],
    ["the live key", LIVE_KEY],
  ] as const) {
    it(`GET, cancel and redeliver with ${who} on mer_local's session: 404 each, nothing leaked, nothing changed`, async () => {
      const { session, event, before } = await localSessionWithWebhook();
      for (const [method, path] of [
        ["GET", `/v1/sessions/${session.id}`],
        ["POST", `/v1/sessions/${session.id}/cancel`],
        ["POST", `/v1/sessions/${session.id}/events/${event.id}/redeliver`],
      ] as const) {
        for (const extra of [{}, { "idempotency-key": `cross-${session.sessionKey}-${method}` }] as Record<string, string>[]) {
          const response = await api(path, { method, key, headers: extra });
          const text = await response.text();
          expect(response.status, `${method} ${path}`).toBe(404);
          checkProblem(response, text, path);
          expect(text).not.toContain("ORDER123");
          expect(text).not.toContain(event.id);
        }
      }
      expect(await sessionDetail(session.id)).toEqual(before);
    });
  }

  it("the owner's own redeliver works (the control: the 404s above are not a missing endpoint)", async () => {
    const { session, event } = await localSessionWithWebhook();
    const response = await api(`/v1/sessions/${session.id}/events/${event.id}/redeliver`, { method: "POST" });
    expect(response.status, await response.clone().text()).toBe(200);
  });

  it("mer_local's key on mer_other's session: 404, nothing changed", async () => {
    const session = await createSession({}, OTHER_KEY);
    expect((await api(`/v1/sessions/${session.id}`)).status).toBe(404);
    expect((await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" })).status).toBe(404);
    expect(((await (await api(`/v1/sessions/${session.id}`, { key: OTHER_KEY })).json()) as { status: string }).status).toBe("open");
  });
});

// =============================================================================================
describe("Cross-merchant idempotency keys", () => {
  const bodyA = sessionBody({ url: { return_url: "http://localhost:3000/return" } });
  const bodyB = sessionBody({ url: { return_url: "https://shop.example/return" } });
  const create = (key: string, body: unknown, idempotencyKey: string) =>
    api("/v1/sessions", { key, body: JSON.stringify(body), headers: { "idempotency-key": idempotencyKey } });

  it("the same key and body from the same merchant replays the first answer (Idempotent-Replayed: true)", async () => {
    const idem = `idem-${crypto.randomUUID()}`;
    const first = await create(LOCAL_KEY, bodyA, idem);
    const firstText = await first.text();
    expect(first.status, firstText).toBe(201);
    const again = await create(LOCAL_KEY, bodyA, idem);
    expect(again.status).toBe(201);
    expect(await again.text()).toBe(firstText);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
  });

  it("the same key with another body: 422 problem naming idempotency-key", async () => {
    const idem = `idem-${crypto.randomUUID()}`;
    expect((await create(LOCAL_KEY, bodyA, idem)).status).toBe(201);
    const other = await create(LOCAL_KEY, sessionBody({ order: { amount: 1, currency: "NOK", merchant_reference: "OTHER" } }), idem);
    const text = await other.text();
    expect(other.status, text).toBe(422);
    const problem = checkProblem(other, text, "mismatch");
    expect(problem.errors?.map((error) => error.field)).toContain("idempotency-key");
    expect(problem.detail).toMatch(/^idempotency-key: /);
  });

  it("merchant B using merchant A's key gets its own fresh session, never A's; B's replay is B's", async () => {
    const idem = `idem-${crypto.randomUUID()}`;
    const a = (await (await create(LOCAL_KEY, bodyA, idem)).json()) as { id: string };
    const b1 = await create(OTHER_KEY, bodyB, idem);
    const b1Text = await b1.text();
    expect(b1.status, b1Text).toBe(201);
    expect(b1.headers.get("idempotent-replayed")).toBeNull();
    expect(b1Text).not.toContain(a.id);
    const b = JSON.parse(b1Text) as { id: string };
    expect(b.id).not.toBe(a.id);
    const b2 = await create(OTHER_KEY, bodyB, idem);
    expect(await b2.text()).toBe(b1Text);
    expect(b2.headers.get("idempotent-replayed")).toBe("true");
    const aAgain = await create(LOCAL_KEY, bodyA, idem);
    expect(((await aAgain.json()) as { id: string }).id).toBe(a.id);
  });

  it("merchant B replaying A's exact request (same key, same bytes) gets B's own answer, not A's session", async () => {
    const idem = `idem-${crypto.randomUUID()}`;
    const a = (await (await create(LOCAL_KEY, bodyA, idem)).json()) as { id: string };
    const b = await create(OTHER_KEY, bodyA, idem);
    const text = await b.text();
    expect(b.status, text).toBe(422); // A's body sends B's customers to localhost, which B may not
    expect(b.headers.get("idempotent-replayed")).toBeNull();
    expect(text).not.toContain(a.id);
  });

  it("a cancel replay never crosses merchants: B's cancel of A's session with A's key is 404, A's replay is A's", async () => {
    const idem = `idem-${crypto.randomUUID()}`;
    const session = await createSession();
    const cancel = (key: string) => api(`/v1/sessions/${session.id}/cancel`, { method: "POST", key, headers: { "idempotency-key": idem } });
    const first = await cancel(LOCAL_KEY);
    const firstText = await first.text();
    expect(first.status, firstText).toBe(200);
    const cross = await cancel(OTHER_KEY);
    const crossText = await cross.text();
    expect(cross.status, crossText).toBe(404);
    expect(cross.headers.get("idempotent-replayed")).toBeNull();
    expect(crossText).not.toContain(session.id);
    const replay = await cancel(LOCAL_KEY);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await replay.text()).toBe(firstText);
  });
});

// =============================================================================================
describe("Keys", () => {
  const keyHash = async (key: string) => {
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key));
    return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  };

  it("the exact key works, with the scheme in any case and any run of spaces (RFC 7235: scheme case-insensitive, 1*SP)", async () => {
    const session = await createSession();
    for (const header of [`Bearer ${LOCAL_KEY}`, `bearer ${LOCAL_KEY}`, `BEARER ${LOCAL_KEY}`, `Bearer  ${LOCAL_KEY}`]) {
      const response = await call(`/v1/sessions/${session.id}`, { headers: { authorization: header } });
      expect(response.status, header).toBe(200);
    }
  });

  it("anything but the exact key is refused: 401 problem+json with WWW-Authenticate", async () => {
    const session = await createSession();
    const hash = await keyHash(LOCAL_KEY);
    const refused = [
      `Bearer ${LOCAL_KEY} junk`,
      `Bearer ${LOCAL_KEY}junk`,
      `Bearer ${LOCAL_KEY};`,
      `Bearer ${LOCAL_KEY},`,
      `Bearer ${LOCAL_KEY.slice(0, -1)}`,
      `Bearer ${LOCAL_KEY.toUpperCase()}`,
      `Bearer sk_test_Local`,
      `Bearer ${hash}`,
      `Bearer sk_test_${hash}`,
      `Bearer 9764d1a16fda9333fdd8773f915805644041c3464b2a45163678f104c6bd6789`,
      `Bearer sk_test_`,
      `Bearer ${LOCAL_KEY} ${LOCAL_KEY}`,
      `Bearer ${OTHER_KEY}, Bearer ${LOCAL_KEY}`,
      `Basic ${btoa(`${LOCAL_KEY}:`)}`,
      `Token ${LOCAL_KEY}`,
      `Bearer=${LOCAL_KEY}`,
      LOCAL_KEY,
      "Bearer",
      "Bearer ",
      "",
    ];
    for (const header of refused) {
      const response = await call(`/v1/sessions/${session.id}`, { headers: { authorization: header } });
      const text = await response.text();
      expect(response.status, JSON.stringify(header)).toBe(401);
      checkProblem(response, text, header);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="paylink"');
    }
    const twoHeaders = new Headers();
    twoHeaders.append("authorization", `Bearer ${OTHER_KEY}`);
    twoHeaders.append("authorization", `Bearer ${LOCAL_KEY}`);
    expect((await call(`/v1/sessions/${session.id}`, { headers: twoHeaders })).status).toBe(401);
  });

  it("a valid key of the other mode (sk_live_local, the live merchant's) is another merchant: 404 on the test session", async () => {
    const session = await createSession();
    for (const key of [LIVE_KEY, `sk_live_${LOCAL_KEY.slice("sk_test_".length)}`]) {
      expect((await api(`/v1/sessions/${session.id}`, { key })).status).toBe(404);
      expect((await api(`/v1/sessions/${session.id}/cancel`, { method: "POST", key })).status).toBe(404);
    }
    expect((await sessionDetail(session.id)).status).toBe("open");
  });
});

// =============================================================================================
describe("Header injection / response splitting", () => {
  const CRLF_REFERENCE = "INV-1\r\nSet-Cookie: pwned=1";
  const CRLF_DESCRIPTION = "Tickets\r\nLocation: https://evil.example";

  async function injectedSession() {
    return api("/v1/sessions", {
      body: sessionBody({
        order: { amount: 29990, currency: "NOK", merchant_reference: CRLF_REFERENCE, description: CRLF_DESCRIPTION },
        url: { return_url: "http://localhost:3000/return" },
        metadata: { note: "a\r\nX-Injected: 1", "x\r\nX-Key: 1": "z" },
      }),
    });
  }

  const expectNoInjectedHeaders = (response: Response) => {
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("x-injected")).toBeNull();
    expect(response.headers.get("x-key")).toBeNull();
    for (const [name, value] of response.headers) expect(`${name}: ${value}`).not.toMatch(/[\r\n]/);
  };

  it("CR/LF in merchant_reference, description and metadata come back JSON-escaped, never as headers", async () => {
    const created = await injectedSession();
    const text = await created.text();
    expect(created.status, text).toBe(201);
    expectNoInjectedHeaders(created);
    expect(created.headers.get("location")).toMatch(/^\/v1\/sessions\/ps_[1-9A-HJ-NP-Za-km-z]{22}$/);
    expect(text).not.toMatch(/[\r\n]/);
    expect(text).toContain("INV-1\\r\\nSet-Cookie: pwned=1");
    const session = JSON.parse(text) as {
      id: string;
      order: { merchant_reference: string; description: string };
      metadata: Record<string, string>;
    };
    expect(session.order).toMatchObject({ merchant_reference: CRLF_REFERENCE, description: CRLF_DESCRIPTION });
    const detail = await api(`/v1/sessions/${session.id}`);
    expectNoInjectedHeaders(detail);
    expect(await detail.text()).not.toMatch(/[\r\n]/);
  });

  it("the /r/ redirect's Location carries them percent-encoded", async () => {
    const session = (await (await injectedSession()).json()) as { id: string; pay_url: string };
    const code = session.pay_url.split("/p/")[1] ?? "";
    const { back } = await payInSandbox(code, "approve");
    expect(back.status).toBe(303);
    expectNoInjectedHeaders(back);
    const target = back.headers.get("location") ?? "";
    expect(target).not.toMatch(/[\r\n]/);
    expect(target).toContain("merchant_reference=INV-1%0D%0ASet-Cookie%3A+pwned%3D1");
    expect(new URL(target).searchParams.get("merchant_reference")).toBe(CRLF_REFERENCE);
    for (const path of [`/p/${code}`, `/p/${code}/status`, `/r/${code}`]) expectNoInjectedHeaders(await call(path));
  });
});

// =============================================================================================
describe("Rate limits", () => {
  it("hammering /v1/device from one address ends in 429 problem+json with Retry-After; other addresses are still served", async () => {
    const address = "198.18.0.77";
    let limited: Response | null = null;
    for (let i = 0; i < 1000 && !limited; i++) {
      const response = await call("/v1/device", { headers: { "cf-connecting-ip": address } });
      if (response.status === 429) limited = response;
      else {
        expect(response.status).toBe(200);
        await response.body?.cancel();
      }
    }
    expect(limited, "no 429 within 1000 requests from one address").not.toBeNull();
    if (!limited) return;
    checkProblem(limited, await limited.text(), "429");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const elsewhere = await call("/v1/device", { headers: { "cf-connecting-ip": "198.51.100.23" } });
    expect(elsewhere.status).toBe(200);
  });
});
