import { useId, useState, type ReactNode } from "react";

interface ChartCardProps {
  title: string;
  /** How to read the chart, e.g. why the bars add up to more than the total. */
  note?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  wide?: boolean;
}

/** A titled chart with its table twin: the same numbers, one toggle away, for every chart. */
export function ChartCard({ title, note, chart, table, wide = false }: ChartCardProps) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  return (
    <section className={`chart-card${wide ? " chart-card--wide" : ""}`} aria-labelledby={titleId}>
      <header className="chart-card__header">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="chart-card__toggle"
          aria-pressed={showTable}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? "Show as chart" : "Show as table"}
        </button>
      </header>
      {note ? <p className="chart-card__note">{note}</p> : null}
      {showTable ? table : chart}
    </section>
  );
}
