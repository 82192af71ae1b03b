/**
 * The sandbox's "approve, then lose the way back": the payment is approved at the sandbox (with its
 * money), but the phone dies before anything reaches the gateway: no callback, no return. The
 * gateway learns of the payment only when something reads the sandbox.
 */
import { describe, expect, it } from "vitest";
import { sequelOf } from "../../../src/sandbox/sandbox-sequel";
import {
  approveSilentlyInSandbox,
  call,
  createSession,
  go,
  location,
  ORIGIN,
  payStatus,
  received,
  receiver,
  sandboxStub,
  sessionDetail,
  uniquePath,
} from "../helpers";

describe("approve, then lose the way back", () => {
  it("authorizes the payment at the sandbox and tells the gateway nothing, until the gateway reads it", async () => {
    const hook = uniquePath("silent");
    const session = await createSession({ url: { return_url: receiver("/return/silent"), callback_url: receiver(hook) } });
    const { providerUrl, page } = await approveSilentlyInSandbox(session.code);

    expect(page.status).toBe(200);
    expect(page.headers.get("location")).toBeNull();
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const text = await page.text();
    expect(text).toContain("The phone died on the way back");
    expect(text).toContain("The gateway has not been told");
    expect(text).not.toContain(`/r/${session.sessionKey}`);
    expect(text).not.toContain("/return/silent");

    const sandboxId = new URL(providerUrl).pathname.split("/").at(-1) ?? "";
    expect(await sandboxStub(sandboxId).get()).toMatchObject({
      status: "AUTHORIZED",
      money: { authorized: 29990, captured: 0, refunded: 0 },
    });

    const detail = await sessionDetail(session.id);
    expect(detail.status).toBe("open");
    expect(detail.attempts.map((attempt) => attempt.status)).toEqual(["pending"]);
    expect(detail.events.map((event) => event.type)).toEqual(["session.created", "attempt.started"]);
    expect(await payStatus(session.code)).toMatchObject({ status: "open", attempt: "pending" });
    expect(await received(hook)).toEqual([]);

    // The return the phone never made: the gateway reads the sandbox and finds the payment.
    const back = await call(`/r/${session.sessionKey}-1`);
    expect(back.status).toBe(303);
    expect(new URL(back.headers.get("location") ?? "", ORIGIN).searchParams.get("transaction_id")).toBe(sandboxId);
    expect(await payStatus(session.code)).toMatchObject({ status: "paid", attempt: "authorized" });
  });

  it("answers a second post of the form with the payment as it stands, still telling the gateway nothing", async () => {
    const session = await createSession();
    const { providerUrl } = await approveSilentlyInSandbox(session.code);
    const post = (decision: string) =>
      call(new URL(providerUrl).pathname, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: `decision=${decision}`,
      });
    const again = await post("approve_silently");
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("This test payment is authorized");
    expect((await sessionDetail(session.id)).status).toBe("open");
    // Any other choice on a decided payment takes the way back, as before: the gateway is told.
    expect((await post("decline")).status).toBe(303);
    expect((await sessionDetail(session.id)).status).toBe("paid");
  });

  it("is offered on the sandbox page as a fourth button of the same form", async () => {
    const session = await createSession();
    const page = await (await call(new URL(location(await go(session.code))).pathname)).text();
    expect(page).toMatch(
      /<button class="btn alt" name="decision" value="approve_silently">Approve, then lose the way back \(test\)<\/button><\/form>/,
    );
  });
});

describe("what follows a decision on the sandbox page", () => {
  it.each([
    ["approve", true, "way-back"],
    ["approve", false, "way-back"],
    ["decline", true, "way-back"],
    ["decline", false, "way-back"],
    ["cancel", true, "way-back"],
    ["cancel", false, "way-back"],
    ["approve_silently", true, "lost"],
    ["approve_silently", false, "as-it-stands"],
  ] as const)("%s, taken %s: %s", (decision, taken, sequel) => {
    expect(sequelOf(decision, taken)).toBe(sequel);
  });
});
