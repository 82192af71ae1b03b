/** The deployable bundle's budget: what `wrangler deploy --dry-run` would upload, at most 100 KB gzipped. */
import { expect, it } from "vitest";
import { BUNDLE_BUDGET_BYTES } from "../budgets.ts";
import { measureBundle } from "./bundle.ts";

it("the production bundle is at most 100 KB gzipped", async () => {
  const bundle = await measureBundle();
  expect(bundle.files.filter((file) => file.endsWith(".js")).length).toBeGreaterThan(0);
  expect(bundle.gzipped).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
}, 120_000);
