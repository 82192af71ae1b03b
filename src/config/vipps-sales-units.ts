/**
 * The Vipps MobilePay sales units (merchant serial numbers, MSNs) the merchants of a deployment
 * use, and the one rule their webhook secrets follow. Vipps registers webhooks per MSN (Webhooks
 * API, `POST /webhooks/v1/webhooks` with that MSN's credentials) and gives each registration a
 * secret of its own, so the gateway keeps exactly one secret per MSN and checks a notice with the
 * secret of the MSN its body names. A configuration that breaks that is refused when it is parsed:
 * one secret for several MSNs (it cannot be what Vipps gave), two secrets for one MSN, or one MSN
 * with two currencies. (One MSN reached on both of Vipps' hosts, the gateway-wide credentials
 * serving test and live merchants, is not refused here: the Vipps host of each merchant is
 * `provider-accounts.ts`' matter, and a unit's `account` and `baseUrl` are its first merchant's.)
 *
 * Node runs this module too (`tools/vipps-webhooks.ts` registers the webhooks per MSN with it), so
 * its imports name files.
 */
import type { Merchant, SalesUnitCurrency } from "./merchants.ts";
import { type ProviderVariables, type VippsAccount, vippsAccount } from "./provider-accounts.ts";

/** The ePayment events the gateway reads a payment on: each may end or authorize an attempt. */
export const VIPPS_WEBHOOK_EVENTS = [
  "epayments.payment.authorized.v1",
  "epayments.payment.aborted.v1",
  "epayments.payment.expired.v1",
  "epayments.payment.cancelled.v1",
  "epayments.payment.terminated.v1",
] as const;

/** Where Vipps sends the notices of every MSN the gateway serves (one registration per MSN). */
export const VIPPS_NOTICE_PATH = "/v1/providers/vipps/callback";

export interface VippsSalesUnit {
  msn: string;
  currency: SalesUnitCurrency;
  baseUrl: string;
  /** The secret of the MSN's webhook registration; null while none is configured. */
  webhookSecret: string | null;
  /** The account the gateway calls Vipps with for this MSN (the first merchant's). */
  account: VippsAccount;
  /** Merchants with credentials of their own for this MSN. */
  ownedBy: string[];
  /** Whether the gateway-wide `VIPPS_*` credentials name this MSN (for merchants without their own). */
  gatewayWide: boolean;
}

/** One account as a merchant uses it. */
export interface UnitUse {
  merchantId: string;
  account: VippsAccount;
  gatewayWide: boolean;
}

/** The sales units behind `uses`, and every way they break the rule above (empty when none). */
export function salesUnitsOf(uses: readonly UnitUse[]): { units: VippsSalesUnit[]; problems: string[] } {
  const units = new Map<string, VippsSalesUnit>();
  const problems: string[] = [];
  for (const { merchantId, account, gatewayWide } of uses) {
    const secret = account.webhook_secret ?? null;
    const unit = units.get(account.msn);
    if (!unit) {
      const ownedBy = gatewayWide ? [] : [merchantId];
      units.set(account.msn, {
        msn: account.msn,
        currency: account.currency,
        baseUrl: account.baseUrl,
        webhookSecret: secret,
        account,
        ownedBy,
        gatewayWide,
      });
      continue;
    }
    const where = `MSN ${account.msn} (${merchantId})`;
    if (unit.currency !== account.currency)
      problems.push(`${where} is given currency ${account.currency} and ${unit.currency}: a sales unit takes one`);
    if (secret !== null && unit.webhookSecret !== null && secret !== unit.webhookSecret) {
      problems.push(`${where} has two webhook_secret values: Vipps gives one registration per MSN one secret`);
    }
    unit.webhookSecret ??= secret;
    if (gatewayWide) unit.gatewayWide = true;
    else if (!unit.ownedBy.includes(merchantId)) unit.ownedBy.push(merchantId);
  }
  const bySecret = new Map<string, string>();
  for (const unit of units.values()) {
    if (unit.webhookSecret === null) continue;
    const other = bySecret.get(unit.webhookSecret);
    if (other)
      problems.push(
        `MSN ${other} and MSN ${unit.msn} share one webhook_secret: each MSN's registration has its own (npm run vipps:webhooks)`,
      );
    else bySecret.set(unit.webhookSecret, unit.msn);
  }
  return { units: [...units.values()], problems };
}

/** The sales units the merchants of `env` use, each merchant with its own account or the gateway-wide one. */
export function vippsSalesUnits(env: ProviderVariables, merchants: readonly Merchant[]): { units: VippsSalesUnit[]; problems: string[] } {
  const uses: UnitUse[] = [];
  for (const merchant of merchants) {
    const account = vippsAccount(env, merchant);
    if (account) uses.push({ merchantId: merchant.id, account, gatewayWide: !merchant.vipps });
  }
  return salesUnitsOf(uses);
}
