/**
 * `npm run vipps:webhooks -- --env <staging|production> --gateway <https origin> [--vars <file>]`:
 * registers the gateway's Vipps MobilePay webhook once per sales unit (MSN) the environment's
 * merchants use, and prints what to store.
 *
 * The configuration is the environment's own: `MERCHANTS` and the gateway-wide `VIPPS_*`
 * variables, read from the file `--vars` names (`.dev.vars` format: `NAME=value` lines) or else
 * from this process's environment variables; the MSNs are found with the gateway's own
 * provider-account code (`src/config/vipps-sales-units.ts`). For each MSN, with that MSN's
 * credentials: its registrations are listed (`GET /webhooks/v1/webhooks`); one at the gateway's
 * URL (`<gateway>/v1/providers/vipps/callback`) for every event the gateway reads is kept when its
 * secret is already configured; otherwise one is registered (`POST`, which answers its secret,
 * shown only then), and the old ones at that URL are deleted. Vipps allows 5 webhooks per event:
 * a sixth is Vipps' refusal, printed. The webhook secrets are printed with the `wrangler secret
 * put` line (gateway-wide) or the MERCHANTS change (a merchant's own credentials) that stores them;
 * client secrets and subscription keys never are. Exit status: 0 done, 1 Vipps refused or failed
 * for an MSN, 2 bad arguments or configuration. Node built-ins and the gateway's own modules only.
 */
import { readFileSync } from "node:fs";
import { parseEnv } from "node:util";
import * as z from "zod";
import { type Merchant, MerchantsSchema } from "../src/config/merchants.ts";
import { VIPPS_NOTICE_PATH, VIPPS_WEBHOOK_EVENTS, type VippsSalesUnit, vippsSalesUnits } from "../src/config/vipps-sales-units.ts";

export const ENVIRONMENTS = ["staging", "production"] as const;

/** Who is calling, as Vipps asks every integration to say. */
const SYSTEM_HEADERS = { "Vipps-System-Name": "paylink", "Vipps-System-Plugin-Name": "paylink-webhooks" };

export interface Options {
  env: (typeof ENVIRONMENTS)[number];
  gateway: string;
  vars: string | null;
}

/** The options from the command line; an error names the one at fault. */
export function optionsFrom(args: readonly string[]): Options {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i] ?? "";
    const value = args[i + 1];
    if (!["--env", "--gateway", "--vars"].includes(name)) throw new Error(`${name}: not an option (--env, --gateway, --vars)`);
    if (value === undefined) throw new Error(`${name}: needs a value`);
    values.set(name, value);
  }
  const env = values.get("--env") ?? "";
  if (!(ENVIRONMENTS as readonly string[]).includes(env)) throw new Error(`--env: staging or production, got ${JSON.stringify(env)}`);
  const gateway = values.get("--gateway") ?? "";
  if (!URL.canParse(gateway) || new URL(gateway).protocol !== "https:" || new URL(gateway).pathname !== "/") {
    throw new Error(`--gateway: the gateway's https origin, e.g. https://pay.example.com, got ${JSON.stringify(gateway)}`);
  }
  return { env: env as Options["env"], gateway: new URL(gateway).origin, vars: values.get("--vars") ?? null };
}

/** The variables the gateway would see: the file's, or the process's. */
export function variablesFrom(options: Options, processEnv: Record<string, string | undefined>): Record<string, string | undefined> {
  return options.vars === null ? processEnv : parseEnv(readFileSync(options.vars, "utf8"));
}

interface Registered {
  id: string;
  url: string;
  events: string[];
}

