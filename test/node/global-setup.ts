/**
 * Starts, once for the whole run, the servers tests talk to on 127.0.0.1: the merchant receiver
 * and fakes of Dintero and Vipps MobilePay. Tests learn their ports through `inject`.
 */
import type { TestProject } from "vitest/node";
import { startFakeDintero } from "./fakes/dintero-fake.ts";
import { startFakeVipps } from "./fakes/vipps-fake.ts";
import { startMerchantReceiver } from "./merchant-receiver";

export default async function setup(project: TestProject) {
  const receiver = await startMerchantReceiver();
  const dintero = await startFakeDintero();
  const vipps = await startFakeVipps();
  project.provide("receiverPort", receiver.port);
  project.provide("fakeDinteroPort", dintero.port);
  project.provide("fakeVippsPort", vipps.port);
  return async () => {
    await Promise.all([dintero.close(), vipps.close(), receiver.close()]);
  };
}
