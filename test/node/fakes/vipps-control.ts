/**
 * The tests' remote control of the fake Vipps MobilePay (see the list in `vipps-fake.ts`), and the
 * shapes its control endpoints answer. Plain `fetch` and only type imports, so tests inside workerd
 * can use it as well as Node.
 */
import type { FaultRule } from "./faults.ts";

export type { FaultRule };

/** An API request the fake saw. */
export interface SeenRequest {
  method: string;
  /** World-relative path, e.g. `/epayment/v1/payments`. */
  path: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
  /** The status answered; null while the answer is still to come. */
  status: number | null;
  /** Real time, in ms since the epoch. */
  at: number;
}

/** A webhook the fake would send, signed for the target the test named: replay it with `call()`. */
export interface SignedWebhook {
  /** e.g. `epayments.payment.authorized.v1` */
  event: string;
  name: "CREATED" | "ABORTED" | "EXPIRED" | "CANCELLED" | "CAPTURED" | "REFUNDED" | "AUTHORIZED" | "TERMINATED";
  method: "POST";
  url: string;
  /** Path and query of `url`. */
  path: string;
  headers: Record<string, string>;
  body: string;
}

interface Money {
  currency: string;
  value: number;
}

/** A payment as the fake holds it: Vipps' GetPaymentResponse plus the names of its events. */
export interface FakePayment {
  reference: string;
  pspReference: string;
  state: "CREATED" | "ABORTED" | "EXPIRED" | "AUTHORIZED" | "TERMINATED";
  amount: Money;
  aggregate: { authorizedAmount: Money; cancelledAmount: Money; capturedAmount: Money; refundedAmount: Money };
  redirectUrl: string;
  events: SignedWebhook["name"][];
}

export interface FakeStats {
  tokenRequests: number;
  createRequests: number;
  getRequests: number;
  cancelRequests: number;
  captureRequests: number;
  refundRequests: number;
  paymentsCreated: number;
}

async function json<T>(response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`fake Vipps control: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

/** The control of the fake's world at `base` (`http://127.0.0.1:<port>` or `.../w/<name>`). */
export function vippsControl(base: string) {
  const at = (path: string) => `${base}/_control${path}`;
  const post = (path: string, body: unknown = {}) =>
    fetch(at(path), { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const query = (values: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(values)) if (value !== undefined) params.set(name, value);
    return params.toString();
  };
  return {
    base,
    payment: async (reference: string) => json<FakePayment>(await fetch(at(`/payments/${encodeURIComponent(reference)}`))),
    /** The customer approves, aborts, or walks away; answers the fake's own status. */
    decide: async (reference: string, action: "approve" | "decline" | "abandon") =>
      (await post(`/payments/${encodeURIComponent(reference)}/${action}`)).status,
    advanceClock: async (seconds: number) => json<{ now: string }>(await post("/clock", { seconds })),
    revokeTokens: async () => json<unknown>(await post("/tokens/revoke")),
    /** The payment `reference`, once created, answers `url` as its redirectUrl. */
    redirect: async (reference: string, url: string) => json<unknown>(await post("/redirects", { reference, url })),
    fail: async (rule: FaultRule) => json<unknown>(await post("/faults", rule)),
    /** The webhooks registered for `msn`, each with its secret. */
    webhooks: async (msn: string) =>
      json<{ id: string; url: string; events: string[]; secret: string }[]>(await fetch(at(`/webhooks?${query({ msn })}`))),
    requests: async (filter: { path?: string; match?: string } = {}) => json<SeenRequest[]>(await fetch(at(`/requests?${query(filter)}`))),
    stats: async (match?: string) => json<FakeStats>(await fetch(at(`/stats?${query({ match })}`))),
    /** The webhooks about `reference`, signed for `target`, dated `date` (an HTTP date; default now). */
    outbox: async (reference: string, target: string, date?: string) =>
      json<SignedWebhook[]>(await fetch(at(`/outbox?${query({ reference, target, date })}`))),
  };
}

export type VippsControl = ReturnType<typeof vippsControl>;
