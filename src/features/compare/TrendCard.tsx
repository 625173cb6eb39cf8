import { useId, useMemo, useState } from "react";
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

const DIMENSIONS: ReadonlyArray<{ value: TrendDimension; label: string }> = [
  { value: "sector", label: "By sector" },
  { value: "line", label: "By action line" },
];

export function TrendCard({ activities, reportYears, reference, yearA, yearB }: TrendCardProps) {
  const [dimension, setDimension] = useState<TrendDimension>("sector");
  const screen = useScreenWidth();
  const name = useId();
  const { years, panels } = useMemo(
    () => buildTrendPanels(activities, reportYears, reference, dimension),
    [activities, reportYears, reference, dimension],
  );
  const columns = screen === "narrow" ? 2 : screen === "medium" ? 3 : dimension === "sector" ? 5 : 6;
  const option = useMemo(
    () => buildTrendOption({ years, panels, yearA, yearB, columns }),
    [years, panels, yearA, yearB, columns],
  );
  const title = "Every report year";
  const switcher = (
    <fieldset className="segmented">
      <legend className="visually-hidden">Panels</legend>
      {DIMENSIONS.map((item) => (
        <label key={item.value} className="segmented__option">
          <input
            type="radio"
            name={name}
            value={item.value}
            checked={dimension === item.value}
            onChange={() => setDimension(item.value)}
          />
          <span>{item.label}</span>
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
      note={`Activities per year, one panel per ${dimension === "sector" ? "sector" : "action line"} on a shared scale, so that more than two points show. Years without a report are gaps, not zeros; ${yearA} is the hollow dot and ${yearB} the filled one.`}
      chart={
        <>
          {switcher}
          <EChart
            option={option}
            label={`${title}, ${dimension === "sector" ? "by sector" : "by action line"}`}
            description={`Small multiples from ${years[0] ?? ""} to ${years.at(-1) ?? ""}. ${panels
              .map(
                (panel) =>
                  `${panel.label}: ${panel.values.filter((value) => value !== null).reduce((sum, value) => sum + (value ?? 0), 0)} in all`,
              )
              .join("; ")}.`}
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
            rowHeader="Year"
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
