/**
 * Payment links, payer side: two payers through the sandbox on one link (each their own session,
 * webhooks that carry the link, counts), open amounts within their bounds, closed links (sold out,
 * deactivated, expired) that start nothing, and scanners that count and create nothing.
 */
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  api,
  call,
  createLink,
  decideAt,
  eventually,
  IPHONE_SAFARI,
  linkDetail,
  location,
  payOnLink,
  received,
  receiver,
  runAlarm,
  sessionDetail,
  tapLink,
  uniquePath,
} from "../helpers";

const PREVIEWER = "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)";

/** Waits until the link counts `paid` payments: the sessions' notices are sent by their alarms. */
async function countsWhenPaid(linkId: string, sessions: string[], paid: number) {
  return eventually(async () => {
    for (const id of sessions) await runAlarm(id);
    const link = await linkDetail(linkId);
    return link.counts.paid >= paid ? link.counts : undefined;
  });
}

describe("a payment link with a fixed amount", () => {
  it("takes two payers, each in a session of their own, tells the merchant the link in every webhook, and counts them", async () => {
    const path = uniquePath("links");
    const link = await createLink({ url: { callback_url: receiver(path), return_url: "http://localhost:9/thanks" } });
    for (let i = 0; i < 3; i++) {
      const page = await call(`/l/${link.code}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`action="/l/${link.code}"`);
    }
    const first = await payOnLink(link.code);
    // The payer who comes back gets the link's fresh page, not their payment.
    const back = await call(`/l/${link.code}`);
    expect(back.status).toBe(200);
    expect(await back.text()).toContain(`action="/l/${link.code}"`);
    const second = await payOnLink(link.code);
    expect(second).not.toBe(first);
    const sessions = await Promise.all([sessionDetail(first), sessionDetail(second)]);
    expect(sessions.map((session) => session.order.merchant_reference)).toEqual(["CAFE-1", "CAFE-2"]);
    for (const session of sessions) {
      expect(session).toMatchObject({ link_id: link.id, order: { amount: 5000 } });
      expect(["authorized", "paid"]).toContain(session.status);
    }
    expect(await countsWhenPaid(link.id, [first, second], 2)).toEqual({ opened: 4, sessions_started: 2, paid: 2, amount_paid: 10000 });
    const hooks = await eventually(async () => {
      await runAlarm(first);
      await runAlarm(second);
      const got = (await received(path)).map((hook) => JSON.parse(hook.body) as { type: string; data: { id: string; link_id: string } });
      return new Set(got.map((hook) => hook.data.id)).size >= 2 ? got : undefined;
    });
    expect(new Set(hooks.map((hook) => hook.data.link_id))).toEqual(new Set([link.id]));
    expect(new Set(hooks.map((hook) => hook.data.id))).toEqual(new Set([first, second]));
    // The notices are told once each: alarms run again count nothing more.
    await runAlarm(first);
    expect((await linkDetail(link.id)).counts.paid).toBe(2);
  });

  it("counts a payer who gives up: started, not paid", async () => {
    const link = await createLink();
    const tapped = await tapLink(link.code);
    expect(tapped.status).toBe(303);
    await decideAt(location(tapped), "cancel");
    expect((await linkDetail(link.id)).counts).toMatchObject({ sessions_started: 1, paid: 0 });
  });
});

describe("a payment link with an open amount", () => {
  it.each([
    [undefined, "Enter an amount."],
    ["", "Enter an amount."],
    ["abc", "Enter the amount in digits"],
    ["9,99", "The amount must be at least"],
    ["500,01", "The amount can be at most"],
    ["1".repeat(40), "Enter the amount in digits"],
  ])("answers %j with the page again (422), saying %j, and starts nothing", async (typed, problem) => {
    const link = await createLink({ amount: null, min_amount: 1000, max_amount: 50000 });
    const answer = await tapLink(link.code, typed);
    expect(answer.status).toBe(422);
    const page = await answer.text();
    expect(page).toContain(problem);
    expect(page).toContain('aria-invalid="true"');
    expect((await linkDetail(link.id)).counts.sessions_started).toBe(0);
  });

  it.each([
    ["10", 1000],
    ["25,50", 2550],
    ["500.00", 50000],
    ["kr 100", 10000],
  ])("charges %j typed as %i minor units", async (typed, amount) => {
    const link = await createLink({ amount: null, min_amount: 1000, max_amount: 50000 });
    const id = await payOnLink(link.code, typed);
    expect((await sessionDetail(id)).order.amount).toBe(amount);
    expect(await countsWhenPaid(link.id, [id], 1)).toMatchObject({ paid: 1, amount_paid: amount });
  });
});

/** Sets a stored link's column, as time or the merchant would have. */
async function setLinkColumn(linkId: string, column: string, value: number) {
  await runInDurableObject(env.LINKS.get(env.LINKS.idFromName(linkId)), (_, state) => {
    state.storage.sql.exec(`UPDATE link SET ${column} = ?`, value);
  });
}

describe("a closed payment link", () => {
  async function startsNothing(code: string, linkId: string, title: string) {
    const page = await call(`/l/${code}`);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain(title);
    const tapped = await tapLink(code);
    expect(tapped.status).toBe(410);
    return (await linkDetail(linkId)).counts.sessions_started;
  }

  it("deactivated: shows its closed page and starts nothing, until activated again", async () => {
    const link = await createLink();
    await api(`/v1/links/${link.id}/deactivate`, { method: "POST" });
    expect(await startsNothing(link.code, link.id, "This payment link is no longer active")).toBe(0);
    await api(`/v1/links/${link.id}/activate`, { method: "POST" });
    expect((await tapLink(link.code)).status).toBe(303);
  });

  it("expired: shows its closed page and starts nothing", async () => {
    const link = await createLink({ expires_at: new Date(Date.now() + 3_600_000).toISOString() });
    await setLinkColumn(link.id, "expires_at", Date.now() - 1);
    expect(await startsNothing(link.code, link.id, "This payment link has expired")).toBe(0);
  });

  it("sold out: once max_payments are paid, shows its closed page and starts nothing", async () => {
    const link = await createLink({ max_payments: 1 });
    const id = await payOnLink(link.code);
    await countsWhenPaid(link.id, [id], 1);
    expect(await startsNothing(link.code, link.id, "This payment link has reached its limit")).toBe(1);
  });

  it("unknown: the not-found page", async () => {
    expect((await call("/l/4RtY7uKp2Wq9Zx")).status).toBe(404);
    expect((await call("/l/not-a-code")).status).toBe(404);
    expect((await tapLink("4RtY7uKp2Wq9Zx")).status).toBe(404);
  });
});

describe("scanners and link previewers", () => {
  it("get the page, are not counted as opened, and their POST starts nothing", async () => {
    const link = await createLink();
    const page = await call(`/l/${link.code}`, { headers: { "user-agent": PREVIEWER } });
    expect(page.status).toBe(200);
    const tapped = await tapLink(link.code, undefined, PREVIEWER);
    expect(tapped.status).toBe(303);
    expect(tapped.headers.get("location")).toBe(`/l/${link.code}`);
    expect((await linkDetail(link.id)).counts).toEqual({ opened: 0, sessions_started: 0, paid: 0, amount_paid: 0 });
  });
});

describe("counting people who open a link", () => {
  it("counts a person once, not again when they pick a language on the page's switch", async () => {
    const link = await createLink();
    const asPerson = { headers: { "user-agent": IPHONE_SAFARI } };
    expect((await call(`/l/${link.code}`, asPerson)).status).toBe(200);
    const switched = await call(`/l/${link.code}?lang=fi`, asPerson);
    expect(switched.status).toBe(200);
    expect(await switched.text()).toContain('<html lang="fi">');
    expect((await linkDetail(link.id)).counts.opened).toBe(1);
  });
});

describe("a payment link's page", () => {
  it.each([
    ["NOK", "<main>"],
    ["DKK", '<main class="mp">'],
  ] as const)("in %s wears its app's brand (%s)", async (currency, main) => {
    const link = await createLink({ currency });
    const page = await (await call(`/l/${link.code}`)).text();
    expect(page).toContain(main);
  });
});

describe("one page, one payment: a double tap or a form sent again", () => {
  /** The page's form as a browser sends it, with the page's own tap. */
  const tapWith = (code: string, tap: string, amount?: string) =>
    call(`/l/${code}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": IPHONE_SAFARI },
      body: `tap=${tap}${amount === undefined ? "" : `&amount=${encodeURIComponent(amount)}`}`,
    });
  const tapOf = async (code: string) => {
    const page = await (await call(`/l/${code}`, { headers: { "user-agent": IPHONE_SAFARI } })).text();
    const tap = /name="tap" value="([^"]+)"/.exec(page)?.[1];
    expect(tap, page).toBeTruthy();
    return tap ?? "";
  };

  it("gives each page a tap of its own", async () => {
    const link = await createLink();
    expect(await tapOf(link.code)).not.toBe(await tapOf(link.code));
  });

  it("starts one session for a double tap (the form sent twice at once), and sends both to it", async () => {
    const link = await createLink();
    const tap = await tapOf(link.code);
    const [first, second] = await Promise.all([tapWith(link.code, tap), tapWith(link.code, tap)]);
    expect([first.status, second.status]).toEqual([303, 303]);
    expect(location(second)).toBe(location(first));
    expect((await linkDetail(link.id)).counts.sessions_started).toBe(1);
  });

  it("goes on with the same session when the page's form is sent again later (back, then Continue)", async () => {
    const link = await createLink();
    const tap = await tapOf(link.code);
    const first = location(await tapWith(link.code, tap));
    expect(location(await tapWith(link.code, tap))).toBe(first);
    expect((await linkDetail(link.id)).counts.sessions_started).toBe(1);
  });

  it("starts a new session when the page's form comes again with another amount, and goes on with that one after", async () => {
    const link = await createLink({ amount: null, min_amount: 100 });
    const tap = await tapOf(link.code);
    const first = location(await tapWith(link.code, tap, "10"));
    const changed = location(await tapWith(link.code, tap, "20"));
    expect(changed).not.toBe(first);
    expect(location(await tapWith(link.code, tap, "20"))).toBe(changed);
    expect((await linkDetail(link.id)).counts.sessions_started).toBe(2);
  });

  it("still starts a session for a form without a tap, and a new one for each page", async () => {
    const link = await createLink();
    expect((await tapLink(link.code)).status).toBe(303);
    expect((await tapWith(link.code, await tapOf(link.code))).status).toBe(303);
    expect((await linkDetail(link.id)).counts.sessions_started).toBe(2);
  });
});
