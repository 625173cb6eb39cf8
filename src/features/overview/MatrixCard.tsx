import { useMemo } from "react";
import { ChartCard } from "../../components/ChartCard";
import { CountTable } from "../../components/CountTable";
import { EChart } from "../../components/chart/EChart";
import { buildMatrixOption, type MatrixInput } from "./matrix.option";

interface MatrixCardProps extends MatrixInput {
  /** Receives "C2|9": the line and the SDG of the cell. */
  onToggleCell: (cell: string) => void;
}

export function MatrixCard({ lines, sdgs, counts, onToggleCell }: MatrixCardProps) {
  const option = useMemo(() => buildMatrixOption({ lines, sdgs, counts }), [lines, sdgs, counts]);
  const title = "Action lines × SDGs";
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
  return (
    <ChartCard
      wide
      title={title}
      shareable={{
        view: "matrix",
        option,
        table: [
          ["Action line", ...sdgs.map((sdg) => `SDG ${sdg.number}`)],
          ...lines.map((line) => [
            line.code,
            ...sdgs.map((sdg) => counts.get(`${line.code}|${sdg.number}`) ?? 0),
          ]),
        ],
      }}
      note="Activities linked to both the action line and the SDG. Most SDG links are derived from the WSIS-SDG matrix, so this mostly shows the matrix at work on ITU's activities. Click a cell to filter by both."
      chart={
        <EChart
          option={option}
          label={title}
          description={
            busiest.length > 0
              ? `Busiest pairs: ${busiest.map((cell) => `${cell.key.replace("|", " with SDG ")} (${cell.count})`).join(", ")}.`
              : "No activities with both an action line and an SDG match the current filters."
          }
          height={420}
          items={cells
            .filter((cell) => cell.count > 0)
            .map((cell) => ({
              value: cell.key,
              label: `${cell.key.replace("|", " and SDG ")}: ${cell.count} activities`,
              dataIndex: cell.dataIndex,
            }))}
          onActivate={onToggleCell}
        />
      }
      table={
        <CountTable
          caption={title}
          rowHeader="Action line"
          columns={sdgs.map((sdg) => `SDG ${sdg.number}`)}
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
