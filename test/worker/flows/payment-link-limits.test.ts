/**
 * A payment link's counts under pressure: many payers tapping at once on a link with
 * `max_payments` while others pay, and a link that cannot be told for a while. The limit is never
 * exceeded by more than the payments in flight when it was reached, and every paid session counts
 * exactly once.
 */
import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { expect, it } from "vitest";
import type { LinkSessionRow } from "../../../src/storage/link-store";
import { api, createLink, decideAt, eventually, linkDetail, location, runAlarm, sessionStub, tapLink } from "../helpers";

/** A payer taps; the sandbox page they are sent to, or the status they got instead. */
async function tap(code: string): Promise<string | number> {
  const tapped = await tapLink(code);
  return tapped.status === 303 ? location(tapped) : tapped.status;
}

/** The payer on `providerUrl` approves and comes back; their session's alarm sends its notice. */
async function approve(providerUrl: string): Promise<string> {
  const id = await decideAt(providerUrl);
  await runAlarm(id);
  return id;
}

function linkStub(linkId: string) {
  return env.LINKS.get(env.LINKS.idFromName(linkId));
}

async function linkSessions(linkId: string): Promise<LinkSessionRow[]> {
  return runInDurableObject(
    linkStub(linkId),
    (_, state) => state.storage.sql.exec("SELECT * FROM sessions ORDER BY n").toArray() as unknown as LinkSessionRow[],
  );
}

/** `count` payers tap one after another, a few ms apart. */
async function tapsSpread(code: string, count: number): Promise<(string | number)[]> {
  const results: (string | number)[] = [];
  for (let i = 0; i < count; i++) {
    results.push(await tap(code));
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  return results;
}

const started = (taps: (string | number)[]) => taps.filter((result): result is string => typeof result === "string");

it("starts no payment once max_payments are paid; the payments in flight then complete and count, and no more", async () => {
  const MAX = 3;
  const link = await createLink({ max_payments: MAX });
  // Eight payers tap at once: none is paid yet, so all start.
  const first = await Promise.all(Array.from({ length: 8 }, () => tap(link.code)));
  expect(started(first)).toHaveLength(8);
  // Four of them pay while eight more tap one after another meanwhile: those before the limit is reached start, the later ones not.
  const [, second] = await Promise.all([Promise.all(started(first).slice(0, 4).map(approve)), tapsSpread(link.code, 8)]);
  for (const result of second) if (typeof result !== "string") expect(result).toBe(410);
  await eventually(async () => ((await linkDetail(link.id)).counts.paid >= MAX ? true : undefined));
  // Once it is reached, every tap is refused.
  const third = await Promise.all(Array.from({ length: 6 }, () => tap(link.code)));
  expect(third).toEqual(Array(6).fill(410));
  // Every payment in flight completes.
  const inFlight = [...started(first).slice(4), ...started(second)];
  await Promise.all(inFlight.map(approve));
  const rows = await linkSessions(link.id);
  const counts = (await linkDetail(link.id)).counts;
  expect(counts.sessions_started).toBe(rows.length);
  expect(counts.paid).toBe(rows.length);
  expect(rows.every((row) => row.state === "paid")).toBe(true);
  // The limit was reached when the MAX-th payment was counted: every session had started by then, so
  // the paid count exceeds the limit by at most the payments in flight at that moment (started, not among the MAX).
  const reachedAt = rows.map((row) => row.settled_at ?? Number.POSITIVE_INFINITY).sort((a, b) => a - b)[MAX - 1] ?? 0;
  const inFlightThen = rows.filter((row) => row.started_at <= reachedAt).length - MAX;
  expect(rows.every((row) => row.started_at <= reachedAt)).toBe(true);
  expect(counts.paid).toBeLessThanOrEqual(MAX + inFlightThen);
});

it("tells the link of a payment even when the link cannot be reached for a while: retried until acknowledged, counted once", async () => {
  const link = await createLink();
  const providerUrl = await tap(link.code);
  expect(typeof providerUrl).toBe("string");
  // The link's object fails every call for now (its table is out of the way).
  await runInDurableObject(linkStub(link.id), (_, state) => state.storage.sql.exec("ALTER TABLE sessions RENAME TO sessions_away"));
  const sessionId = await decideAt(String(providerUrl));
  await runAlarm(sessionId);
  const notice = await runInDurableObject(sessionStub(sessionId), (_, state) => state.storage.sql.exec("SELECT * FROM link_notice").one());
  expect(notice).toMatchObject({ outcome: "paid" });
  expect(Number(notice.tries)).toBeGreaterThanOrEqual(1);
  expect(notice.next_try_at).not.toBeNull();
  await runInDurableObject(linkStub(link.id), (_, state) => state.storage.sql.exec("ALTER TABLE sessions_away RENAME TO sessions"));
  expect((await linkDetail(link.id)).counts.paid).toBe(0);
  // The next try (the alarm's, after its backoff) is acknowledged, and counts once.
  const counts = await eventually(async () => {
    await runAlarm(sessionId);
    const now = (await linkDetail(link.id)).counts;
    return now.paid === 1 ? now : undefined;
  }, 10_000);
  expect(counts).toMatchObject({ sessions_started: 1, paid: 1, amount_paid: 5000 });
  await runAlarm(sessionId);
  expect((await linkDetail(link.id)).counts.paid).toBe(1);
});

it("tells the link of a session that ends unpaid: its row is ended, nothing counted as paid", async () => {
  const link = await createLink();
  expect(typeof (await tap(link.code))).toBe("string");
  const [row] = await linkSessions(link.id);
  expect(row?.state).toBe("open");
  const cancelled = await api(`/v1/sessions/${row?.session_id}/cancel`, { method: "POST" });
  expect(cancelled.status).toBe(200);
  const ended = await eventually(async () => {
    await runAlarm(row?.session_id ?? "");
    const [now] = await linkSessions(link.id);
    return now?.state === "ended" ? now : undefined;
  });
  expect(ended.settled_at).not.toBeNull();
  expect((await linkDetail(link.id)).counts).toMatchObject({ sessions_started: 1, paid: 0, amount_paid: 0 });
});