/** One MSN's Webhooks API, with its credentials. */
function webhooksClient(unit: VippsSalesUnit) {
  const { account } = unit;
  const salesUnit = { "Ocp-Apim-Subscription-Key": account.subscription_key, "Merchant-Serial-Number": unit.msn, ...SYSTEM_HEADERS };
  let bearer: string | null = null;
  const answer = async (response: Response, what: string) => {
    const text = await response.text();
    if (!response.ok) throw new Error(`${what}: Vipps answered ${response.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : null;
  };
  const call = async (method: string, path: string, body?: unknown) => {
    if (bearer === null) {
      const token = await fetch(`${account.baseUrl}/accesstoken/get`, {
        method: "POST",
        headers: { client_id: account.client_id, client_secret: account.client_secret, ...salesUnit },
      });
      bearer = ((await answer(token, "access token")) as { access_token: string }).access_token;
    }
    const response = await fetch(`${account.baseUrl}/webhooks/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${bearer}`, ...salesUnit, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return answer(response, `${method} /webhooks/v1${path}`);
  };
  return {
    list: async () => ((await call("GET", "/webhooks")) as { webhooks: Registered[] }).webhooks,
    register: async (url: string) =>
      (await call("POST", "/webhooks", { url, events: VIPPS_WEBHOOK_EVENTS })) as { id: string; secret: string },
    remove: (id: string) => call("DELETE", `/webhooks/${encodeURIComponent(id)}`),
  };
}

/** The lines that store `secret` as the MSN's webhook secret, wherever its credentials are configured. */
export function storeLines(unit: VippsSalesUnit, secret: string, env: Options["env"]): string[] {
  const lines: string[] = [];
  if (unit.gatewayWide) lines.push(`printf %s '${secret}' | npx wrangler secret put VIPPS_WEBHOOK_SECRET --env ${env}`);
  if (unit.ownedBy.length) {
    lines.push(
      `in MERCHANTS, set "webhook_secret": "${secret}" in the "vipps" credentials of ${unit.ownedBy.join(", ")}, then: npx wrangler secret put MERCHANTS --env ${env} < merchants.json`,
    );
  }
  return lines;
}

/** Registers the webhook of one MSN where needed; the lines to print. */
async function settleUnit(unit: VippsSalesUnit, url: string, env: Options["env"]): Promise<string[]> {
  const client = webhooksClient(unit);
  const head = `MSN ${unit.msn} (${unit.currency}, ${unit.baseUrl})`;
  const ours = (await client.list()).filter((known) => known.url === url);
  const complete = ours.find((known) => VIPPS_WEBHOOK_EVENTS.every((event) => known.events.includes(event)));
  if (complete && unit.webhookSecret !== null) return [`${head}: registered (${complete.id}), its secret configured; nothing to do`];
  const created = await client.register(url);
  for (const old of ours) await client.remove(old.id);
  const replaced = ours.length ? `, ${ours.length} older one(s) at that URL deleted` : "";
  return [
    `${head}: registered ${created.id} for ${url}${replaced}`,
    `  webhook secret: ${created.secret}`,
    ...storeLines(unit, created.secret, env).map((line) => `  store it: ${line}`),
  ];
}

/** The whole command; prints as it goes and answers the exit status. */
export async function run(
  args: readonly string[],
  processEnv: Record<string, string | undefined>,
  print: (line: string) => void,
): Promise<number> {
  let options: Options;
  let merchants: Merchant[];
  let units: VippsSalesUnit[];
  let variables: Record<string, string | undefined>;
  try {
    options = optionsFrom(args);
    variables = variablesFrom(options, processEnv);
    const parsed = MerchantsSchema.safeParse(JSON.parse(variables.MERCHANTS ?? "null"));
    if (!parsed.success) throw new Error(`MERCHANTS: ${z.prettifyError(parsed.error)}`);
    merchants = parsed.data;
    const found = vippsSalesUnits(variables, merchants);
    if (found.problems.length) throw new Error(found.problems.join("; "));
    units = found.units;
  } catch (error) {
    print(`vipps:webhooks: ${(error as Error).message}`);
    return 2;
  }
  const url = `${options.gateway}${VIPPS_NOTICE_PATH}`;
  print(`${units.length} Vipps MobilePay sales unit(s) for ${merchants.length} merchant(s) in ${options.env}; webhook URL ${url}`);
  let status = 0;
  for (const unit of units) {
    try {
      for (const line of await settleUnit(unit, url, options.env)) print(line);
    } catch (error) {
      print(`MSN ${unit.msn}: ${(error as Error).message}`);
      status = 1;
    }
  }
  return status;
}

if (import.meta.main) {
  process.exitCode = await run(process.argv.slice(2), process.env, (line) => console.log(line));
}
