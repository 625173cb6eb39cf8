import type { TFunction } from "i18next";
import type { ShareableChart } from "../../components/chart/chart-actions";
import { SCREEN_TYPE } from "../../components/chart/type-scale";
import type { ActivityRecord } from "../../domain/activity-record";
import type { DocBlock } from "./document-blocks";
import { DOCUMENT_PALETTE } from "./document-palette";

/** A chart of the document: its picture with the words the card shows around it. */
export interface DocumentChart {
  title: string;
  note: string;
  chart: Extract<DocBlock, { kind: "chart" }>;
}

// Each chart's size in CSS pixels for an A4 page: bars as tall as their rows, the matrix wide enough for 17 goals.
const SIZES: Record<string, { width: number; height: number }> = {
  sectors: { width: 640, height: 198 },
  sdgs: { width: 640, height: 558 },
  "action-lines": { width: 720, height: 340 },
  matrix: { width: 900, height: 420 },
  trend: { width: 720, height: 340 },
};

/** The counting note of each overview chart, worded for print (no "click a cell"). */
function noteOf(view: string, activities: readonly ActivityRecord[], t: TFunction): string {
  switch (view) {
    case "sdgs":
      return t("overview.charts.sdgsNote", {
        total: activities.length,
        without: activities.filter((activity) => activity.sdgs.length === 0).length,
      });
    case "action-lines":
      return t("overview.charts.linesNote", {
        crossCutting: activities.filter((activity) => activity.actionLines.length === 0).length,
      });
    case "matrix":
      return t("document.matrixNote");
    case "trend":
      return t("overview.charts.trendNote");
    default:
      return "";
  }
}

/**
 * The charts as the view built them (the same builder and data, so the picture is the chart on screen, in
 * the document's palette), with their title, counting note and accessible description as alt text.
 */
export function documentCharts(
  charts: readonly ShareableChart[],
  activities: readonly ActivityRecord[],
  t: TFunction,
): DocumentChart[] {
  return charts.map((chart) => {
    const size = SIZES[chart.view] ?? { width: 720, height: 360 };
    return {
      title: chart.title,
      note: noteOf(chart.view, activities, t),
      chart: {
        kind: "chart",
        option: chart.optionFor(SCREEN_TYPE, DOCUMENT_PALETTE),
        ...size,
        alt: { title: chart.title, description: chart.description ?? chart.title },
      },
    };
  });
}
