import { describe, expect, it } from "vitest";
import { ProviderError } from "../../../src/providers/http";
import { TOKEN_RENEW_MARGIN_MS, TokenCache } from "../../../src/providers/token-cache";

/** A token endpoint that hands out tok1, tok2, ... with a lifetime of `expiresIn` seconds, counting its calls. */
function tokenEndpoint(expiresIn = 3600) {
  let issued = 0;
  return {
    get issued() {
      return issued;
    },
    fetchToken: async () => ({ token: `tok${++issued}`, expiresIn }),
  };
}

describe("TokenCache", () => {
  it("fetches once for requests at the same moment, and keeps the token until shortly before expiry", async () => {
    const cache = new TokenCache();
    const endpoint = tokenEndpoint(3600);
    const now = 1_000_000;
    expect(await Promise.all([cache.get("k", endpoint.fetchToken, now), cache.get("k", endpoint.fetchToken, now)])).toEqual([
      "tok1",
      "tok1",
    ]);
    expect(await cache.get("k", endpoint.fetchToken, now + 3600_000 - TOKEN_RENEW_MARGIN_MS - 1)).toBe("tok1");
    expect(await cache.get("k", endpoint.fetchToken, now + 3600_000 - TOKEN_RENEW_MARGIN_MS)).toBe("tok2");
    expect(endpoint.issued).toBe(2);
  });

  it("forgets a failed fetch, so the next request tries again", async () => {
    const cache = new TokenCache();
    await expect(cache.get("k", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("k", tokenEndpoint().fetchToken)).toBe("tok1");
  });

  it.each([
    ["accepted at once", [200], ["tok1"], "ok"],
    ["refused once (401): a fresh token, one more try", [401, 200], ["tok1", "tok2"], "ok"],
    ["refused twice: the second 401 is the answer", [401, 401], ["tok1", "tok2"], 401],
    ["a 403 is not retried", [403], ["tok1"], 403],
    ["a 500 is not retried here (callProvider retries those)", [500], ["tok1"], 500],
  ] as const)("sendWithToken, %s", async (_, statuses, tokensSent, outcome) => {
    const cache = new TokenCache();
    const endpoint = tokenEndpoint();
    const sent: string[] = [];
    const send = async (token: string) => {
      const status = statuses[sent.length];
      sent.push(token);
      if (status !== 200) throw new ProviderError("fake", status ?? null, `HTTP ${status}`);
      return "ok";
    };
    const result = cache.sendWithToken("k", endpoint.fetchToken, send).catch((error: ProviderError) => error.status);
    expect(await result).toBe(outcome);
    expect(sent).toEqual(tokensSent);
  });

  it("sendWithToken passes on an error that is not the provider's 401", async () => {
    const cache = new TokenCache();
    const endpoint = tokenEndpoint();
    await expect(cache.sendWithToken("k", endpoint.fetchToken, () => Promise.reject(new TypeError("bug")))).rejects.toThrow("bug");
    expect(endpoint.issued).toBe(1);
  });
});

describe("TokenCache, wrong credentials", () => {
  it("does not ask the token endpoint twice when it refuses the credentials (401)", async () => {
    const cache = new TokenCache();
    let asked = 0;
    const refuse = async () => {
      asked++;
      throw new ProviderError("fake", 401, "HTTP 401");
    };
    await expect(cache.sendWithToken("k", refuse, async () => "never")).rejects.toMatchObject({ status: 401 });
    expect(asked).toBe(1);
  });
});
