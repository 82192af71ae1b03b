/**
 * What went wrong when an outgoing fetch threw instead of answering: the calls to providers and the
 * webhook deliveries to merchants tell a timeout apart from a host that could not be reached.
 */

/** Whether a thrown fetch error is its `AbortSignal.timeout` firing (or an abort). */
export function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
}
