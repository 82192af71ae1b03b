/** Starts the merchant receiver once for the whole run and tells the tests its port. */
import type { TestProject } from "vitest/node";
import { startMerchantReceiver } from "./merchant-receiver";

export default async function setup(project: TestProject) {
  const { server, port } = await startMerchantReceiver();
  project.provide("receiverPort", port);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
