import { describe, expect, it } from "vitest";
import { COLOR_SWAPS } from "../../components/chart/display-option";
import { contrastRatio } from "../../components/readable-text-color";
import { sectorColor } from "./sector-colors";

// The card surfaces of the themes (styles/themes.css): bars stand out from them at 3:1 (WCAG 1.4.11).
const SURFACES = [
  ["dark", "#161b22"],
  ["contrast-dark", "#000000"],
  ["contrast", "#ffffff"],
] as const;
const SECTORS = ["ITU-R", "ITU-T", "ITU-D", "GS", "none"];

describe("sector colours", () => {
  it.each(SURFACES)("keep 3:1 against the %s background, as that theme draws them", (theme, surface) => {
    for (const [index, code] of SECTORS.entries()) {
      const light = sectorColor(code, index);
      const drawn = COLOR_SWAPS[theme][light.toLowerCase()] ?? light;
      expect(contrastRatio(drawn, surface), `${code} ${drawn}`).toBeGreaterThanOrEqual(3);
    }
  });
});
