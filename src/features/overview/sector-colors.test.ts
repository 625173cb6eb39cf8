import { describe, expect, it } from "vitest";
import { CHART_PALETTES } from "../../components/chart/chart-palette";
import { contrastRatio } from "../../components/readable-text-color";
import { buildBarOption } from "./bar.option";
import { sectorColor } from "./sector-colors";

const SECTORS = ["ITU-R", "ITU-T", "ITU-D", "GS", "none"];
const rows = SECTORS.map((code, index) => ({
  value: code,
  label: code,
  count: index + 1,
  color: sectorColor(code, index),
  selected: false,
}));

// Bars stand out from the card they are drawn on at 3:1 (WCAG 1.4.11), by their fill or their outline.
describe("sector colours", () => {
  it("keep 3:1 against the dark theme's card as they are", () => {
    const { background } = CHART_PALETTES.dark;
    for (const row of rows) {
      expect(contrastRatio(row.color, background), `${row.value} ${row.color}`).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(["contrast", "contrast-dark"] as const)(
    "are outlined at 3:1 or more against the %s background",
    (theme) => {
      const palette = CHART_PALETTES[theme];
      const outline = palette.markOutline ?? "";
      expect(contrastRatio(outline, palette.background)).toBeGreaterThanOrEqual(3);
      const option = buildBarOption(rows, "Activities", undefined, undefined, {}, palette);
      const series = option.series as Array<{ data: Array<{ itemStyle: { borderColor?: string } }> }>;
      expect(series[0]!.data.map((item) => item.itemStyle.borderColor)).toEqual(rows.map(() => outline));
    },
  );
});
