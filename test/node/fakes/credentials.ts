/**
 * The credentials the fake providers accept, and the gateway-wide variables the worker tests run
 * with (as `.dev.vars` would give them), pointing the gateway at the fakes on 127.0.0.1.
 */
export const FAKE_DINTERO = {
  accountId: "T11223344",
  clientId: "fake-dintero-client",
  clientSecret: "fake-dintero-secret",
  profileId: "default",
  /** A second session profile of the fake account, with `auto_capture` on. */
  autoCaptureProfileId: "P11223344.autocapture",
  callbackSecret: "fake-dintero-callback-secret",
};

export const FAKE_VIPPS = {
  clientId: "fake-vipps-client",
  clientSecret: "fake-vipps-secret",
  subscriptionKey: "fake-vipps-subscription-key",
  msn: "123456",
  /** The fake sales unit is Norwegian: it takes NOK only. */
  currency: "NOK",
  webhookSecret: "fake-vipps-webhook-secret",
};

/**
 * The sales units (MSNs) the fake Vipps knows, by the currency of each one's country; the same
 * client credentials and subscription key serve each (as a partner's keys would). FAKE_VIPPS.msn
 * is the one the worker tests' gateway uses.
 */
export const FAKE_VIPPS_UNITS: Readonly<Record<string, string>> = {
  [FAKE_VIPPS.msn]: FAKE_VIPPS.currency,
  "234567": "DKK",
  "345678": "EUR",
};

export function providerVars(dinteroPort: number, vippsPort: number): Record<string, string> {
  return {
    DINTERO_BASE_URL: `http://127.0.0.1:${dinteroPort}`,
    DINTERO_ACCOUNT_ID: FAKE_DINTERO.accountId,
    DINTERO_CLIENT_ID: FAKE_DINTERO.clientId,
    DINTERO_CLIENT_SECRET: FAKE_DINTERO.clientSecret,
    DINTERO_PROFILE_ID: FAKE_DINTERO.profileId,
    DINTERO_CALLBACK_SECRET: FAKE_DINTERO.callbackSecret,
    VIPPS_BASE_URL: `http://127.0.0.1:${vippsPort}`,
    VIPPS_CLIENT_ID: FAKE_VIPPS.clientId,
    VIPPS_CLIENT_SECRET: FAKE_VIPPS.clientSecret,
    VIPPS_SUBSCRIPTION_KEY: FAKE_VIPPS.subscriptionKey,
    VIPPS_MSN: FAKE_VIPPS.msn,
    VIPPS_CURRENCY: FAKE_VIPPS.currency,
    VIPPS_WEBHOOK_SECRET: FAKE_VIPPS.webhookSecret,
  };
}
