/**
 * The Chromium that the browser tests drive with playwright-core, and a browser context that looks
 * like a person's iPhone.
 *
 * Which Chromium: Debian's (/usr/bin/chromium) where it is installed, otherwise the one that
 * `npm install` brings in `@sparticuz/chromium`. That package ships the browser and the NSS
 * libraries it needs (bin/al2023.tar.br: libnss3, libnspr4, ...) compressed, and unpacks the
 * libraries by itself only on Amazon Linux; here they are unpacked too and handed to the browser
 * through LD_LIBRARY_PATH. `prepareChromium()` unpacks once per run (the browser project's global
 * setup calls it, so parallel test files never race to write the same files); `launchChromium()`
 * then starts what it found. Finding none is an error with the reason: a browser test is never
 * skipped for want of a browser.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import sparticuz, { inflate } from "@sparticuz/chromium";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from "playwright-core";
import { inject, type ProvidedContext } from "vitest";

/** Debian's chromium package. */
export const DEBIAN_CHROMIUM_PATH = "/usr/bin/chromium";

/** Where a browser was found, and the libraries it needs that the machine may lack. */
export type ChromiumLocation = ProvidedContext["chromium"];

/** Safari on an iPhone with iOS 18.5. */
export const IPHONE_USER_AGENT =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";

/** Finds Debian's chromium, or unpacks the npm one with its libraries (into the OS temp folder). */
export async function prepareChromium(): Promise<ChromiumLocation> {
  if (existsSync(DEBIAN_CHROMIUM_PATH)) {
    return { executablePath: DEBIAN_CHROMIUM_PATH, libraryPath: null, source: "debian" };
  }
  try {
    const executablePath = await sparticuz.executablePath();
    const libraries = await inflate(join(sparticuzBinFolder(), "al2023.tar.br"));
    return { executablePath, libraryPath: join(libraries, "lib"), source: "@sparticuz/chromium" };
  } catch (error) {
    throw new Error(
      `No Chromium for the browser tests: ${DEBIAN_CHROMIUM_PATH} is missing and @sparticuz/chromium ` +
        `could not be unpacked (${error instanceof Error ? error.message : String(error)}). Run npm install.`,
    );
  }
}

/** The package's bin/ folder, where its compressed browser and libraries are. */
function sparticuzBinFolder(): string {
  return join(import.meta.dirname, "..", "..", "node_modules", "@sparticuz", "chromium", "bin");
}

/** Starts the Chromium that global setup found (or `location`, outside vitest), headless and quiet on a closed network. */
export function launchChromium(location: ChromiumLocation = inject("chromium")): Promise<Browser> {
  const env = { ...process.env };
  if (location.libraryPath) {
    env.LD_LIBRARY_PATH = [location.libraryPath, env.LD_LIBRARY_PATH].filter(Boolean).join(":");
  }
  return chromium.launch({
    executablePath: location.executablePath,
    headless: true,
    env,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
}

/**
 * The language a test's browser says it reads unless the test says otherwise: a real phone always
 * sends `Accept-Language`, and the headless shell sends none without a locale (the gateway would
 * then answer in the language of the currency's country).
 */
export const BROWSER_LOCALE = "en-GB";

/** A fresh context (own cookies and storage), in `BROWSER_LOCALE` unless `options` say. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: BROWSER_LOCALE, ...options });
}

/** An iPhone's touch screen and Safari. */
export const IPHONE: BrowserContextOptions = {
  userAgent: IPHONE_USER_AGENT,
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

/** A fresh context (own cookies and storage) for an iPhone-sized touch screen. */
export function newPhoneContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return newContext(browser, { ...IPHONE, ...options });
}
