/**
 * One idempotency key of one merchant: a Durable Object named `<merchant id>:<key>` that remembers
 * which request first used the key and the answer it got, for 24 hours, then forgets it by alarm.
 *
 * Storage (key `record`), e.g.
 *   { fingerprint: "9f2c…" (hex SHA-256 of method, path and body), state: "done",
 *     claimed_at: 1795000000000, response: { status: 201, body: "{…}", location: "/v1/sessions/ps_…" } }
 */
import { DurableObject } from "cloudflare:workers";

/** How long a key is kept after its first use: 24 hours, in ms. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;
/** A claim whose request never finished (the isolate died) is given up after 60 s, in ms. */
export const CLAIM_LEASE_MS = 60_000;

export interface StoredResponse {
  status: number;
  body: string;
  contentType: string;
  location: string | null;
}

interface IdempotencyState {
  fingerprint: string;
  state: "in_progress" | "done";
  claimed_at: number;
  response: StoredResponse | null;
}

export type Claim = { kind: "new" } | { kind: "replay"; response: StoredResponse } | { kind: "mismatch" } | { kind: "in_progress" };

export class IdempotencyRecord extends DurableObject {
  /** Claims the key for a request with `fingerprint`, or says why it cannot be. */
  async claim(fingerprint: string): Promise<Claim> {
    const now = Date.now();
    const record = await this.ctx.storage.get<IdempotencyState>("record");
    if (record && record.fingerprint !== fingerprint) return { kind: "mismatch" };
    if (record?.state === "done" && record.response) return { kind: "replay", response: record.response };
    if (record?.state === "in_progress" && now - record.claimed_at < CLAIM_LEASE_MS) return { kind: "in_progress" };
    await this.ctx.storage.put<IdempotencyState>("record", { fingerprint, state: "in_progress", claimed_at: now, response: null });
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(now + IDEMPOTENCY_TTL_MS);
    return { kind: "new" };
  }

  /** Keeps the answer of the claimed request, to replay it. */
  async complete(fingerprint: string, response: StoredResponse): Promise<void> {
    const record = await this.ctx.storage.get<IdempotencyState>("record");
    if (record?.fingerprint !== fingerprint) return;
    await this.ctx.storage.put<IdempotencyState>("record", { ...record, state: "done", response });
  }

  /** Lets the key be used again: the answer was no result to keep (a refusal of the request, a 5xx). */
  async release(fingerprint: string): Promise<void> {
    const record = await this.ctx.storage.get<IdempotencyState>("record");
    if (record?.fingerprint === fingerprint && record.state === "in_progress") await this.ctx.storage.delete("record");
  }

  override async alarm(): Promise<void> {
    await this.ctx.storage.deleteAll();
  }
}
