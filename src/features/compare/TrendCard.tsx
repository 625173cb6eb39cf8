import { useId, useMemo, useState } from "react";
import { useChartLocale } from "../../components/chart/chart-locale";
import { useChartPalette } from "../../components/chart/chart-theme";
import { ChartCard } from "../../components/ChartCard";
import { CountTable } from "../../components/CountTable";
import { EChart } from "../../components/chart/EChart";
import type { ActivityRecord } from "../../domain/activity-record";
import type { Reference } from "../../schema/reference";
import { buildTrendPanels, type TrendDimension } from "./compare-model";
import { buildTrendOption, trendChartHeight } from "./trend.option";
import { useScreenWidth } from "./use-screen-width";

interface TrendCardProps {
  activities: readonly ActivityRecord[];
  reportYears: readonly number[];
  reference: Reference;
  yearA: number;
  yearB: number;
}

const DIMENSIONS = [
  { value: "sector", labelKey: "compare.trend.bySector" },
  { value: "line", labelKey: "compare.trend.byLine" },
  { value: "sdg", labelKey: "compare.trend.bySdg" },
] as const satisfies ReadonlyArray<{ value: TrendDimension; labelKey: string }>;

const TREND_TEXT = {
  sector: { note: "compare.trend.noteSector", label: "compare.trend.labelSector" },
  line: { note: "compare.trend.noteLine", label: "compare.trend.labelLine" },
  sdg: { note: "compare.trend.noteSdg", label: "compare.trend.labelSdg" },
} as const satisfies Record<TrendDimension, { note: string; label: string }>;

export function TrendCard({ activities, reportYears, reference, yearA, yearB }: TrendCardProps) {
  const [dimension, setDimension] = useState<TrendDimension>("sector");
  const screen = useScreenWidth();
  const locale = useChartLocale();
  const { t } = locale;
  const name = useId();
  const { years, panels } = useMemo(
    () => buildTrendPanels(activities, reportYears, reference, dimension),
    [activities, reportYears, reference, dimension],
  );
  const columns = screen === "narrow" ? 2 : screen === "medium" ? 3 : dimension === "sector" ? 5 : 6;
  const text = TREND_TEXT[dimension];
  const palette = useChartPalette();
  const option = useMemo(
    () => buildTrendOption({ years, panels, yearA, yearB, columns }, locale, palette),
    [years, panels, yearA, yearB, columns, locale, palette],
  );
  const title = t("compare.trend.title");
  const switcher = (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t("compare.trend.panels")}</legend>
      {DIMENSIONS.map((item) => (
        <label key={item.value} className="segmented__option">
          <input
            type="radio"
            name={name}
            value={item.value}
            checked={dimension === item.value}
            onChange={() => setDimension(item.value)}
          />
          <span>{t(item.labelKey)}</span>
        </label>
      ))}
    </fieldset>
  );
  const reported = years.flatMap((year, dataIndex) =>
    reportYears.includes(year) ? [{ year, dataIndex }] : [],
  );
  return (
    <ChartCard
      wide
      title={title}
      note={t(text.note, { a: yearA, b: yearB })}
      chart={
        <>
          {switcher}
          <EChart
            option={option}
            label={t(text.label)}
            description={t("compare.trend.description", {
              from: years[0] ?? "",
              to: years.at(-1) ?? "",
              panels: panels
                .map((panel) =>
                  t("compare.trend.panelTotal", {
                    label: panel.label,
                    total: panel.values.reduce<number>((sum, value) => sum + (value ?? 0), 0),
                  }),
                )
                .join("; "),
            })}
            height={trendChartHeight(panels.length, columns)}
            items={reported.map(({ year, dataIndex }) => ({
              value: String(year),
              label: `${year}: ${panels.map((panel) => `${panel.label} ${panel.values[dataIndex] ?? 0}`).join(", ")}`,
              dataIndex,
            }))}
          />
        </>
      }
      table={
        <>
          {switcher}
          <CountTable
            caption={title}
            rowHeader={t("overview.year")}
            columns={panels.map((panel) => panel.label)}
            rows={years.map((year, index) => ({
              key: String(year),
              label: String(year),
              values: panels.map((panel) => panel.values[index] ?? null),
            }))}
          />
        </>
      }
    />
  );
}
