/**
 * A session without a description: the merchant's reference is the merchant's own (an order number,
 * perhaps a customer number), so it is neither shown to the customer nor sent to the provider as
 * the payment's description. The merchant's name stands in.
 */
import { describe, expect, inject, it } from "vitest";
import { fakeDintero } from "../../node/fakes/dintero-control";
import { vippsControl } from "../../node/fakes/vipps-control";
import { call, createSession, go, location } from "../helpers";

const REFERENCE = "CUST-4417-ORDER-99";
const order = { amount: 29990, currency: "NOK", merchant_reference: REFERENCE };
const vipps = vippsControl(`http://127.0.0.1:${inject("fakeVippsPort")}`);
const dintero = fakeDintero(inject("fakeDinteroPort"));

describe("a session without a description", () => {
  it("Vipps gets the merchant's name as paymentDescription, not the reference", async () => {
    const session = await createSession({ provider: "vipps", order });
    expect((await go(session.code)).status).toBe(303);
    const [create] = await vipps.requests({ path: "/epayment/v1/payments", match: `${session.sessionKey}-1` });
    const body = JSON.parse(create?.body ?? "{}") as { paymentDescription?: string };
    expect(body.paymentDescription).toBe("Local Test Shop");
  });

  it("Dintero's order line carries the merchant's name, not the reference", async () => {
    const session = await createSession({ provider: "dintero", order });
    expect((await go(session.code)).status).toBe(303);
    const [at] = await dintero.sessions(`${session.sessionKey}-1`);
    expect(JSON.stringify(at?.request)).not.toContain(REFERENCE);
    expect(at?.request.order.items).toEqual([{ line_id: "1", description: "Local Test Shop", quantity: 1, amount: 29990 }]);
  });

  it("the pay page and the sandbox's page do not show the reference", async () => {
    const session = await createSession({ order });
    expect(await (await call(`/p/${session.code}`)).text()).not.toContain(REFERENCE);
    const sandbox = await call(location(await go(session.code)));
    expect(sandbox.status).toBe(200);
    expect(await sandbox.text()).not.toContain(REFERENCE);
  });
});
