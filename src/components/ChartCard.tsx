import { useContext, useId, useState, type ReactNode } from "react";
import { useTranslation } from "../i18n/use-translation";
import { ChartActionsContext, type ShareableChart } from "./chart/chart-actions";
import { ChartWideContext } from "./chart/chart-prerender";
import { ChartDisplayContext } from "./chart/chart-theme";
import { plainText } from "./plain-text";

interface ChartCardProps {
  title: string;
  /** How to read the chart, e.g. why the bars add up to more than the total. */
  note?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  wide?: boolean;
  /** Offered to the page's share menu (if the page has one). */
  shareable?: Omit<ShareableChart, "title">;
}

/** A titled chart with its table twin: the same numbers, one toggle away, for every chart. */
export function ChartCard({ title, note, chart, table, wide = false, shareable }: ChartCardProps) {
  const { t } = useTranslation();
  const actions = useContext(ChartActionsContext);
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const { showTitle } = useContext(ChartDisplayContext);
  return (
    <section
      className={`chart-card${wide ? " chart-card--wide" : ""}`}
      data-view={shareable?.view}
      aria-labelledby={titleId}
    >
      <header className="chart-card__header">
        <h2 id={titleId} className={showTitle ? undefined : "visually-hidden"}>
          {title}
        </h2>
        <div className="chart-card__actions">
          <button
            type="button"
            className="chart-card__toggle"
            aria-pressed={showTable}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? t("chartCard.showChart") : t("chartCard.showTable")}
          </button>
          {actions && shareable ? actions({ note: plainText(note) || undefined, ...shareable, title }) : null}
        </div>
      </header>
      {note ? <p className="chart-card__note">{note}</p> : null}
      {showTable ? table : <ChartWideContext.Provider value={wide}>{chart}</ChartWideContext.Provider>}
    </section>
  );
}
