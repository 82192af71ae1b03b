/**
 * The local merchant of README's walk (`npm run merchant`, tools/merchant.ts): its port choice and
 * printed lines by table; then the tool itself on a free port, sent a correctly signed, a wrongly
 * signed and an unsigned webhook and a return, checked by what it prints and shows.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGNATURE_HEADER, signPayload } from "../../src/signatures/paylink.ts";
import { DEFAULT_PORT, portFrom, webhookLine } from "../../tools/merchant.ts";
import { type LocalMerchant, startLocalMerchant } from "./local-merchant.ts";

describe("portFrom", () => {
  it.each([
    [[], {}, DEFAULT_PORT],
    [[], { PORT: "" }, DEFAULT_PORT],
    [[], { PORT: "4000" }, 4000],
    [["4100"], { PORT: "4000" }, 4100],
    [["65535"], {}, 65_535],
  ])("args %j, env %j: %i", (args, env, port) => {
    expect(portFrom(args, env)).toBe(port);
  });

  it.each([[["0"]], [["65536"]], [["abc"]], [["30 00"]], [["-1"]], [["3000.5"]]])("refuses %j, naming the port", (args) => {
    expect(() => portFrom(args, {})).toThrow(/^port: expected a whole number from 1 to 65535/);
  });
});

describe("webhookLine", () => {
  const paid = JSON.stringify({ id: "evt_1", type: "session.paid", data: { id: "ps_1", status: "paid" } });
  it.each([
    [
      "/webhooks/paylink",
      paid,
      true,
      "webhook POST /webhooks/paylink: session.paid for session ps_1 (now paid); signature verified with whsec_local",
    ],
    ["/other", paid, false, "webhook POST /other: session.paid for session ps_1 (now paid); signature NOT verified with whsec_local"],
    ["/x", "not json", false, "webhook POST /x: a body that is not a JSON object (8 characters); signature NOT verified with whsec_local"],
    ["/x", "null", false, "webhook POST /x: a body that is not a JSON object (4 characters); signature NOT verified with whsec_local"],
  ])("%s %s verified=%s", (path, body, verified, line) => {
    expect(webhookLine(path, body, verified)).toBe(line);
  });
});

describe("npm run merchant", () => {
  let merchant: LocalMerchant;
  beforeAll(async () => {
    merchant = await startLocalMerchant();
  });
  afterAll(() => merchant?.stop());

  const event = (id: string) => JSON.stringify({ id: "evt_t", type: "session.paid", created_at: "", data: { id, status: "paid" } });
  const post = async (path: string, body: string, signature: string | null) => {
    const response = await fetch(`${merchant.origin}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(signature === null ? {} : { [SIGNATURE_HEADER]: signature }) },
      body,
    });
    return { status: response.status, text: await response.text() };
  };
  const now = () => Math.floor(Date.now() / 1000);

  it("says where it listens", () => {
    expect(merchant.printed()).toContain(`The local merchant listens on http://localhost:${merchant.port}`);
  });

  it("prints a correctly signed webhook as verified, and answers 200", async () => {
    const body = event("ps_good");
    expect(await post("/webhooks/paylink", body, await signPayload(["whsec_local"], body, now()))).toEqual({
      status: 200,
      text: "received\n",
    });
    await merchant.waitFor(/ps_good/);
    expect(merchant.printed()).toContain(
      "webhook POST /webhooks/paylink: session.paid for session ps_good (now paid); signature verified with whsec_local\n",
    );
  });

  it("prints a webhook signed with another secret, on any path, as NOT verified, and still answers 200", async () => {
    const body = event("ps_forged");
    expect((await post("/elsewhere", body, await signPayload(["whsec_other"], body, now()))).status).toBe(200);
    await merchant.waitFor(/ps_forged/);
    expect(merchant.printed()).toContain(
      "webhook POST /elsewhere: session.paid for session ps_forged (now paid); signature NOT verified with whsec_local\n",
    );
  });

  it("prints a body changed after signing, an old signature and no signature as NOT verified", async () => {
    const body = event("ps_changed");
    await post("/webhooks/paylink", body, await signPayload(["whsec_local"], event("ps_original"), now()));
    await post("/webhooks/paylink", event("ps_old"), await signPayload(["whsec_local"], event("ps_old"), now() - 600));
    await post("/webhooks/paylink", event("ps_unsigned"), null);
    const printed = await merchant.waitFor(/ps_unsigned/);
    for (const id of ["ps_changed", "ps_old", "ps_unsigned"]) {
      expect(printed).toContain(`session.paid for session ${id} (now paid); signature NOT verified with whsec_local\n`);
    }
  });

  it("shows the return parameters as an escaped page, and prints the visit", async () => {
    const query = "merchant_reference=%3Cscript%3Ealert(1)%3C%2Fscript%3E&session_id=ps_back&transaction_id=sbx_1&error=";
    const response = await fetch(`${merchant.origin}/return?${query}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const page = await response.text();
    expect(page).toContain("<tr><th>merchant_reference</th><td>&lt;script&gt;alert(1)&lt;/script&gt;</td></tr>");
    expect(page).toContain("<tr><th>session_id</th><td>ps_back</td></tr>");
    expect(page).toContain("<tr><th>transaction_id</th><td>sbx_1</td></tr>");
    expect(page).toContain("<tr><th>error</th><td></td></tr>");
    expect(page).not.toContain("<script>");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'none'");
    await merchant.waitFor(/return GET \/return\?merchant_reference/);
  });

  it("shows (none) for a parameter the gateway did not send", async () => {
    const page = await (await fetch(`${merchant.origin}/return?merchant_reference=ORDER123&session_id=ps_x&error=cancelled`)).text();
    expect(page).toContain("<tr><th>transaction_id</th><td>(none)</td></tr>");
    expect(page).toContain("<tr><th>error</th><td>cancelled</td></tr>");
  });

  it("answers other GETs 404 with where to go", async () => {
    const response = await fetch(`${merchant.origin}/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("GET /return");
  });
});

describe("npm run merchant with a bad port", () => {
  it("exits 2 naming the port", async () => {
    const merchant = await startLocalMerchant(["not-a-port"]);
    expect(await merchant.exited).toBe(2);
    expect(merchant.printed()).toContain(
      'npm run merchant: port: expected a whole number from 1 to 65535 (first argument or PORT), got "not-a-port"',
    );
  });
});
