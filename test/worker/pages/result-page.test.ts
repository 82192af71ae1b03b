/** The result page's decisions, by table: what it says for each return state, the time's format, and a receipt escaped. */
import { describe, expect, it } from "vitest";
import type { ReturnState } from "../../../src/domain/merchant-return";
import { formatTime, type Outcome, outcomeOf, resultPage } from "../../../src/pages/result-page";

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

describe("formatTime", () => {
  it.each([
    [Date.UTC(2026, 10, 30, 14, 5), "30 Nov 2026, 14:05 UTC"],
    [Date.UTC(2027, 0, 1, 0, 0, 59), "1 Jan 2027, 00:00 UTC"],
    [Date.UTC(2026, 8, 9, 23, 59), "9 Sep 2026, 23:59 UTC"],
  ])("%d is %s", (at, text) => {
    expect(formatTime(at)).toBe(text);
  });
});

describe("resultPage", () => {
  const hostile = `<i>"&'</i>`;
  const escaped = "&lt;i&gt;&quot;&amp;&#39;&lt;/i&gt;";
  const paid = {
    code: "7Hq2xZk9PwR4mB",
    state: { ...STATE, status: "paid", merchant_reference: `R${hostile}`, transaction_id: `T${hostile}`, attempt: "authorized" },
    merchantName: `S${hostile}`,
    amount: 125000,
    currency: "DKK",
    mode: "live",
    paidAt: Date.UTC(2026, 10, 30, 14, 5),
  } as const;

  it("shows every receipt field, escaped, and no raw markup from them", async () => {
    const page = await (await resultPage(paid)).text();
    expect(page).not.toContain(hostile);
    expect(page).toContain(`<p class="who">S${escaped}</p>`);
    expect(page).toContain("1.250,00\u00a0kr.");
    expect(page).toContain(`Order reference: R${escaped}<br>Time: 30 Nov 2026, 14:05 UTC<br>Transaction ID: T${escaped}`);
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
    ["test", true],
    ["live", false],
  ] as const)("a %s session's page has the TEST badge: %s", async (mode, badge) => {
    const page = await (await resultPage({ ...paid, mode })).text();
    expect(page.includes('<div class="test">TEST</div>')).toBe(badge);
  });
});
