declare module "vitest" {
  interface ProvidedContext {
    /** Port of the merchant receiver started by global setup, on 127.0.0.1. */
    receiverPort: number;
    /** Ports of the fake Dintero and fake Vipps MobilePay, on 127.0.0.1. */
    fakeDinteroPort: number;
    fakeVippsPort: number;
    /** The Chromium the browser project's global setup found or unpacked (test/node/chromium.ts). */
    chromium: {
      executablePath: string;
      /** Folder of shared libraries to put first on LD_LIBRARY_PATH, or null for none. */
      libraryPath: string | null;
      source: "debian" | "@sparticuz/chromium";
    };
  }
}

export {};
