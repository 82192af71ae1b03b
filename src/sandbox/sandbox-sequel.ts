/**
 * What follows a decision on the sandbox page: the way back (a signed callback to the gateway and
 * the browser sent to its return URL), the page of a phone that died on the way back (a silent
 * approval just taken), or the payment as it stands (a silent approval of a payment decided
 * already: still no word to the gateway). Any other choice on a decided payment takes the way back.
 */
import type { SandboxDecision } from "./sandbox-psp";

export type Sequel = "way-back" | "lost" | "as-it-stands";

/** The sequel of `decision`, `taken` when it decided the payment (rather than finding it decided). */
export function sequelOf(decision: SandboxDecision, taken: boolean): Sequel {
  if (decision !== "approve_silently") return "way-back";
  return taken ? "lost" : "as-it-stands";
}
