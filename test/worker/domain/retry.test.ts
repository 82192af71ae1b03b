/** When failed webhook deliveries are tried again. */
import { describe, expect, it } from "vitest";
import { DELIVERY_WINDOW_MS, MAX_RETRY_DELAY_MS, nextDeliveryAt } from "../../../src/webhooks/retry";

describe("nextDeliveryAt", () => {
  const created = 1_000_000;

  it("doubles the wait from the base", () => {
    expect([1, 2, 3, 4].map((tries) => nextDeliveryAt(created, tries, created, 1000)! - created)).toEqual([1000, 2000, 4000, 8000]);
  });

  it("caps each wait", () => {
    expect(nextDeliveryAt(created, 40, created, 30_000)! - created).toBe(MAX_RETRY_DELAY_MS);
  });

  it("goes on for three days, then gives up", () => {
    expect(nextDeliveryAt(created, 20, created + DELIVERY_WINDOW_MS - MAX_RETRY_DELAY_MS, 30_000)).not.toBeNull();
    expect(nextDeliveryAt(created, 20, created + DELIVERY_WINDOW_MS - MAX_RETRY_DELAY_MS + 1, 30_000)).toBeNull();
  });

  it("keeps trying for at least three days with the default base", () => {
    let now = created;
    let tries = 0;
    for (;;) {
      const next = nextDeliveryAt(created, ++tries, now, 30_000);
      if (next === null) break;
      now = next;
    }
    expect(now - created).toBeGreaterThan(DELIVERY_WINDOW_MS - MAX_RETRY_DELAY_MS);
  });
});
