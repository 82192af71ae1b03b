/**
 * What a Vipps MobilePay session is refused at creation, before any payment is tried: a currency
 * that is not its sales unit's (the gateway-wide one of the tests is Norwegian, NOK: the fake Vipps
 * would refuse DKK and EUR at the tap, see providers/vipps.test.ts), and an amount over ePayment's
 * 65,000,000 minor units. Each is a 422 naming the field, and no session is made.
 */
import { describe, expect, it } from "vitest";
import { VIPPS_MAX_AMOUNT } from "../../../src/schemas/limits";
import { api, sessionBody } from "../helpers";

async function create(order: Record<string, unknown>) {
  const reference = `TERMS-${crypto.randomUUID()}`;
  const response = await api("/v1/sessions", {
    body: sessionBody({ provider: "vipps", order: { amount: 10_000, currency: "NOK", merchant_reference: reference, ...order } }),
  });
  return { response, body: (await response.json()) as { errors?: { field: string; detail: string }[] } };
}

describe("a Vipps session at creation", () => {
  it.each([
    ["DKK", "mobilepay"],
    ["EUR", "mobilepay"],
  ])("in %s, for a Norwegian sales unit, is refused naming order.currency", async (currency) => {
    const { response, body } = await create({ currency });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(body.errors).toEqual([expect.objectContaining({ field: "order.currency", detail: expect.stringContaining("only NOK") })]);
  });

  it("in NOK is made", async () => {
    expect((await create({ currency: "NOK" })).response.status).toBe(201);
  });

  it.each([
    [VIPPS_MAX_AMOUNT, 201],
    [VIPPS_MAX_AMOUNT + 1, 422],
  ])("of %d minor units answers %d", async (amount, status) => {
    const { response, body } = await create({ amount });
    expect(response.status).toBe(status);
    if (status === 422) expect(body.errors?.map((error) => error.field)).toEqual(["order.amount"]);
  });
});
