/** Where the pay page may send a browser, case by case. */
import { describe, expect, it } from "vitest";
import type { ProviderName } from "../../../src/config/merchants";
import { providerUrlAllowed } from "../../../src/domain/redirect-policy";

const GATEWAY = "https://pay.example";
const FAKE = "http://127.0.0.1:4321";

describe("providerUrlAllowed", () => {
  const cases: [string, ProviderName, string | null, boolean][] = [
    ["https://pay.example/sandbox/pay/sbx_1", "sandbox", null, true],
    ["https://pay.example/sandbox/app/sbx_1", "sandbox", null, true],
    ["https://pay.example/p/elsewhere", "sandbox", null, false],
    ["https://evil.example/sandbox/pay/sbx_1", "sandbox", null, false],
    ["https://pay.vipps.no/dwo-api-application/v1/deeplink/vippsgateway?v=2&token=x", "vipps", null, true],
    ["https://landing.vippsmobilepay.com/?token=x", "vipps", null, true],
    ["https://apitest.vipps.no/x", "vipps", null, true],
    ["https://pay.mobilepay.dk/x?token=x", "vipps", null, true],
    ["https://pay.mobilepay.fi/x?token=x", "vipps", null, true],
    ["https://pay.vipps.dk/x?token=x", "vipps", null, true],
    ["https://pay.vipps.fi/x?token=x", "vipps", null, true],
    ["https://pay.mt.vipps.dk/x?token=x", "vipps", null, true],
    ["https://pay.vipps.fi/x?token=x", "dintero", null, true],
    ["https://pay.vipps.se/x?token=x", "vipps", null, false],
    ["https://pay.vipps.dk.evil.example/x", "vipps", null, false],
    ["https://pay.vipps.fi/x?token=x", "sandbox", null, false],
    ["vipps://?token=x", "vipps", null, true],
    ["vippsMT://?token=x", "vipps", null, true],
    ["mobilepay://?token=x", "vipps", null, true],
    ["https://checkout.dintero.com/v1/view/P123.abc", "dintero", null, true],
    ["https://pay.vipps.no/x", "dintero", null, true],
    ["vipps://?token=x", "dintero", null, true],
    ["https://checkout.dintero.com/x", "vipps", null, false],
    ["http://pay.vipps.no/x", "vipps", null, false],
    ["https://vipps.no.evil.example/x", "vipps", null, false],
    ["https://evilvipps.no/x", "vipps", null, false],
    ["https://user@pay.vipps.no/x", "vipps", null, false],
    ["javascript:alert(1)", "vipps", null, false],
    ["data:text/html,<script>1</script>", "dintero", null, false],
    ["intent://pay.vipps.no#Intent;scheme=https;end", "vipps", null, false],
    ["not a url", "vipps", null, false],
    [`${FAKE}/landing/abc`, "vipps", FAKE, true],
    [`${FAKE}/hosted/abc`, "dintero", FAKE, true],
    ["http://127.0.0.1:9999/landing/abc", "vipps", FAKE, false],
    [`${FAKE}/landing/abc`, "vipps", null, false],
  ];
  it.each(cases)("%s for %s (base %s) → %s", (target, provider, base, allowed) => {
    expect(providerUrlAllowed(target, provider, GATEWAY, base)).toBe(allowed);
  });
});
