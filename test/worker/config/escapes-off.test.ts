/** `ESCAPES_OFF`, the operator's switch for escapes that an app's update broke: how it is read, case by case. */
import { describe, expect, it } from "vitest";
import { parseEscapesOff } from "../../../src/config/escapes-off";

describe("parseEscapesOff", () => {
  const rows: [string, string, string[], string[]][] = [
    ["unset", "", [], []],
    ["one app's one escape", "instagram:intent", ["instagram:intent"], []],
    [
      "a list, with spaces and case as typed",
      " Instagram:intent , tiktok:X-Safari-Https ,",
      ["instagram:intent", "tiktok:x-safari-https"],
      [],
    ],
    ["an escape in every app", "*:intent", ["*:intent"], []],
    ["every escape of one app", "facebook:*", ["facebook:*"], []],
    ["an unknown app, ignored and named", "instagramm:intent,line:intent", ["line:intent"], ["instagramm:intent"]],
    ["an unknown escape, ignored and named", "instagram:safari", [], ["instagram:safari"]],
    ["an entry without its colon", "instagram", [], ["instagram"]],
  ];
  it.each(rows)("%s", (_, text, off, ignored) => {
    const parsed = parseEscapesOff(text);
    expect([...parsed.off].sort()).toEqual([...off].sort());
    expect(parsed.ignored).toEqual(ignored);
  });
});
