/**
 * Calls to providers: every call has a timeout, and 5xx, 429 and network errors are retried a
 * bounded number of times (with the same idempotency key, as the caller sets it), honouring
 * Retry-After. What still fails becomes a `ProviderError` carrying the provider's own words.
 */
import * as z from "zod";
import { isTimeout } from "../http/fetch-failure";

/** How long one try may take: 10 s, in ms (Dintero's own callback timeout). */
export const PROVIDER_TIMEOUT_MS = 10_000;
/** Tries per call, the first included. */
export const PROVIDER_TRIES = 3;
/** First wait between tries: 250 ms, doubling; never more than `MAX_RETRY_WAIT_MS`. */
export const RETRY_BASE_MS = 250;
/** Longest wait between tries, whatever Retry-After asks: 3 s, in ms (a person is waiting). */
export const MAX_RETRY_WAIT_MS = 3_000;

export class ProviderError extends Error {
  constructor(
    readonly provider: string,
    /** The provider's HTTP status, or null when no answer came. */
    readonly status: number | null,
    message: string,
    /** The provider's error body (problem+json or JSON), when it gave one. */
    readonly body: unknown = null,
  ) {
    super(`${provider}: ${message}`);
    this.name = "ProviderError";
  }
}

export interface CallOptions {
  timeoutMs?: number;
  tries?: number;
}

/** Whether a call that failed so may be tried again: 429 and 5xx answers. */
export const retryable = (status: number) => status === 429 || status >= 500;

/** How long to wait before try `attempt + 1` when the provider did not say: `RETRY_BASE_MS`, doubling, in ms. */
export const backoffMs = (attempt: number) => Math.min(RETRY_BASE_MS * 2 ** attempt, MAX_RETRY_WAIT_MS);

function waitFor(response: Response | null, attempt: number): number {
  const header = response?.headers.get("retry-after");
  const seconds = header === null || header === undefined ? Number.NaN : Number(header);
  const asked = Number.isFinite(seconds) ? seconds * 1000 : backoffMs(attempt);
  return Math.min(Math.max(asked, 0), MAX_RETRY_WAIT_MS);
}

async function errorBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text.slice(0, 500);
  }
}

/** A fetch to `provider` that answers a 2xx response, or throws a `ProviderError`. */
export async function callProvider(provider: string, url: string, init: RequestInit, options: CallOptions = {}): Promise<Response> {
  const tries = options.tries ?? PROVIDER_TRIES;
  let last: ProviderError | null = null;
  for (let attempt = 0; attempt < tries; attempt++) {
    let response: Response | null = null;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? PROVIDER_TIMEOUT_MS) });
    } catch (error) {
      last = new ProviderError(provider, null, isTimeout(error) ? "timed out" : "unreachable");
    }
    if (response?.ok) return response;
    if (response) {
      last = new ProviderError(provider, response.status, `HTTP ${response.status}`, await errorBody(response));
      if (!retryable(response.status)) throw last;
    }
    if (attempt + 1 < tries) await new Promise((resolve) => setTimeout(resolve, waitFor(response, attempt)));
  }
  throw last ?? new ProviderError(provider, null, "no answer");
}

/** A provider's answer as JSON, or a ProviderError when it is not JSON. */
export async function jsonOf(provider: string, response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new ProviderError(provider, response.status, "answered something that is not JSON");
  }
}

/** The JSON answer of a provider call. */
export async function callProviderJson(provider: string, url: string, init: RequestInit, options?: CallOptions): Promise<unknown> {
  return jsonOf(provider, await callProvider(provider, url, init, options));
}

/**
 * A provider's answer parsed by `schema`; otherwise a ProviderError that says what was wrong, with
 * the answer itself unless it is `secret` (a token answer must never reach a log or a merchant).
 */
export function parseAnswer<T extends z.ZodType>(
  provider: string,
  status: number,
  answer: unknown,
  schema: T,
  what: string,
  secret = false,
): z.output<T> {
  const parsed = schema.safeParse(answer);
  if (parsed.success) return parsed.data;
  throw new ProviderError(provider, status, `${what}: unexpected answer (${z.prettifyError(parsed.error)})`, secret ? null : answer);
}
