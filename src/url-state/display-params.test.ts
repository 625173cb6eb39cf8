import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePattern, parseTheme, resolveDisplay, THEMES, type DisplaySources } from "./display-params";

const LIGHT_SYSTEM = { prefersDark: false, prefersMoreContrast: false };
const sources = (query: string, overrides: Partial<DisplaySources> = {}): DisplaySources => ({
  url: new URLSearchParams(query),
  savedTheme: "system",
  savedPattern: false,
  system: LIGHT_SYSTEM,
  ...overrides,
});

describe("parseTheme", () => {
  it.each([
    ["light", "light"],
    [" Dark ", "dark"],
    ["contrast", "contrast"],
    ["high-contrast", "contrast"],
    ["contrast-dark", "contrast-dark"],
    ["dark-contrast", "contrast-dark"],
    ["purple", undefined],
    ["", undefined],
    [null, undefined],
  ])("%j → %j", (raw, expected) => {
    expect(parseTheme(raw)).toBe(expected);
  });
});

describe("parsePattern", () => {
  it.each([
    ["1", true],
    ["on", true],
    ["0", false],
    ["false", false],
    ["stripes", undefined],
    [null, undefined],
  ])("%j → %j", (raw, expected) => {
    expect(parsePattern(raw)).toBe(expected);
  });
});

describe("resolveDisplay", () => {
  it("follows the system when nothing is chosen", () => {
    expect(resolveDisplay(sources("")).theme).toBe("light");
    expect(
      resolveDisplay(sources("", { system: { prefersDark: true, prefersMoreContrast: false } })).theme,
    ).toBe("dark");
    expect(
      resolveDisplay(sources("", { system: { prefersDark: true, prefersMoreContrast: true } })).theme,
    ).toBe("contrast-dark");
    expect(
      resolveDisplay(sources("", { system: { prefersDark: false, prefersMoreContrast: true } })).theme,
    ).toBe("contrast");
  });

  it("prefers the saved choice to the system, and the URL to both", () => {
    const dark = { prefersDark: true, prefersMoreContrast: false };
    expect(resolveDisplay(sources("", { savedTheme: "light", system: dark })).theme).toBe("light");
    expect(resolveDisplay(sources("theme=contrast", { savedTheme: "light", system: dark })).theme).toBe(
      "contrast",
    );
    expect(resolveDisplay(sources("pattern=1")).pattern).toBe(true);
    expect(resolveDisplay(sources("pattern=0", { savedPattern: true })).pattern).toBe(false);
    expect(resolveDisplay(sources("", { savedPattern: true })).pattern).toBe(true);
  });

  it("ignores an unknown theme in the URL instead of failing", () => {
    expect(resolveDisplay(sources("theme=neon", { savedTheme: "dark" })).theme).toBe("dark");
  });

  it("always resolves to one of the themes", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.boolean(), fc.boolean(), (theme, pattern, dark, more) => {
        const display = resolveDisplay(
          sources(new URLSearchParams({ theme, pattern }).toString(), {
            system: { prefersDark: dark, prefersMoreContrast: more },
          }),
        );
        expect(THEMES).toContain(display.theme);
        expect(typeof display.pattern).toBe("boolean");
      }),
      { numRuns: 500, seed: 9 },
    );
  });
});
