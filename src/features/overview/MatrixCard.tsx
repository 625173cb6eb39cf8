import { useContext, useMemo, type ReactNode } from "react";
import { ChartCard } from "../../components/ChartCard";
import { CountTable } from "../../components/CountTable";
import { useChartLocale } from "../../components/chart/chart-locale";
import { useChartPalette } from "../../components/chart/chart-theme";
import { EChart } from "../../components/chart/EChart";
import { ChartTypeContext } from "../../components/chart/type-scale";
import { buildMatrixOption, type MatrixInput } from "./matrix.option";

/** "C2|9" → the line and the goal, for sentences. */
function splitCell(key: string) {
  const [line = "", sdg = ""] = key.split("|");
  return { line, sdg };
}

interface MatrixCardProps extends MatrixInput {
  /** Receives "C2|9": the line and the SDG of the cell. */
  /** How to read the matrix, and (in some languages) that line names are in English. */
  note: ReactNode;
  onToggleCell: (cell: string) => void;
}

export function MatrixCard({ lines, sdgs, counts, note, onToggleCell }: MatrixCardProps) {
  const locale = useChartLocale();
  const { t } = locale;
  const sizes = useContext(ChartTypeContext);
  const palette = useChartPalette();
  const option = useMemo(
    () => buildMatrixOption({ lines, sdgs, counts }, locale, sizes, palette),
    [lines, sdgs, counts, locale, sizes, palette],
  );
  const title = t("overview.charts.matrix");
  const sdgColumns = sdgs.map((sdg) => t("sdg.short", { number: sdg.number }));
  const countRows = lines.map((line) => sdgs.map((sdg) => counts.get(`${line.code}|${sdg.number}`) ?? 0));
  const cells = lines.flatMap((line, y) =>
    sdgs.map((sdg, x) => ({
      key: `${line.code}|${sdg.number}`,
      count: counts.get(`${line.code}|${sdg.number}`) ?? 0,
      dataIndex: y * sdgs.length + x,
    })),
  );
  const busiest = [...cells]
    .sort((a, b) => b.count - a.count)
    .slice(0, 3)
    .filter((cell) => cell.count > 0);
  const description =
    busiest.length > 0
      ? t("overview.charts.matrixBusiest", {
          pairs: busiest
            .map((cell) => t("overview.charts.matrixPair", { ...splitCell(cell.key), count: cell.count }))
            .join(", "),
        })
      : t("overview.charts.matrixNone");
  return (
    <ChartCard
      wide
      title={title}
      shareable={{
        view: "matrix",
        description,
        optionFor: (other, target) => buildMatrixOption({ lines, sdgs, counts }, locale, other, target),
        table: [
          [t("filters.actionLine"), ...sdgColumns],
          ...lines.map((line, index) => [line.code, ...(countRows[index] ?? [])]),
        ],
        data: {
          kind: "matrix",
          rowHeader: t("filters.actionLine"),
          rows: lines,
          columns: sdgColumns,
          counts: countRows,
        },
      }}
      note={note}
      chart={
        <EChart
          option={option}
          label={title}
          description={description}
          height={420}
          items={cells
            .filter((cell) => cell.count > 0)
            .map((cell) => ({
              value: cell.key,
              // Read only for the cell keyboard focus is on: a getter keeps ~190 translations off every
              // filter change.
              get label() {
                return t("overview.charts.matrixItem", { ...splitCell(cell.key), count: cell.count });
              },
              dataIndex: cell.dataIndex,
            }))}
          onActivate={onToggleCell}
        />
      }
      table={
        <CountTable
          caption={title}
          rowHeader={t("filters.actionLine")}
          columns={sdgColumns}
          rows={lines.map((line) => ({
            key: line.code,
            label: `${line.code} ${line.title}`,
            values: sdgs.map((sdg) => counts.get(`${line.code}|${sdg.number}`) ?? 0),
          }))}
        />
      }
    />
  );
}
