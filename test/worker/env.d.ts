/** Types for tests running inside workerd: the Worker's env and exports, and values from global setup. */
import type { Env as PaylinkEnv } from "../../src/env";

declare global {
  namespace Cloudflare {
    interface Env extends PaylinkEnv {}
    interface GlobalProps {
      mainModule: typeof import("../../src/index");
      durableNamespaces: "PaySession" | "SandboxPsp" | "IdempotencyRecord";
    }
  }
}
