import { useContext, useMemo, type ReactNode } from "react";
import { ChartCard } from "../../components/ChartCard";
import { CountTable } from "../../components/CountTable";
import { useChartLocale } from "../../components/chart/chart-locale";
import { useChartPalette } from "../../components/chart/chart-theme";
import { EChart } from "../../components/chart/EChart";
import { useNarrowScreen } from "../../components/chart/use-narrow-screen";
import { ChartTypeContext } from "../../components/chart/type-scale";
import { buildStackedOption, type StackedInput } from "./stacked.option";

interface StackedCardProps extends StackedInput {
  /** Public view name (#/embed/<view>). */
  view: string;
  title: string;
  note?: ReactNode;
  rowHeader: string;
  description: string;
  isFilterable?: (value: string) => boolean;
  onToggle: (value: string) => void;
  /** Shown above the chart and above its table, e.g. how the chart is drawn. */
  controls?: ReactNode;
}

export function StackedCard({
  view,
  title,
  note,
  rowHeader,
  description,
  isFilterable = () => true,
  onToggle,
  controls,
  ...input
}: StackedCardProps) {
  const { categories, series, axisName, share } = input;
  const locale = useChartLocale();
  const narrow = useNarrowScreen();
  const sizes = useContext(ChartTypeContext);
  const palette = useChartPalette();
  const option = useMemo(
    () => buildStackedOption({ categories, series, axisName, share, narrow }, locale, sizes, palette),
    [categories, series, axisName, share, narrow, locale, sizes, palette],
  );
  const filterable = categories.flatMap((category, dataIndex) =>
    isFilterable(category.value) ? [{ ...category, dataIndex }] : [],
  );
  return (
    <ChartCard
      wide
      title={title}
      note={note}
      shareable={{
        view,
        description,
        optionFor: (other, target) =>
          buildStackedOption({ categories, series, axisName, share }, locale, other, target),
        table: [
          [rowHeader, ...series.map((item) => item.name)],
          ...categories.map((category, index) => [
            category.label,
            ...series.map((item) => item.values[index] ?? ""),
          ]),
        ],
        data: { kind: "stacked", categories, series },
      }}
      chart={
        <>
          {controls}
          <EChart
            option={option}
            label={title}
            description={description}
            height={340}
            items={filterable.map(({ value, label, dataIndex }) => ({ value, label, dataIndex }))}
            onActivate={(value) => isFilterable(value) && onToggle(value)}
          />
        </>
      }
      table={
        <>
          {controls}
          <CountTable
            caption={title}
            rowHeader={rowHeader}
            columns={[...series.map((item) => item.name), locale.t("overview.total")]}
            rows={categories.map((category, index) => {
              const values = series.map((item) => item.values[index] ?? null);
              const present = values.filter((value): value is number => value !== null);
              return {
                key: category.value,
                label: category.label,
                values: [
                  ...values,
                  present.length > 0 ? present.reduce((sum, value) => sum + value, 0) : null,
                ],
                selected: category.selected,
                onToggle: isFilterable(category.value) ? () => onToggle(category.value) : undefined,
              };
            })}
          />
        </>
      }
    />
  );
}
