/**
 * Global setup of the browser project: finds (or unpacks) the Chromium the tests drive, once for
 * the run, and tells the tests where it is through `inject("chromium")`.
 */
import type { TestProject } from "vitest/node";
import { prepareChromium } from "./chromium.ts";

export default async function setup(project: TestProject) {
  const location = await prepareChromium();
  console.log(`browser tests: ${location.source} chromium at ${location.executablePath}`);
  project.provide("chromium", location);
}
