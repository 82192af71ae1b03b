/**
 * Faults the tests ask a fake provider to play, with one vocabulary for both fakes (Dintero and
 * Vipps MobilePay): which requests a rule catches, what they are answered, and whether the request
 * was carried out first. Each fake answers a fault in its provider's own error shape. No runtime
 * imports, so tests inside workerd can use the types and Node fakes the book.
 */

/** A fault the fake plays on the next matching API requests. */
export interface FaultRule {
  /** The path it applies to; a trailing `*` matches any path that starts so. */
  path: string;
  method?: string;
  /** Applies only to requests whose fingerprint (the fake says what: path, key, client, body) contains this text. */
  match?: string;
  /** How many requests it fails (default 1). */
  times?: number;
  /** The status answered (default 503, or 504 after a hang). */
  status?: number;
  /** Seconds for a Retry-After header. */
  retryAfter?: number;
  /** Hold the answer this long first, in ms: past the client's timeout, it never comes. */
  hangMs?: number;
  /** Carry the request out, then fail its answer: the change happened, the caller does not know. */
  afterProcessing?: boolean;
}

export type Fault = FaultRule & { times: number };

/** The status a fault answers. */
export function faultStatus(fault: FaultRule): number {
  return fault.status ?? (fault.hangMs === undefined ? 503 : 504);
}

/** The faults a fake was asked to play, used up one request at a time. */
export class FaultBook {
  private readonly faults: Fault[] = [];

  add(rule: FaultRule): number {
    this.faults.push({ ...rule, times: rule.times ?? 1 });
    return this.faults.length;
  }

  clear(): void {
    this.faults.length = 0;
  }

  /** The first fault for this request, used up by one; null when none applies. */
  take(method: string, path: string, fingerprint: string): Fault | null {
    const fault = this.faults.find(
      (candidate) =>
        candidate.times > 0 &&
        (candidate.path.endsWith("*") ? path.startsWith(candidate.path.slice(0, -1)) : path === candidate.path) &&
        (candidate.method === undefined || candidate.method.toUpperCase() === method) &&
        (candidate.match === undefined || fingerprint.includes(candidate.match)),
    );
    if (!fault) return null;
    fault.times -= 1;
    return fault;
  }
}
