/** Provider answers are parsed before they are believed, and a secret answer never travels in an error. */

import { describe, expect, it } from "vitest";
import * as z from "zod";
import { ProviderError, parseAnswer } from "../../../src/providers/http";

const Token = z.object({ access_token: z.string(), expires_in: z.number() });

describe("parseAnswer", () => {
  it("gives the parsed answer", () => {
    expect(parseAnswer("dintero", 200, { access_token: "t", expires_in: 60 }, Token, "token")).toEqual({
      access_token: "t",
      expires_in: 60,
    });
  });

  it("names what was wrong and keeps a plain answer for the merchant to see", () => {
    const error = (() => {
      try {
        return parseAnswer("dintero", 200, { id: 5 }, z.object({ id: z.string() }), "session");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).message).toContain("session: unexpected answer");
    expect((error as ProviderError).body).toEqual({ id: 5 });
  });

  it("never carries a secret answer, such as a token without its expiry", () => {
    const answer = { access_token: "eyJ-secret-token", token_type: "Bearer" };
    const error = (() => {
      try {
        return parseAnswer("dintero", 200, answer, Token, "token", true);
      } catch (caught) {
        return caught;
      }
    })() as ProviderError;
    expect(error.body).toBeNull();
    expect(error.message).not.toContain("eyJ-secret-token");
  });
});
