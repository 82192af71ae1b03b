/**
 * Two test projects: `worker` runs inside workerd through the Cloudflare plugin (unit tables, the
 * API, the whole flow); `browser` runs in Node and drives Debian's chromium against `wrangler dev`.
 * The worker tests see the local merchant of wrangler.toml plus the test merchants below, and
 * gateway-wide provider credentials pointing at the fake Dintero and Vipps of global setup.
 */
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { unstable_readConfig } from "wrangler";
import { providerVars } from "./test/node/fakes/credentials.ts";
import { TEST_MERCHANTS } from "./test/node/test-merchants.ts";

const localMerchants = JSON.parse(String(unstable_readConfig({ config: "wrangler.toml" }).vars.MERCHANTS)) as unknown[];

export default defineConfig({
  test: {
    reporters: ["default", "./test/node/summary-reporter.ts"],
    projects: [
      {
        plugins: [
          cloudflareTest(({ inject }) => ({
            wrangler: { configPath: "./wrangler.toml" },
            miniflare: {
              // The suite makes thousands of API calls as one merchant; the limit itself is tested
              // on the public binding, which keeps wrangler.toml's numbers.
              ratelimits: { API_RATE_LIMIT: { namespace_id: "1002", simple: { limit: 1_000_000, period: 60 } } },
              // The funnel's dataset, as production binds it; the funnel tests watch its writes.
              analyticsEngineDatasets: { FUNNEL: { dataset: "paylink_funnel" } },
              bindings: {
                // The origin the tests call (test/worker/helpers.ts, ORIGIN): every URL the gateway gives out is on it.
                PUBLIC_ORIGIN: "https://pay.test",
                MERCHANTS: JSON.stringify([...localMerchants, ...TEST_MERCHANTS]),
                WEBHOOK_RETRY_BASE_MS: "50",
                PROVIDER_TIMEOUT_MS: "800",
                ...providerVars(inject("fakeDinteroPort"), inject("fakeVippsPort")),
              },
            },
          })),
        ],
        test: { name: "worker", include: ["test/worker/**/*.test.ts"], globalSetup: ["./test/node/global-setup.ts"] },
      },
      {
        test: {
          name: "browser",
          include: ["test/node/**/*.test.ts"],
          environment: "node",
          globalSetup: ["./test/node/global-setup.ts", "./test/node/browser-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
