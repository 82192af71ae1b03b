/**
 * The gateway's own result page, after a return without a merchant return URL: a receipt when
 * paid, the two cancellations told apart, who runs the page, and a TEST badge on a test session's.
 */
import { describe, expect, it } from "vitest";
import { api, call, createSession, go, payInSandbox, sessionDetail } from "../helpers";

const BADGE = '<header class="test">TEST · no real money</header>';

describe("a paid session's result page is a receipt", () => {
  it("shows merchant, amount, order reference, time and transaction id, escaped", async () => {
    const reference = `<b>"R&1'</b>`;
    const session = await createSession({ order: { amount: 29990, currency: "NOK", merchant_reference: reference } });
    const { back } = await payInSandbox(session.code, "approve");
    const page = await back.text();
    const detail = await sessionDetail(session.id);
    const authorized = detail.events.find((event) => event.type === "session.authorized");
    const at = new Date(authorized?.created_at ?? "");
    const oslo = { timeZone: "Europe/Oslo" } as const;
    const date = at.toLocaleDateString("en-GB", { ...oslo, day: "numeric", month: "short", year: "numeric" });
    const clock = at.toLocaleTimeString("en-GB", { ...oslo, hour: "2-digit", minute: "2-digit" });

    expect(page).toContain("<h1>Payment complete</h1>");
    expect(page).toContain("Local Test Shop");
    expect(page).toContain("NOK\u00a0299.90");
    expect(page).toContain("&lt;b&gt;&quot;R&amp;1&#39;&lt;/b&gt;");
    expect(page).not.toContain(reference);
    expect(detail.transaction_id).toMatch(/^sbx_/);
    expect(page).toContain(`Transaction ID: ${detail.transaction_id}`);
    // In the time zone of the shop's country (NOK: Norway), named.
    expect(page).toMatch(new RegExp(`Time: ${date}, ${clock} (CET|CEST)<br>`));
  });
});

describe("the two cancellations read differently", () => {
  it("the merchant cancelled the session: cancelled by the shop, and no way to try again", async () => {
    const session = await createSession();
    await go(session.code);
    await api(`/v1/sessions/${session.id}/cancel`, { method: "POST" });
    const page = await (await call(`/r/${session.sessionKey}`)).text();
    expect(page).toContain("<h1>Cancelled by the shop</h1>");
    expect(page).not.toContain("You cancelled");
    expect(page).not.toContain(`href="/p/${session.code}"`);
  });

  it("the customer cancelled at the provider: you cancelled, and the link still works", async () => {
    const session = await createSession();
    const { back } = await payInSandbox(session.code, "cancel");
    const page = await back.text();
    expect(page).toContain("<h1>You cancelled the payment</h1>");
    expect(page).not.toContain("by the shop");
    expect(page).toContain(`href="/p/${session.code}"`);
  });
});

describe("who runs the page, and test mode", () => {
  it("a test session's result page carries the TEST badge and names the merchant it runs for", async () => {
    const session = await createSession();
    const page = await (await call(`/r/${session.sessionKey}`)).text();
    expect(page).toContain("<h1>Payment not completed</h1>");
    expect(page).toContain(BADGE);
    expect(page).toContain("Payment page run by paylink for Local Test Shop");
  });

  it("a live session's result page has no TEST badge", async () => {
    const session = await createSession({}, "sk_live_local");
    const page = await (await call(`/r/${session.sessionKey}`)).text();
    expect(page).toContain("<h1>Payment not completed</h1>");
    expect(page).not.toContain(BADGE);
    expect(page).toContain("Payment page run by paylink for Live Shop");
  });
});
