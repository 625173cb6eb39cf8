import { useMemo, type ReactNode } from "react";
import { ChartCard } from "../../components/ChartCard";
import { EChart } from "../../components/chart/EChart";
import { ChangeTable } from "./ChangeTable";
import type { ChangeItem } from "./compare-model";
import { buildDumbbellOption } from "./dumbbell.option";
import { describeChange } from "./format-change";
import { useScreenWidth } from "./use-screen-width";

interface ChangeCardProps {
  title: string;
  note?: ReactNode;
  rowHeader: string;
  rows: readonly ChangeItem[];
  yearA: number;
  yearB: number;
  onToggle: (value: string) => void;
}

/** A sentence for screen readers: the largest rises and falls. */
function describeChanges(rows: readonly ChangeItem[], yearA: number, yearB: number): string {
  const moved = rows.filter((row) => row.change !== 0).sort((x, y) => y.change - x.change);
  if (moved.length === 0) return `No change between ${yearA} and ${yearB} in any category.`;
  const list = (items: readonly ChangeItem[]) =>
    items.map((row) => `${row.label} ${row.a} to ${row.b}`).join(", ");
  const rises = moved.filter((row) => row.change > 0).slice(0, 3);
  const falls = moved
    .filter((row) => row.change < 0)
    .reverse()
    .slice(0, 3);
  return [
    `Activities in ${yearA} (hollow dot) and ${yearB} (filled dot) per category.`,
    rises.length > 0 ? `Largest rises: ${list(rises)}.` : "",
    falls.length > 0 ? `Largest falls: ${list(falls)}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

export function ChangeCard({ title, note, rowHeader, rows, yearA, yearB, onToggle }: ChangeCardProps) {
  const compact = useScreenWidth() === "narrow";
  const option = useMemo(
    () => buildDumbbellOption(rows, yearA, yearB, compact),
    [rows, yearA, yearB, compact],
  );
  const items = rows.flatMap((row, dataIndex) => {
    if (!row.filterable) return [];
    const change = describeChange(row.change, row.percentChange);
    const counts = `${row.label}: ${row.a} in ${yearA}, ${row.b} in ${yearB}`;
    return [{ value: row.category, label: change ? `${counts}, ${change}` : counts, dataIndex }];
  });
  return (
    <ChartCard
      title={title}
      note={note}
      chart={
        <EChart
          option={option}
          label={title}
          description={describeChanges(rows, yearA, yearB)}
          height={Math.max(180, rows.length * 30 + 76)}
          items={items}
          onActivate={(value) =>
            rows.some((row) => row.filterable && row.category === value) && onToggle(value)
          }
        />
      }
      table={
        <ChangeTable
          caption={title}
          rowHeader={rowHeader}
          rows={rows}
          yearA={yearA}
          yearB={yearB}
          onToggle={onToggle}
        />
      }
    />
  );
}
