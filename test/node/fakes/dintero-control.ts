/**
 * The tests' remote control of the fake Dintero (see the list in `dintero-fake.ts`), and the shapes
 * of what its control endpoints answer. Plain `fetch` and only type imports, so tests inside
 * workerd can use it.
 */
import type { FaultRule } from "./faults.ts";

/** A callback the fake would have delivered, ready for `call(path, {method, headers})`. */
export interface OutboxEntry {
  /** The `event-delivery` header: unique per delivery. */
  id: string;
  session_id: string;
  merchant_reference: string;
  method: "GET" | "POST";
  url: string;
  /** Path and query. */
  path: string;
  headers: Record<string, string>;
  body: string | null;
}

export type DecisionResult =
  | { ok: true; returnUrl: string; callback: OutboxEntry | null }
  | { ok: false; status: 404 | 409 | 410; message: string };

export interface ControlSession {
  id: string;
  client: string;
  product: string | null;
  url: string;
  link_expires_at: string;
  expires_at: string;
  cancelled_at?: string;
  transaction_id?: string;
  events: { name: string; details?: { error: string } }[];
  /** The body of `POST /v1/sessions-profile` as received. */
  request: {
    profile_id: string;
    url: { return_url: string; callback_url?: string };
    order: { amount: number; currency: string; merchant_reference: string; items?: unknown[] };
    customer?: { phone_number?: string };
    configuration: Record<string, unknown> & { channel?: string };
  };
  transaction: {
    id: string;
    status: string;
    amount: number;
    events: { event: string; amount?: number; success: boolean; event_reference?: string; error?: { code: string; message: string } }[];
  } | null;
}

export interface LoggedRequest {
  at: string;
  method: string;
  path: string;
  query: string;
  client: string | null;
  status: number;
  body: unknown;
}

export function fakeDintero(port: number) {
  const base = `http://127.0.0.1:${port}`;
  const control = async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}/_control/${path}`, {
      method: body === undefined ? "GET" : "POST",
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
    return (await response.json()) as T;
  };
  const q = encodeURIComponent;
  return {
    base,
    /** The sessions created with this merchant reference (our attempt reference). */
    sessions: (reference: string) => control<ControlSession[]>(`sessions?merchant_reference=${q(reference)}`),
    session: async (id: string) => (await control<ControlSession[]>(`sessions?id=${q(id)}`))[0],
    decide: (id: string, decision: "approve" | "decline" | "cancel", race = false) =>
      control<DecisionResult>(`sessions/${q(id)}/decide`, { decision, race }),
    outbox: (reference: string) => control<OutboxEntry[]>(`outbox?merchant_reference=${q(reference)}`),
    advanceClock: (seconds: number, options: { clientId?: string; reset?: boolean } = {}) =>
      control<{ now: string }>("clock", {
        seconds,
        reset: options.reset ?? false,
        ...(options.clientId ? { client_id: options.clientId } : {}),
      }),
    fail: (rule: FaultRule) => control<{ faults: number }>("faults", rule),
    log: (match: string) => control<{ entries: LoggedRequest[]; counts: Record<string, number> }>(`log?match=${q(match)}`),
    addClient: (clientId: string, clientSecret: string) =>
      control<unknown>("clients", { client_id: clientId, client_secret: clientSecret }),
  };
}
