import type { EChartsOption } from "echarts";
import { baseOption } from "../../components/chart/base-option";
import { LIGHT_PALETTE, markOutline, type ChartPalette } from "../../components/chart/chart-palette";
import { englishChartLocale, type ChartLocale } from "../../components/chart/chart-locale";
import { escapeHtml } from "../../components/chart/escape-html";
import { SCREEN_TYPE, type ChartTextSizes } from "../../components/chart/type-scale";

export interface MatrixInput {
  lines: ReadonlyArray<{ code: string; title: string }>;
  sdgs: ReadonlyArray<{ number: number; shortName: string }>;
  /** "C2|9" → count */
  counts: ReadonlyMap<string, number>;
}

// Room for an action line code ("C11") and the axis label margin.
const LINE_CODE_MARGIN = 40;

/** Action line x SDG heatmap; the cell value says how many activities carry both links. */
export function buildMatrixOption(
  { lines, sdgs, counts }: MatrixInput,
  locale: ChartLocale = englishChartLocale(),
  sizes: ChartTextSizes = SCREEN_TYPE,
  palette: ChartPalette = LIGHT_PALETTE,
): EChartsOption {
  const { rtl, t } = locale;
  const grow = sizes.label / SCREEN_TYPE.label;
  const lineCodeMargin = Math.round(LINE_CODE_MARGIN * grow);
  const data = lines.flatMap((line, y) =>
    sdgs.map((sdg, x) => {
      const count = counts.get(`${line.code}|${sdg.number}`) ?? 0;
      return { value: [x, y, count], filterValue: `${line.code}|${sdg.number}` };
    }),
  );
  const max = Math.max(1, ...data.map((cell) => cell.value[2] ?? 0));
  return {
    ...baseOption(),
    // Fixed margins rather than containLabel, as in bar.option.ts: the labels are known ("C11" at the widest,
    // SDG numbers), so measuring them on every draw to fit the grid buys nothing.
    grid: {
      left: rtl ? 8 : lineCodeMargin,
      right: rtl ? lineCodeMargin : 8,
      top: 8,
      bottom: Math.round(76 * grow),
      outerBoundsMode: "none",
    },
    tooltip: {
      ...baseOption().tooltip,
      trigger: "item",
      formatter: (params: unknown) => {
        const [x, y, count] = (params as { value: [number, number, number] }).value;
        const line = lines[y];
        const sdg = sdgs[x];
        if (!line || !sdg) return "";
        return `${escapeHtml(line.code)} ${escapeHtml(line.title)}<br/>${escapeHtml(t("sdg.named", { number: sdg.number, name: sdg.shortName }))}<br/>${t("overview.tooltipCount", { count })}`;
      },
    },
    xAxis: {
      type: "category",
      name: t("sdg.axis"),
      nameLocation: "middle",
      nameGap: Math.round(28 * grow),
      nameTextStyle: { fontSize: sizes.axisName },
      axisLabel: { fontSize: sizes.label },
      data: sdgs.map((sdg) => String(sdg.number)),
      splitArea: { show: true },
      inverse: rtl,
    },
    yAxis: {
      type: "category",
      inverse: true,
      data: lines.map((line) => line.code),
      axisLabel: { fontSize: sizes.label },
      splitArea: { show: true },
      position: rtl ? "right" : "left",
    },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: "horizontal",
      left: "center",
      bottom: 0,
      itemHeight: 120,
      textStyle: { fontSize: sizes.legend },
      inRange: { color: [...palette.heatScale] },
      text: [locale.number(max), locale.number(0)],
    },
    series: [
      {
        type: "heatmap",
        id: "matrix",
        data,
        // Drawn in slices over a few frames: all its labelled cells in one go make the longest task after
        // the first chart.
        progressive: 48,
        progressiveThreshold: 100,
        label: {
          show: true,
          // Cells are small: the numbers in them run a little under the labels' size.
          fontSize: Math.round(sizes.value * (10 / 12)),
          formatter: (params: unknown) => {
            const count = (params as { value: [number, number, number] }).value[2];
            return count > 0 ? String(count) : "";
          },
        },
        itemStyle: markOutline(palette),
        emphasis: { itemStyle: { borderColor: palette.selection, borderWidth: 2 } },
      },
    ],
  };
}
