/**
 * The stylesheet's contrast: every text colour on its background reaches WCAG 2.2 AA for normal
 * text (4.5:1), computed with WCAG's relative luminance, and no colour in the CSS escapes the table.
 */
import { describe, expect, it } from "vitest";
import { COLOUR_PAIRS, STYLE } from "../../../src/pages/style";

/** WCAG 2.2 AA, normal text (success criterion 1.4.3): a ratio, unitless. */
const AA_NORMAL_TEXT = 4.5;

/** `#rgb` or `#rrggbb` as three 0–255 channels. */
function channels(hex: string): number[] {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit).join("") : hex.slice(1);
  return [0, 2, 4].map((at) => Number.parseInt(digits.slice(at, at + 2), 16));
}

/** WCAG's relative luminance of an sRGB colour, 0 (black) to 1 (white). */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe("the contrast formula", () => {
  it.each([
    ["#000", "#fff", 21],
    ["#fff", "#fff", 1],
    ["#ff5b24", "#fff", 3.1],
    ["#777", "#fff", 4.48],
  ])("%s on %s is %s:1", (text, background, ratio) => {
    expect(contrast(text, background)).toBeCloseTo(ratio, 2 - Math.round(Math.log10(ratio)));
  });
});

describe("every colour pair the CSS uses", () => {
  it.each(COLOUR_PAIRS)("$where: $text on $background reaches 4.5:1", ({ text, background }) => {
    expect(contrast(text, background)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
  });

  it("names every colour the stylesheet holds", () => {
    const inTable = new Set(COLOUR_PAIRS.flatMap((pair) => [pair.text, pair.background]));
    const inCss = STYLE.match(/#[0-9a-f]{3,6}\b/gi) ?? [];
    expect(inCss.length).toBeGreaterThan(0);
    expect(inCss.filter((colour) => !inTable.has(colour))).toEqual([]);
  });
});
