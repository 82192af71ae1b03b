/**
 * Two test projects: `worker` runs inside workerd through the Cloudflare plugin (unit tables, the
 * API, the whole flow); `browser` runs in Node and drives Debian's chromium against `wrangler dev`.
 * The worker tests see the local merchant of wrangler.toml plus the test merchants below.
 */
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { unstable_readConfig } from "wrangler";
import { defineConfig } from "vitest/config";
import { TEST_MERCHANTS } from "./test/node/test-merchants.ts";

const localMerchants = JSON.parse(String(unstable_readConfig({ config: "wrangler.toml" }).vars.MERCHANTS)) as unknown[];

export default defineConfig({
  test: {
    reporters: ["default", "./test/node/summary-reporter.ts"],
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              bindings: {
                MERCHANTS: JSON.stringify([...localMerchants, ...TEST_MERCHANTS]),
                WEBHOOK_RETRY_BASE_MS: "50",
              },
            },
          }),
        ],
        test: { name: "worker", include: ["test/worker/**/*.test.ts"], globalSetup: ["./test/node/global-setup.ts"] },
      },
      {
        test: {
          name: "browser",
          include: ["test/node/**/*.test.ts"],
          environment: "node",
          globalSetup: ["./test/node/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
