/**
 * The size budgets, in one place for the tests that hold the gateway to them and for `npm run bench`,
 * which reports against them.
 */

/** The pay page's HTML as sent to a phone, gzipped: 2 KB, in bytes (one round trip on a slow network). */
export const PAY_PAGE_BUDGET_BYTES = 2 * 1024;

/** A reusable link's page (`/l/<code>`) as sent to a phone, gzipped: the pay page's 2 KB, in bytes. */
export const LINK_PAGE_BUDGET_BYTES = PAY_PAGE_BUDGET_BYTES;

/** What `wrangler deploy` would upload (every module, no source maps), gzipped: 100 KB, in bytes. */
export const BUNDLE_BUDGET_BYTES = 100 * 1024;
