/**
 * What the Dintero client's tests share: the fake Dintero's control, a fresh API client of the fake
 * account per test (so its token cache, fake clock and injected failures are its own), and a
 * payment started at the fake.
 */
import { inject } from "vitest";
import type { DinteroAccount } from "../../../src/config/provider-accounts";
import { dinteroProvider } from "../../../src/providers/dintero";
import type { AttemptOrder } from "../../../src/providers/provider";
import { FAKE_DINTERO } from "../../node/fakes/credentials";
import { fakeDintero } from "../../node/fakes/dintero-control";
import { attemptOrder } from "./fixtures";

export const fake = fakeDintero(inject("fakeDinteroPort"));
/** As the worker tests configure it (PROVIDER_TIMEOUT_MS), in ms. */
export const TIMEOUT_MS = 800;

let clients = 0;

/** A fresh API client of the fake account, with the account's callback secret. */
export async function newAccount(overrides: Partial<DinteroAccount> = {}): Promise<DinteroAccount> {
  clients += 1;
  const clientId = `provider-test-${Date.now().toString(36)}-${clients}`;
  await fake.addClient(clientId, `${clientId}-secret`);
  return {
    baseUrl: fake.base,
    account_id: FAKE_DINTERO.accountId,
    client_id: clientId,
    client_secret: `${clientId}-secret`,
    profile_id: FAKE_DINTERO.profileId,
    callback_secret: FAKE_DINTERO.callbackSecret,
    ...overrides,
  };
}

/** A payment started at the fake, with the provider, account and order that started it. */
export async function begin(overrides: Partial<AttemptOrder> = {}, account?: DinteroAccount) {
  const used = account ?? (await newAccount());
  const provider = dinteroProvider(used, { timeoutMs: TIMEOUT_MS });
  const sent = attemptOrder("dintero", overrides);
  return { account: used, provider, sent, attempt: await provider.start(sent) };
}
