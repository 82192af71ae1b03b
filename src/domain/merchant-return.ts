/**
 * Where the customer's browser goes after the provider: the merchant's `return_url` with the query
 * parameters Dintero documents, so a Dintero merchant's return handler works unchanged:
 * `merchant_reference` (always), `session_id`, `transaction_id` (on success) and `error`.
 */

import type { PayStatusName } from "../schemas/session";
import type { AttemptStatus } from "./session-machine";

export interface ReturnState {
  session_id: string;
  /** Where the payment stands for the person paying. */
  status: PayStatusName;
  merchant_reference: string;
  transaction_id: string | null;
  /** The status of the attempt the customer returns from; null when none was started. */
  attempt: AttemptStatus | null;
}

/** The `error` parameter for a return, or null for a paid session or one still waiting. */
export function returnError(state: ReturnState): "cancelled" | "failed" | null {
  if (state.status === "paid") return null;
  if (state.status === "cancelled" || state.attempt === "cancelled") return "cancelled";
  if (state.status === "expired" || state.attempt === "failed" || state.attempt === "expired") return "failed";
  return null;
}

export function merchantReturnUrl(returnUrl: string, state: ReturnState): string {
  const url = new URL(returnUrl);
  url.searchParams.set("merchant_reference", state.merchant_reference);
  url.searchParams.set("session_id", state.session_id);
  if (state.status === "paid" && state.transaction_id) url.searchParams.set("transaction_id", state.transaction_id);
  const error = returnError(state);
  if (error) url.searchParams.set("error", error);
  return url.toString();
}
