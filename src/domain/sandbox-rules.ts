/**
 * Who may use the built-in sandbox provider, and where. The sandbox approves whatever its TEST page
 * is told to and moves no money, so it serves test merchants only: a live merchant paid by it would
 * get a live-signed `session.paid` for money that never moved. Where it is off (production:
 * `SANDBOX_ENABLED = "false"`), no merchant is offered it and its pages do not exist.
 */
/** Why a live merchant is refused the sandbox, in the words a refusal names `provider` with. */
export const SANDBOX_TEST_ONLY = "the sandbox is for test merchants only";

/** Why no merchant is offered the sandbox where it is off. */
export const SANDBOX_OFF = "the sandbox is off in this environment";

export interface SandboxWhere {
  /** Whether the sandbox runs in this environment (default: it does, as in local development). */
  enabled?: boolean;
}

/** Why the sandbox is not offered to a merchant of `mode`, or null when it is. */
export function sandboxRefusal(mode: "test" | "live", { enabled = true }: SandboxWhere = {}): string | null {
  if (mode !== "test") return SANDBOX_TEST_ONLY;
  return enabled ? null : SANDBOX_OFF;
}
