/**
 * Which provider account serves a merchant, and where it lives. A merchant's own credentials win;
 * otherwise the gateway-wide ones of the environment (`DINTERO_*`, `VIPPS_*`, e.g. from
 * `.dev.vars` in local development) serve. Test and live never meet: a test merchant (`sk_test_`
 * keys) gets only a Dintero test account (T…) and never Vipps' production host; a live merchant
 * only a production account, and never Vipps' test host (a staging host or a fake can stand in
 * for either through `VIPPS_BASE_URL`). An account that breaks that rule is not offered at all.
 *
 * Node runs this module too (`tools/vipps-webhooks.ts` finds the sales units with it), so its
 * imports name files.
 */
import * as z from "zod";
import {
  type DinteroCredentials,
  DinteroCredentialsSchema,
  type Merchant,
  type VippsCredentials,
  VippsCredentialsSchema,
} from "./merchants.ts";

/** Dintero's API; test and production share it, the account id decides. */
export const DINTERO_BASE_URL = "https://checkout.dintero.com";
/** Vipps MobilePay's production and test hosts. */
export const VIPPS_PRODUCTION_URL = "https://api.vipps.no";
export const VIPPS_TEST_URL = "https://apitest.vipps.no";

/** The Worker's variables this module reads (a part of `Env`, named here so Node can run it without the Worker's types). */
export type ProviderVariables = Partial<
  Record<
    | "DINTERO_BASE_URL"
    | "DINTERO_ACCOUNT_ID"
    | "DINTERO_CLIENT_ID"
    | "DINTERO_CLIENT_SECRET"
    | "DINTERO_PROFILE_ID"
    | "DINTERO_CALLBACK_SECRET"
    | "VIPPS_BASE_URL"
    | "VIPPS_CLIENT_ID"
    | "VIPPS_CLIENT_SECRET"
    | "VIPPS_SUBSCRIPTION_KEY"
    | "VIPPS_MSN"
    | "VIPPS_CURRENCY"
    | "VIPPS_WEBHOOK_SECRET",
    string
  >
>;

export interface DinteroAccount extends DinteroCredentials {
  baseUrl: string;
}

export interface VippsAccount extends VippsCredentials {
  baseUrl: string;
  /** Vipps' test environment: its deeplinks use the `vippsMT://` scheme. */
  test: boolean;
}

const BaseUrl = z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, ""));

/** Credentials from environment variables; an unset or empty variable counts as absent. */
function fromEnv<T extends z.ZodType>(schema: T, values: Record<string, string | undefined>): z.output<T> | null {
  const given = Object.entries(values).filter(([, value]) => value !== undefined && value.trim() !== "");
  if (given.length === 0) return null;
  const parsed = schema.safeParse(Object.fromEntries(given));
  return parsed.success ? parsed.data : null;
}

/** The base URL configured for a provider instead of its own hosts, if any. */
export function configuredBaseUrl(env: ProviderVariables, provider: "sandbox" | "dintero" | "vipps"): string | null {
  if (provider === "dintero") return env.DINTERO_BASE_URL ?? null;
  if (provider === "vipps") return env.VIPPS_BASE_URL ?? null;
  return null;
}

export function dinteroAccount(env: ProviderVariables, merchant: Merchant): DinteroAccount | null {
  const credentials =
    merchant.dintero ??
    fromEnv(DinteroCredentialsSchema, {
      account_id: env.DINTERO_ACCOUNT_ID,
      client_id: env.DINTERO_CLIENT_ID,
      client_secret: env.DINTERO_CLIENT_SECRET,
      profile_id: env.DINTERO_PROFILE_ID,
      callback_secret: env.DINTERO_CALLBACK_SECRET,
    });
  if (!credentials) return null;
  const testAccount = credentials.account_id.startsWith("T");
  if (testAccount !== (merchant.mode === "test")) return null;
  const baseUrl = BaseUrl.safeParse(env.DINTERO_BASE_URL ?? DINTERO_BASE_URL);
  return baseUrl.success ? { ...credentials, baseUrl: baseUrl.data } : null;
}

export function vippsAccount(env: ProviderVariables, merchant: Merchant): VippsAccount | null {
  const credentials =
    merchant.vipps ??
    fromEnv(VippsCredentialsSchema, {
      client_id: env.VIPPS_CLIENT_ID,
      client_secret: env.VIPPS_CLIENT_SECRET,
      subscription_key: env.VIPPS_SUBSCRIPTION_KEY,
      msn: env.VIPPS_MSN,
      currency: env.VIPPS_CURRENCY,
      webhook_secret: env.VIPPS_WEBHOOK_SECRET,
    });
  if (!credentials) return null;
  const test = merchant.mode === "test";
  const baseUrl = BaseUrl.safeParse(env.VIPPS_BASE_URL ?? (test ? VIPPS_TEST_URL : VIPPS_PRODUCTION_URL));
  if (!baseUrl.success) return null;
  const host = new URL(baseUrl.data).hostname.replace(/\.+$/, "");
  const otherWorld = new URL(test ? VIPPS_PRODUCTION_URL : VIPPS_TEST_URL).hostname;
  return host === otherWorld ? null : { ...credentials, baseUrl: baseUrl.data, test };
}
