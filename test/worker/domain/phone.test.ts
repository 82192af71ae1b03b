/** Phone numbers as people type them, made into E.164, or refused with the reason. */
import { describe, expect, it } from "vitest";
import { normalisePhone, type PhoneCountry } from "../../../src/domain/phone";

describe("normalisePhone", () => {
  const accepted: [string, PhoneCountry | null, string][] = [
    ["+47 999 99 999", "NO", "+4799999999"],
    ["004799999999", "NO", "+4799999999"],
    ["+4799999999", "NO", "+4799999999"],
    ["99999999", "NO", "+4799999999"],
    ["999.99.999", "NO", "+4799999999"],
    ["(+47) 999-99-999", "NO", "+4799999999"],
    [" +47 999 99 999 ", null, "+4799999999"],
    ["00 47 999 99 999", null, "+4799999999"],
    ["12 34 56 78", "DK", "+4512345678"],
    ["+45 12 34 56 78", "NO", "+4512345678"],
    ["040 123 4567", "FI", "+358401234567"],
    ["+358 40 123 4567", "DK", "+358401234567"],
    ["+358 (0)40 123 4567", null, "+358401234567"],
    ["+358 12345", null, "+35812345"],
    ["+46 70-123 45 67", "NO", "+46701234567"],
    ["+46 (0)70-123 45 67", null, "+46701234567"],
    ["0046 8 123 4567", null, "+4681234567"],
    ["+44 20 7946 0958", "NO", "+442079460958"],
    ["+1 (202) 555-0143", null, "+12025550143"],
  ];
  it.each(accepted)("%j (national: %s) is %s", (typed, country, e164) => {
    expect(normalisePhone(typed, { country })).toEqual({ e164 });
  });

  const refused: [string, PhoneCountry | null, RegExp][] = [
    ["9999999", "NO", /Norwegian number has 8 digits after \+47/],
    ["999999999", "NO", /Norwegian number has 8 digits/],
    ["4799999999", "NO", /Norwegian number has 8 digits/],
    ["+47 999 99 99", null, /Norwegian number has 8 digits/],
    ["+47 099 99 999", null, /Norwegian number does not start with 0/],
    ["1234567", "DK", /Danish number has 8 digits after \+45/],
    ["0123", "FI", /Finnish number has 5 to 10 digits after \+358 \(and a trunk 0 left out\)/],
    ["+358 12345678901", null, /Finnish number has 5 to 10 digits/],
    ["+46 123456", null, /Swedish number has 7 to 9 digits after \+46/],
    ["+46 70 123 45 678", null, /Swedish number has 7 to 9 digits/],
    ["+1 234", null, /international number has 8 to 15 digits/],
    ["+1 2345 6789 0123 4567", null, /international number has 8 to 15 digits/],
    ["+0047 999 99 999", null, /country code does not start with 0/],
    ["99999999", null, /with its country code/],
    ["+47 999 99 999 ext 2", "NO", /only digits/],
    ["47+99999999", "NO", /only digits/],
    ["tel:+4799999999", "NO", /only digits/],
    ["", "NO", /only digits/],
  ];
  it.each(refused)("%j (national: %s) is refused: %s", (typed, country, reason) => {
    const result = normalisePhone(typed, { country });
    expect(result).not.toHaveProperty("e164");
    expect("problem" in result ? result.problem : "").toMatch(reason);
  });

  it("refuses a national number when no country is named (the default)", () => {
    expect(normalisePhone("99999999")).toEqual({ problem: "a number with its country code, such as +4799999999" });
  });
});
