/**
 * `npm run vipps:webhooks` (tools/vipps-webhooks.ts) against the fake Vipps' Webhooks API, each
 * test in a world of the fake of its own: one registration per sales unit (MSN) the merchants use,
 * for the events the gateway reads, at the gateway's one notice URL; its secret printed with the
 * line that stores it, and never a client secret; nothing done where a registration and its
 * secret are in place; a lost secret replaced; Vipps' limit of 5 per event reported.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { VIPPS_WEBHOOK_EVENTS } from "../../src/config/vipps-sales-units.ts";
import { optionsFrom, run } from "../../tools/vipps-webhooks.ts";
import { FAKE_VIPPS } from "./fakes/credentials.ts";
import { vippsControl } from "./fakes/vipps-control.ts";
import { MAX_WEBHOOKS_PER_EVENT } from "./fakes/vipps-webhooks-api.ts";

const GATEWAY = "https://pay.example.com";
const NOTICE_URL = `${GATEWAY}/v1/providers/vipps/callback`;
const DANISH_MSN = "234567";

let worlds = 0;
function world() {
  worlds += 1;
  return vippsControl(`http://127.0.0.1:${inject("fakeVippsPort")}/w/webhooks-tool-${process.pid}-${worlds}`);
}

const credentials = {
  client_id: FAKE_VIPPS.clientId,
  client_secret: FAKE_VIPPS.clientSecret,
  subscription_key: FAKE_VIPPS.subscriptionKey,
};

function shop(id: string, vipps?: Record<string, string>) {
  return {
    id,
    name: id,
    mode: "live",
    api_key_sha256: ["0".repeat(64)],
    webhook_secrets: ["whsec_shop_secret"],
    default_provider: "vipps",
    allowed_hosts: ["shop.example"],
    ...(vipps ? { vipps } : {}),
  };
}

/** Two merchants on the gateway-wide Norwegian MSN, two with their own Danish one. */
function variables(base: string, secrets: { gateway?: string; danish?: string } = {}): Record<string, string> {
  const danish = { ...credentials, msn: DANISH_MSN, currency: "DKK", ...(secrets.danish ? { webhook_secret: secrets.danish } : {}) };
  return {
    MERCHANTS: JSON.stringify([shop("mer_a"), shop("mer_b"), shop("mer_dk_1", danish), shop("mer_dk_2", danish)]),
    VIPPS_BASE_URL: base,
    VIPPS_CLIENT_ID: FAKE_VIPPS.clientId,
    VIPPS_CLIENT_SECRET: FAKE_VIPPS.clientSecret,
    VIPPS_SUBSCRIPTION_KEY: FAKE_VIPPS.subscriptionKey,
    VIPPS_MSN: FAKE_VIPPS.msn,
    VIPPS_CURRENCY: "NOK",
    ...(secrets.gateway ? { VIPPS_WEBHOOK_SECRET: secrets.gateway } : {}),
  };
}

async function runTool(vars: Record<string, string>) {
  const lines: string[] = [];
  const status = await run(["--env", "production", "--gateway", GATEWAY], vars, (line) => lines.push(line));
  return { status, output: lines.join("\n") };
}

/** The secret the tool printed for an MSN. */
function printedSecret(output: string, msn: string): string {
  const found = new RegExp(`MSN ${msn} [^\\n]*\\n  webhook secret: (\\S+)`).exec(output)?.[1];
  if (!found) throw new Error(`no secret printed for MSN ${msn} in:\n${output}`);
  return found;
}

