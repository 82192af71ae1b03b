/** A merchant for the domain tables, changed per case by `overrides`. */
import type { Merchant } from "../../../src/config/merchants";

export function merchant(overrides: Partial<Merchant> = {}): Merchant {
  return {
    id: "mer_t",
    name: "T",
    mode: "test",
    api_key_sha256: ["0".repeat(64)],
    webhook_secrets: ["whsec_test"],
    default_provider: "sandbox",
    capture: "automatic",
    allowed_hosts: [],
    allow_http_localhost: false,
    ...overrides,
  };
}
