/**
 * The whole flow, as a customer, a provider and a merchant see it: create → pay page → sandbox
 * decision → signed callback → return → merchant redirect → status → signed webhook.
 */
import { describe, expect, it } from "vitest";
import { api, call, createSession, go, ORIGIN, payInSandbox, received, receiver, uniquePath, webhooksAt } from "../helpers";

/** Checks the Paylink-Signature independently: HMAC-SHA256(secret, "<t>.<body>") as hex. */
async function signatureValid(header: string, body: string, secret: string): Promise<boolean> {
  const t = /t=(\d+)/.exec(header)?.[1];
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${t}.${body}`)));
  const hex = Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return header.split(",").includes(`v1=${hex}`) && Math.abs(Date.now() / 1000 - Number(t)) < 300;
}

describe("a customer approves", () => {
  it("pays the session, returns to the merchant, and the merchant gets a signed webhook", async () => {
    const hook = uniquePath("hooks");
    const session = await createSession({ url: { return_url: receiver("/return/ok?cart=9"), callback_url: receiver(hook) } });

    const page = await call(`/p/${session.code}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Local Test Shop");
    expect(html).toContain("NOK\u00a0299.90");
    expect(html).toContain(`<form method="post" action="/p/${session.code}/go">`);

    const { providerUrl, returnUrl, back } = await payInSandbox(session.code, "approve");
    expect(providerUrl).toMatch(new RegExp(`^${ORIGIN}/sandbox/pay/sbx_`));
    const fromProvider = new URL(returnUrl);
    expect(fromProvider.pathname).toBe(`/r/${session.sessionKey}-1`);
    expect(fromProvider.searchParams.get("transaction_id")).toMatch(/^sbx_/);

    expect(back.status).toBe(303);
    const merchant = new URL(back.headers.get("location") ?? "");
    expect(merchant.origin + merchant.pathname).toBe(receiver("/return/ok"));
    expect(Object.fromEntries(merchant.searchParams)).toEqual({
      cart: "9",
      merchant_reference: "ORDER123",
      session_id: session.id,
      transaction_id: fromProvider.searchParams.get("transaction_id"),
    });

    const status = await call(`/p/${session.code}/status`);
    const statusBody = (await status.json()) as Record<string, unknown>;
    expect(Object.keys(statusBody).sort()).toEqual(["attempt", "status", "updated_at"]);
    expect(statusBody.status).toBe("paid");

    const webhooks = await webhooksAt(session.id, hook, 3);
    expect(webhooks.map((sent) => (JSON.parse(sent.body) as { type: string }).type)).toEqual([
      "session.authorized",
      "session.captured",
      "session.paid",
    ]);
    const webhook = webhooks.at(-1);
    expect(webhook?.method).toBe("POST");
    expect(webhook?.headers["content-type"]).toBe("application/json");
    expect(await signatureValid(webhook?.headers["paylink-signature"] ?? "", webhook?.body ?? "", "whsec_local")).toBe(true);
    const event = JSON.parse(webhook?.body ?? "{}");
    expect(event).toMatchObject({
      type: "session.paid",
      data: { id: session.id, status: "paid", transaction_id: merchant.searchParams.get("transaction_id") },
    });
    expect(event.id).toMatch(/^evt_/);
    expect(webhook?.headers["paylink-event-id"]).toBe(event.id);

    const detail = (await (await api(`/v1/sessions/${session.id}`)).json()) as {
      status: string;
      attempts: { status: string }[];
      events: { id: string; type: string; delivery: { state: string; attempts: { status: number }[] } | null }[];
    };
    expect(detail.status).toBe("paid");
    expect(detail.attempts.map((attempt) => attempt.status)).toEqual(["authorized"]);
    expect(detail.events.map((entry) => entry.type)).toEqual([
      "session.created",
      "attempt.started",
      ...["session.authorized", "session.captured", "session.paid"],
    ]);
    const paid = detail.events.find((entry) => entry.type === "session.paid");
    expect(paid?.id).toBe(event.id);
    expect(paid?.delivery).toMatchObject({ state: "delivered", attempts: [{ status: 200 }] });
  });

  it("shows the gateway's own result page when the merchant gave no return URL", async () => {
    const session = await createSession();
    const { back } = await payInSandbox(session.code, "approve");
    expect(back.status).toBe(200);
    expect(await back.text()).toContain("Payment complete");
  });

  it("counts the payment once however often the return and callback come", async () => {
    const hook = uniquePath("hooks");
    const session = await createSession({ url: { callback_url: receiver(hook) } });
    const { returnUrl } = await payInSandbox(session.code, "approve");
    for (let i = 0; i < 3; i++) await call(returnUrl.replace(ORIGIN, ""));
    await call(`/r/${session.sessionKey}`);
    const detail = (await (await api(`/v1/sessions/${session.id}`)).json()) as { events: { type: string }[] };
    expect(detail.events.filter((entry) => entry.type === "session.paid")).toHaveLength(1);
    await webhooksAt(session.id, hook, 3);
    expect((await received(hook)).map((webhook) => (JSON.parse(webhook.body) as { type: string }).type)).toEqual([
      "session.authorized",
      "session.captured",
      "session.paid",
    ]);
  });

  it("sends the paid page's way back through the gateway to the merchant", async () => {
    const session = await createSession({ url: { return_url: receiver("/return/again") } });
    await payInSandbox(session.code, "approve");
    const page = await (await call(`/p/${session.code}`)).text();
    expect(page).toContain(`href="/r/${session.sessionKey}"`);
    const back = await call(`/r/${session.sessionKey}`);
    expect(back.status).toBe(303);
    expect(new URL(back.headers.get("location") ?? "").searchParams.get("transaction_id")).toMatch(/^sbx_/);
  });
});