describe("optionsFrom", () => {
  it.each([
    [[], /^--env: staging or production/],
    [["--env", "prod"], /^--env: staging or production, got "prod"/],
    [["--env", "staging"], /^--gateway: the gateway's https origin/],
    [["--env", "staging", "--gateway", "http://pay.example.com"], /^--gateway/],
    [["--env", "staging", "--gateway", "https://pay.example.com/v1"], /^--gateway/],
    [["--env", "staging", "--secret", "x"], /^--secret: not an option/],
    [["--env"], /^--env: needs a value/],
  ])("refuses %j", (args, message) => {
    expect(() => optionsFrom(args)).toThrow(message);
  });

  it("takes the environment, the gateway's origin and a file", () => {
    expect(optionsFrom(["--env", "staging", "--gateway", "https://pay.example.com/", "--vars", "x.vars"])).toEqual({
      env: "staging",
      gateway: "https://pay.example.com",
      vars: "x.vars",
    });
  });
});

describe("npm run vipps:webhooks", () => {
  it("registers one webhook per MSN from a --vars file, and prints each secret with the line that stores it", async () => {
    const fake = world();
    const file = join(mkdtempSync(join(tmpdir(), "vipps-webhooks-")), "production.vars");
    writeFileSync(
      file,
      Object.entries(variables(fake.base))
        .map(([name, value]) => `${name}='${value}'`)
        .join("\n"),
    );
    const { stdout } = await promisify(execFile)("npm", [
      "run",
      "-s",
      "vipps:webhooks",
      "--",
      "--env",
      "production",
      "--gateway",
      GATEWAY,
      "--vars",
      file,
    ]);

    expect(stdout).toContain(`2 Vipps MobilePay sales unit(s) for 4 merchant(s) in production; webhook URL ${NOTICE_URL}`);
    for (const msn of [FAKE_VIPPS.msn, DANISH_MSN]) {
      const registered = await fake.webhooks(msn);
      expect(registered).toEqual([
        { id: expect.any(String), url: NOTICE_URL, events: [...VIPPS_WEBHOOK_EVENTS], secret: printedSecret(stdout, msn) },
      ]);
    }
    const norwegian = printedSecret(stdout, FAKE_VIPPS.msn);
    const danish = printedSecret(stdout, DANISH_MSN);
    expect(norwegian).not.toBe(danish);
    expect(stdout).toContain(`store it: printf %s '${norwegian}' | npx wrangler secret put VIPPS_WEBHOOK_SECRET --env production`);
    expect(stdout).toContain(`store it: in MERCHANTS, set "webhook_secret": "${danish}" in the "vipps" credentials of mer_dk_1, mer_dk_2`);
    expect(stdout).not.toContain(FAKE_VIPPS.clientSecret);
    expect(stdout).not.toContain(FAKE_VIPPS.subscriptionKey);
  });

  it("does nothing where the registration and its secret are in place, and replaces one whose secret was lost", async () => {
    const fake = world();
    const first = await runTool(variables(fake.base));
    expect(first.status).toBe(0);
    const secrets = { gateway: printedSecret(first.output, FAKE_VIPPS.msn), danish: printedSecret(first.output, DANISH_MSN) };

    const again = await runTool(variables(fake.base, secrets));
    expect(again.status).toBe(0);
    expect(again.output).toMatch(new RegExp(`MSN ${FAKE_VIPPS.msn} .*: registered \\(.+\\), its secret configured; nothing to do`));
    expect(again.output).toMatch(new RegExp(`MSN ${DANISH_MSN} .*: registered \\(.+\\), its secret configured; nothing to do`));
    expect(again.output).not.toContain("webhook secret:");

    const lost = await runTool(variables(fake.base, { gateway: secrets.gateway }));
    expect(lost.output).toContain(", 1 older one(s) at that URL deleted");
    const renewed = printedSecret(lost.output, DANISH_MSN);
    expect(renewed).not.toBe(secrets.danish);
    expect(await fake.webhooks(DANISH_MSN)).toEqual([expect.objectContaining({ url: NOTICE_URL, secret: renewed })]);
    expect(await fake.webhooks(FAKE_VIPPS.msn)).toEqual([expect.objectContaining({ secret: secrets.gateway })]);
  });

  it("reports Vipps' refusal of a sixth webhook for an event, and goes on with the other MSNs", async () => {
    const fake = world();
    const token = await fetch(`${fake.base}/accesstoken/get`, {
      method: "POST",
      headers: { ...credentials, "ocp-apim-subscription-key": FAKE_VIPPS.subscriptionKey, "merchant-serial-number": DANISH_MSN },
    });
    const bearer = ((await token.json()) as { access_token: string }).access_token;
    for (let i = 0; i < MAX_WEBHOOKS_PER_EVENT; i++) {
      const registered = await fetch(`${fake.base}/webhooks/v1/webhooks`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${bearer}`,
          "ocp-apim-subscription-key": FAKE_VIPPS.subscriptionKey,
          "merchant-serial-number": DANISH_MSN,
          "content-type": "application/json",
        },
        body: JSON.stringify({ url: `https://other-${i}.example/hook`, events: ["epayments.payment.authorized.v1"] }),
      });
      expect(registered.status).toBe(201);
    }
    const { status, output } = await runTool(variables(fake.base));
    expect(status).toBe(1);
    expect(output).toMatch(
      new RegExp(`MSN ${DANISH_MSN}: POST /webhooks/v1/webhooks: Vipps answered 400 .*At most 5 webhooks can be registered per event`),
    );
    expect(printedSecret(output, FAKE_VIPPS.msn)).toMatch(/\S/);
    expect(await fake.webhooks(DANISH_MSN)).toHaveLength(MAX_WEBHOOKS_PER_EVENT);
  });

  it("refuses a configuration whose MSNs share one secret, before calling Vipps", async () => {
    const fake = world();
    const { status, output } = await runTool(variables(fake.base, { gateway: "same-secret", danish: "same-secret" }));
    expect(status).toBe(2);
    expect(output).toBe(
      `vipps:webhooks: MSN ${FAKE_VIPPS.msn} and MSN ${DANISH_MSN} share one webhook_secret: each MSN's registration has its own (npm run vipps:webhooks)`,
    );
    expect(await fake.requests()).toEqual([]);
  });
});
