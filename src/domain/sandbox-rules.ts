/**
 * Who may use the built-in sandbox provider. The sandbox approves whatever its TEST page is told
 * to and moves no money, so it serves test merchants only: a live merchant paid by it would get
 * a live-signed `session.paid` for money that never moved.
 */
/** Why a live merchant is refused the sandbox, in the words a refusal names `provider` with. */
export const SANDBOX_TEST_ONLY = "the sandbox is for test merchants only";

/** Why the sandbox is not offered to a merchant of `mode`, or null when it is. */
export function sandboxRefusal(mode: "test" | "live"): string | null {
  return mode === "test" ? null : SANDBOX_TEST_ONLY;
}
