declare module "vitest" {
  interface ProvidedContext {
    /** Port of the merchant receiver started by global setup, on 127.0.0.1. */
    receiverPort: number;
    /** Ports of the fake Dintero and fake Vipps MobilePay, on 127.0.0.1. */
    fakeDinteroPort: number;
    fakeVippsPort: number;
  }
}

export {};
