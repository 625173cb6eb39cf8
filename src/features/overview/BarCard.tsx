import { useContext, useMemo, type ReactNode } from "react";
import { ChartCard } from "../../components/ChartCard";
import { CountTable } from "../../components/CountTable";
import { useChartLocale } from "../../components/chart/chart-locale";
import { useChartPalette } from "../../components/chart/chart-theme";
import { EChart } from "../../components/chart/EChart";
import { useNarrowScreen } from "../../components/chart/use-narrow-screen";
import { ChartTypeContext } from "../../components/chart/type-scale";
import { buildBarOption } from "./bar.option";
import type { CountRow } from "./chart-rows";
import { describeRanking } from "./describe-chart";

interface BarCardProps {
  /** Public view name (#/embed/<view>). */
  view: string;
  title: string;
  note?: ReactNode;
  rows: readonly CountRow[];
  rowHeader: string;
  /** Rows whose value cannot be a filter (e.g. "no ITU unit named") pass through without a toggle. */
  isFilterable?: (row: CountRow) => boolean;
  onToggle: (value: string) => void;
}

export function BarCard({
  view,
  title,
  note,
  rows,
  rowHeader,
  isFilterable = () => true,
  onToggle,
}: BarCardProps) {
  const locale = useChartLocale();
  const { t } = locale;
  const activitiesLabel = t("overview.activitiesAxis");
  const narrow = useNarrowScreen();
  const sizes = useContext(ChartTypeContext);
  const palette = useChartPalette();
  const option = useMemo(
    () => buildBarOption(rows, activitiesLabel, locale, sizes, { narrow }, palette),
    [rows, activitiesLabel, locale, sizes, narrow, palette],
  );
  const description = describeRanking(rows, t);
  const filterable = rows.flatMap((row, dataIndex) => (isFilterable(row) ? [{ row, dataIndex }] : []));
  return (
    <ChartCard
      title={title}
      note={note}
      shareable={{
        view,
        description,
        optionFor: (other, target) => buildBarOption(rows, activitiesLabel, locale, other, {}, target),
        table: [[rowHeader, activitiesLabel], ...rows.map((row) => [row.label, row.count])],
        data: { kind: "bars", seriesName: activitiesLabel, categories: rows },
      }}
      chart={
        <EChart
          option={option}
          label={title}
          description={description}
          height={Math.max(160, rows.length * 30 + 48)}
          items={filterable.map(({ row, dataIndex }) => ({
            value: row.value,
            // Read only for the bar keyboard focus is on, not at every filter change.
            get label() {
              return t("overview.itemCount", { label: row.label, count: row.count });
            },
            dataIndex,
          }))}
          onActivate={(value) => filterable.some(({ row }) => row.value === value) && onToggle(value)}
        />
      }
      table={
        <CountTable
          caption={title}
          rowHeader={rowHeader}
          columns={[activitiesLabel]}
          rows={rows.map((row) => ({
            key: row.value,
            label: row.label,
            values: [row.count],
            selected: row.selected,
            onToggle: isFilterable(row) ? () => onToggle(row.value) : undefined,
          }))}
        />
      }
    />
  );
}
