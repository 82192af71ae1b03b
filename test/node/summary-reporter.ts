/**
 * A vitest reporter that closes the run with one plain line, `N passed, N failed, N skipped`,
 * which any CI can read whatever its runner list knows of vitest.
 */
import type { Reporter, TestModule } from "vitest/node";

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const count = (state: "passed" | "failed" | "skipped") =>
      testModules.reduce((sum, module) => sum + [...module.children.allTests(state)].length, 0);
    const failedModules = testModules.filter((module) => module.state() === "failed" && !module.children.size).length;
    process.stdout.write(`\n${count("passed")} passed, ${count("failed") + failedModules} failed, ${count("skipped")} skipped\n`);
  }
}
