/** The result page's decisions, by table: what it says for each return state, and a receipt escaped, in the person's language. */
import { describe, expect, it } from "vitest";
import type { ReturnState } from "../../../src/domain/merchant-return";
import { wordsFor } from "../../../src/i18n/words";
import { type Outcome, outcomeOf, resultPage } from "../../../src/pages/result-page";

const STATE: ReturnState = { session_id: "ps_x", status: "open", merchant_reference: "ORDER123", transaction_id: null, attempt: null };

describe("outcomeOf", () => {
  it.each<[Partial<ReturnState>, Outcome]>([
    [{ status: "paid", attempt: "authorized", transaction_id: "sbx_1" }, "paid"],
    [{ status: "cancelled", attempt: null }, "cancelled_by_shop"],
    [{ status: "cancelled", attempt: "cancelled" }, "cancelled_by_shop"],
    [{ status: "open", attempt: "cancelled" }, "cancelled_by_you"],
    [{ status: "open", attempt: "failed" }, "not_completed"],
    [{ status: "open", attempt: "expired" }, "not_completed"],
    [{ status: "open", attempt: null }, "not_completed"],
    [{ status: "expired", attempt: "cancelled" }, "expired"],
    [{ status: "expired", attempt: null }, "expired"],
  ])("%o reads as %s", (change, outcome) => {
    expect(outcomeOf({ ...STATE, ...change })).toBe(outcome);
  });
});

describe("resultPage", () => {
  const hostile = `<i>"&'</i>`;
  const escaped = "&lt;i&gt;&quot;&amp;&#39;&lt;/i&gt;";
  const paid = {
    words: wordsFor("en"),
    session: { shop: { name: `S${hostile}` }, testMode: false },
    code: "7Hq2xZk9PwR4mB",
    state: { ...STATE, status: "paid", merchant_reference: `R${hostile}`, transaction_id: `T${hostile}`, attempt: "authorized" },
    amount: 125000,
    currency: "DKK",
    paidAt: Date.UTC(2026, 10, 30, 14, 5),
  } as const;

  it("shows every receipt field, escaped, and no raw markup from them", async () => {
    const page = await (await resultPage(paid)).text();
    expect(page).not.toContain(hostile);
    expect(page).toContain(`<p class="who">S${escaped}</p>`);
    expect(page).toContain("DKK\u00a01,250.00");
    expect(page).toContain(`Order reference: R${escaped}<br>Time: 30 Nov 2026, 15:05 CET<br>Transaction ID: T${escaped}`);
    expect(page).toContain(`Payment page run by paylink for S${escaped}`);
  });

  it("leaves out a time it does not know, and shows no receipt for a payment not made", async () => {
    const untimed = await (await resultPage({ ...paid, paidAt: null })).text();
    expect(untimed).toContain(`Order reference: R${escaped}<br>Transaction ID: T${escaped}`);
    const open = await (await resultPage({ ...paid, state: { ...STATE, merchant_reference: "ORDER123" } })).text();
    expect(open).not.toContain("ORDER123");
    expect(open).not.toContain("Transaction ID");
  });

  it.each([
    [true, true],
    [false, false],
  ] as const)("a session in test mode (%s) has the TEST badge: %s", async (testMode, badge) => {
    const page = await (await resultPage({ ...paid, session: { ...paid.session, testMode } })).text();
    expect(page.includes('<header class="test">TEST · no real money</header>')).toBe(badge);
  });

  it("is a receipt in the person's language: Danish amount, date and labels", async () => {
    const page = await (await resultPage({ ...paid, words: wordsFor("da") })).text();
    expect(page).toContain('<html lang="da">');
    expect(page).toContain("1.250,00\u00a0kr.");
    expect(page).toContain(`Ordrereference: R${escaped}`);
    expect(page).toMatch(/30\. nov\. 2026.*15\.05/);
  });
});
