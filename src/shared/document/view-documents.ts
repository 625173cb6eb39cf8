import type { TFunction } from "i18next";
import type { ActivityRecord } from "../../domain/activity-record";
import type { ItuRole, RoleEdition } from "../../schema/reference";
import { EMPTY_FILTERS, type FilterState } from "../../domain/filter-state";
import { formatNumber } from "../../i18n/format";
import type { Language } from "../../i18n/languages";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import type { DocBlock, DocumentContent } from "./document-blocks";
import type { EChartsOption } from "echarts";
import type { ShareableChart } from "../../components/chart/chart-actions";
import { documentCharts } from "./document-charts";
import { activityKpis, buildDocumentContent, type DocumentFrame } from "./document-content";

/** What a view hands over for its document: its data as shown, and the link that restores it. */
export type DocumentRequest = {
  reference: Reference;
  reports: readonly Report[];
  filters: FilterState;
  /** The activities the view shows, in its order. */
  activities: readonly ActivityRecord[];
  link: string;
  /** The view's charts as drawn on screen (the overview's, or the one chart a Share menu belongs to). */
  charts?: readonly ShareableChart[];
  /** Draws a chart as PNG bytes; the views with charts pass it (see chart-png.ts). */
  drawChart?: (option: EChartsOption, width: number, height: number, scale: number) => Promise<Uint8Array>;
  /** The file name, which says the filters (exportFileName); a plain one otherwise. */
  fileName?: string;
} & (
  | { kind: "overview" | "activities" | "chart" }
  | {
      kind: "compare";
      a: number;
      b: number;
      added: readonly ActivityRecord[];
      /** The activities of B whose initiative A has too. */
      continued: readonly ActivityRecord[];
      removed: readonly ActivityRecord[];
    }
  | {
      kind: "draft";
      year: number;
      label: string;
    }
);

export interface DocumentWording {
  language: Language;
  t: TFunction;
  /** The filters in words and the source line, as the share captions word them. */
  caption: (filters: FilterState) => { filters: string; source: string };
  date: Date;
}

/**
 * ITU's roles in a year: those of the latest report edition from that year or before (as roleInYear in
 * domain/compare.ts reads them, for every line at once).
 */
function rolesInYear(editions: readonly RoleEdition[], year: number) {
  const edition = [...editions]
    .filter((candidate) => candidate.fromYear <= year)
    .sort((x, y) => y.fromYear - x.fromYear)[0];
  const roles: ReadonlyArray<{ actionLine: string; role: ItuRole; note?: string }> = edition?.roles ?? [];
  return { edition, roles };
}

function draftPreface(request: Extract<DocumentRequest, { kind: "draft" }>, wording: DocumentWording) {
  const { t, language: lang } = wording;
  const paragraph = (text: string, italic = false): DocBlock => ({
    kind: "paragraph",
    style: "Normal",
    runs: [{ text, lang, italic }],
  });
  const { edition, roles } = rolesInYear(request.reference.ituRoles, request.year);
  return [
    { kind: "heading", level: 1, runs: [{ text: t("document.heading.background"), lang }] },
    paragraph(t("document.draft.background", { year: request.year })),
    paragraph(t("document.draft.edit"), true),
    { kind: "heading", level: 1, runs: [{ text: t("document.heading.roles"), lang }] },
    ...(edition
      ? [
          paragraph(t("document.draft.rolesIntro", { citation: edition.citation })),
          {
            kind: "table" as const,
            header: [t("filters.actionLine"), t("document.draft.roleColumn")],
            widths: [3, 2],
            rows: roles.map((role) => [
              `${role.actionLine} ${request.reference.actionLines.find((item) => item.code === role.actionLine)?.title ?? ""}`,
              [t(`document.draft.role.${role.role}`), role.note ?? ""].filter(Boolean).join(", "),
            ]),
          },
        ]
      : [paragraph(t("document.draft.rolesNone", { year: request.year }))]),
    paragraph(t("document.draft.edit"), true),
  ] satisfies DocBlock[];
}

/** The document of a view (or a draft report), as plain content for the writer. */
export function buildViewDocument(request: DocumentRequest, wording: DocumentWording): DocumentContent {
  const { t, language } = wording;
  const filters = request.kind === "draft" ? EMPTY_FILTERS : request.filters;
  const caption = wording.caption(filters);
  const inView =
    request.kind === "draft"
      ? request.reports.filter((report) => report.meta.year === request.year)
      : request.kind === "compare"
        ? request.reports.filter((report) => [request.a, request.b].includes(report.meta.year))
        : request.reports;
  const frame: DocumentFrame = {
    language,
    t,
    reference: request.reference,
    reports: inView,
    title:
      request.kind === "chart"
        ? (request.charts?.[0]?.title ?? t("document.title.overview"))
        : request.kind === "compare"
          ? t("document.title.compare", { a: request.a, b: request.b })
          : request.kind === "draft"
            ? t("document.title.draft", { year: request.year })
            : t(`document.title.${request.kind}`),
    subtitle:
      request.kind === "draft" ? t("document.draftSubtitle", { label: request.label }) : caption.filters,
    source: caption.source,
    link: request.link,
    date: wording.date,
  };
  const charts = documentCharts(request.charts ?? [], request.activities, t);
  const kpis = activityKpis(t, language, request.activities, request.reference);
  switch (request.kind) {
    case "overview":
    case "chart":
    case "activities":
      return buildDocumentContent(frame, {
        kpis,
        charts,
        activities: [{ heading: undefined, activities: request.activities }],
        annex: request.activities,
      });
    case "draft":
      return buildDocumentContent(frame, {
        preface: draftPreface(request, wording),
        kpis,
        charts,
        activities: [{ heading: undefined, activities: request.activities }],
        annex: request.activities,
      });
    case "compare": {
      const count = (value: number) => formatNumber(language, value);
      const inYear = (year: number) => request.activities.filter((activity) => activity.year === year).length;
      return buildDocumentContent(frame, {
        kpis: [
          [t("document.compareKpi.total", { year: request.a }), count(inYear(request.a))],
          [t("document.compareKpi.total", { year: request.b }), count(inYear(request.b))],
          [t("document.compareSummary.newIn", { year: request.b }), count(request.added.length)],
          [t("document.compareSummary.continued"), count(request.continued.length)],
          [t("document.compareSummary.removed"), count(request.removed.length)],
        ],
        charts: [],
        activities: [
          { heading: t("document.heading.added", { year: request.b }), activities: request.added },
          {
            heading: t("document.heading.continued", { a: request.a, b: request.b }),
            activities: request.continued,
          },
          {
            heading: t("document.heading.removed", { a: request.a, b: request.b }),
            activities: request.removed,
          },
        ],
        annex: request.activities.filter((activity) => activity.year === request.b),
      });
    }
  }
}