describe("a customer declines or cancels", () => {
  it.each([
    ["decline", "failed"],
    ["cancel", "cancelled"],
  ] as const)("%s: the merchant hears error=%s, the session stays open, and the link still works", async (decision, error) => {
    const hook = uniquePath("hooks");
    const session = await createSession({ url: { return_url: receiver("/return/no"), callback_url: receiver(hook) } });
    const first = await payInSandbox(session.code, decision);
    const merchant = new URL(first.back.headers.get("location") ?? "");
    expect(merchant.searchParams.get("error")).toBe(error);
    expect(merchant.searchParams.has("transaction_id")).toBe(false);
    expect(merchant.searchParams.get("merchant_reference")).toBe("ORDER123");

    expect(await (await call(`/p/${session.code}/status`)).json()).toMatchObject({ status: "open" });
    const [webhook] = await webhooksAt(session.id, hook);
    expect(JSON.parse(webhook?.body ?? "{}")).toMatchObject({ type: "session.payment_failed", data: { status: "open" } });

    const second = await payInSandbox(session.code, "approve");
    expect(second.providerUrl).not.toBe(first.providerUrl);
    expect(new URL(second.returnUrl).pathname).toBe(`/r/${session.sessionKey}-2`);
    expect(await (await call(`/p/${session.code}/status`)).json()).toMatchObject({ status: "paid" });
  });

  it("shows a try-again page without a merchant return URL", async () => {
    const session = await createSession();
    const { back } = await payInSandbox(session.code, "decline");
    const page = await back.text();
    expect(page).toContain("Payment not completed");
    expect(page).toContain(`href="/p/${session.code}"`);
  });
});

describe("attempts", () => {
  it("reuses the live attempt when the link is opened again", async () => {
    const session = await createSession();
    const first = await go(session.code);
    const again = await go(session.code);
    expect(again.headers.get("location")).toBe(first.headers.get("location"));
  });

  it("starts one attempt for many concurrent opens", async () => {
    const session = await createSession();
    const opens = await Promise.all(Array.from({ length: 10 }, () => go(session.code)));
    expect(new Set(opens.map((open) => open.headers.get("location"))).size).toBe(1);
    const detail = (await (await api(`/v1/sessions/${session.id}`)).json()) as { attempts: unknown[] };
    expect(detail.attempts).toHaveLength(1);
  });

  it("does not believe a return's query parameters: only the provider's state", async () => {
    const session = await createSession({ url: { return_url: receiver("/return/forged") } });
    await go(session.code);
    const forged = await call(`/r/${session.sessionKey}-1?transaction_id=sbx_fake&merchant_reference=${session.sessionKey}-1`);
    expect(forged.status).toBe(303);
    expect(forged.headers.get("location")).toBe(`/p/${session.code}`);
    expect(await (await call(`/p/${session.code}/status`)).json()).toMatchObject({ status: "open" });
  });
});
