import type { ShareableChart } from "../../components/chart/chart-actions";
import { useFilteredActivities } from "../../data/use-filtered-activities";
import { exportFileName } from "../../domain/export-file-name";
import type { FilterState } from "../../domain/filter-state";
import { useTranslation } from "../../i18n/use-translation";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import { DownloadDocxButton } from "./DownloadDocxButton";
import type { DocumentRequest } from "./view-documents";

// The overview's order of charts, which its document follows.
const CHART_ORDER = ["sectors", "sdgs", "action-lines", "matrix", "trend"];

const drawChart: NonNullable<DocumentRequest["drawChart"]> = async (...args) =>
  (await import("./chart-png")).chartPng(...args);

/**
 * The Word entries of an overview chart's Share menu: this chart, or the whole overview, with the
 * activities of the URL's filters and the charts as the page last drew them. A chunk of its own that
 * loads when a Share menu opens, so the overview's first download does not grow.
 */
export function ChartShareDocx({
  reference,
  reports,
  urlFilters,
  drawn,
  chart,
}: {
  reference: Reference;
  reports: readonly Report[];
  urlFilters: FilterState;
  drawn: ReadonlyMap<string, ShareableChart>;
  chart: ShareableChart;
}) {
  const { t } = useTranslation();
  const { filtered, filters } = useFilteredActivities(reference, reports, urlFilters);
  const request = (single: boolean) => (): DocumentRequest => {
    const base = { reference, reports, filters, activities: filtered, drawChart, link: window.location.href };
    if (single) {
      const fileName = exportFileName(`wsis-${chart.view}`, filters, "docx");
      return { ...base, fileName, kind: "chart", charts: [chart] };
    }
    const charts = filtered.length === 0 ? [] : CHART_ORDER.flatMap((view) => drawn.get(view) ?? []);
    return { ...base, fileName: exportFileName("wsis-overview", filters, "docx"), kind: "overview", charts };
  };
  return (
    <>
      <DownloadDocxButton className="" label={t("docx.chart")} request={request(true)} />
      <DownloadDocxButton className="" label={t("docx.overview")} request={request(false)} />
    </>
  );
}
