/**
 * The payment funnel, as data points in Workers Analytics Engine (binding `FUNNEL`). Nothing is
 * written where it is not bound, as in local development. One point per step a pay link takes:
 *
 * | stage            | written when                                                 | by                      |
 * |------------------|--------------------------------------------------------------|-------------------------|
 * | opened           | a person's browser is shown the pay page                     | endpoints/pay-page.ts   |
 * | preview          | a link previewer or scanner is shown the preview             | endpoints/pay-page.ts   |
 * | handoff_chosen   | the person taps on, and the session settles on a handoff     | session/                |
 * | provider_reached | the provider gave the page the person is sent to             | session/                |
 * | provider_error   | the provider could not start the attempt                     | session/                |
 * | paid, failed     | an attempt was authorized, or failed (the person may retry)  | session/                |
 * | cancelled, expired | the session ended unpaid                                   | session/                |
 *
 * Layout of a point (the README's conversion query reads it):
 *
 * | field   | holds                                                          | example         |
 * |---------|----------------------------------------------------------------|-----------------|
 * | index1  | merchant id (Analytics Engine samples per index)               | mer_local       |
 * | blob1   | stage                                                          | paid            |
 * | blob2   | handoff: hosted / app, or the page shown instead of one        | hosted          |
 * |         | (preview / unsupported); `none` before the page was planned    |                 |
 * | blob3   | device: its OS, and after a slash the app whose browser it is  | ios/instagram   |
 * | blob4   | provider                                                       | vipps           |
 * | blob5   | payment method                                                 | mobilepay       |
 * | blob6   | mode: test / live                                              | live            |
 * | blob7   | currency                                                       | NOK             |
 * | double1 | amount, in minor units                                         | 29990           |
 *
 * Nothing personal, and no pay code: a code opens its link. Paid and failed points carry the handoff
 * and device of the attempt they end, so conversion can be read per handoff and per device.
 */
import type { Device } from "./device/device";
import type { PageKind } from "./device/page-plan";
import { log } from "./log";
import type { Handoff } from "./schemas/session";

export const FUNNEL_STAGES = [
  "opened",
  "preview",
  "handoff_chosen",
  "provider_reached",
  "provider_error",
  "paid",
  "failed",
  "cancelled",
  "expired",
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** The handoff and the device of a point when none is known (an expiry before any tap). */
export const NO_HANDOFF = "none";
export const NO_DEVICE = "none";

/** What a point says of the session: the fields a session row and the pay page's view share. */
export interface FunnelSession {
  merchant_id: string;
  provider: string;
  payment_method: string;
  mode: string;
  currency: string;
  /** In minor units. */
  amount: number;
}

/** One step of one session: its stage, the handoff (or the page shown instead, or `none`) and the device's class. */
export interface FunnelStep {
  stage: FunnelStage;
  handoff: Handoff | PageKind | typeof NO_HANDOFF;
  device: string;
}

/** What the funnel records of a device: `ios`, `android/instagram`, `macos`, `bot`. */
export function deviceClass(device: Device): string {
  if (device.bot) return "bot";
  return device.in_app ? `${device.os}/${device.in_app}` : device.os;
}

export function funnelPoint(session: FunnelSession, step: FunnelStep): AnalyticsEngineDataPoint {
  return {
    indexes: [session.merchant_id],
    blobs: [step.stage, step.handoff, step.device, session.provider, session.payment_method, session.mode, session.currency],
    doubles: [session.amount],
  };
}

/** Writes one step when the dataset is bound. A failed write is logged, never thrown: it must not stop a payment. */
export function recordFunnel(dataset: AnalyticsEngineDataset | undefined, session: FunnelSession, step: FunnelStep): void {
  if (!dataset) return;
  try {
    dataset.writeDataPoint(funnelPoint(session, step));
  } catch (error) {
    log("warn", "funnel point not written", { stage: step.stage, error });
  }
}
