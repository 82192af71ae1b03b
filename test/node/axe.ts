/**
 * Accessibility checks in the real browser: axe-core's source is evaluated in the page, then run
 * for WCAG 2.2 AA. The pages' CSP allows only the pay page's own script URL, so a script tag added
 * by the test is refused (`page.addScriptTag` fails under it, held by a test); Playwright's
 * `page.evaluate` goes through the DevTools protocol, which CSP does not govern.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AxeResults, Result } from "axe-core";
import type { Page } from "playwright-core";

/** The WCAG levels checked: A and AA of 2.0, 2.1 and 2.2. */
export const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] as const;

let source: Promise<string> | undefined;

/** axe-core's browser bundle, read once per test file. */
export function axeSource(): Promise<string> {
  source ??= readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  return source;
}

/** One line per violation: the rule, its impact, what it means, and the elements that break it. */
export function describeViolations(violations: readonly Result[]): string[] {
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "no impact given"}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

/** Runs axe-core on `page` as it is now shown; answers the violations, one line each (none: empty). */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(await axeSource());
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe.run({ runOnly: tags, resultTypes: ["violations"] }),
    [...WCAG_AA_TAGS],
  );
  return describeViolations(results.violations);
}
