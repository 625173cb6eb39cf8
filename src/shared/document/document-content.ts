import type { TFunction } from "i18next";
import type { ActivityRecord } from "../../domain/activity-record";
import { coverageOf } from "../../domain/line-sdg-annex";
import { buildLineSdgAnnex } from "../../domain/line-sdg-annex";
import { CROSS_CUTTING } from "../../domain/report-structure";
import { formatDate, formatNumber } from "../../i18n/format";
import { directionOf, type Language } from "../../i18n/languages";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import { reportSectionBlocks, type DocumentWords } from "./activity-blocks";
import type { DocumentChart } from "./document-charts";
import { safeLink, type DocBlock, type DocumentContent } from "./document-blocks";

/** What every document says on its title page and in its body, whatever the view. */
export interface DocumentFrame {
  language: Language;
  t: TFunction;
  reference: Reference;
  /** The reports in view (for the source line and the compiled-data caveat). */
  reports: readonly Report[];
  title: string;
  /** The filters in words, or the draft's provenance. */
  subtitle: string;
  /** The source line of the share captions. */
  source: string;
  /** The link that restores the view. */
  link: string;
  date: Date;
}

export interface DocumentBody {
  /** Key figures: label and value. */
  kpis: ReadonlyArray<readonly [string, string]>;
  charts: readonly DocumentChart[];
  /** Sections before the charts (a draft's background and roles). */
  preface?: DocBlock[];
  /** The activity sections: one list, or several (compare: new, continued, no longer reported). */
  activities: ReadonlyArray<{ heading: string | undefined; activities: readonly ActivityRecord[] }>;
  /** The activities the annex counts. */
  annex: readonly ActivityRecord[];
}

function titlePage(frame: DocumentFrame): DocBlock[] {
  const { t, reports } = frame;
  const lang = frame.language;
  const text = (value: string) => [{ text: value, lang }];
  const compiled = reports.filter((report) => report.meta.kind === "compiled");
  const userYears = [...new Set(reports.filter((r) => r.meta.kind === "user").map((r) => r.meta.year))];
  const link = safeLink(frame.link);
  return [
    { kind: "paragraph", style: "Title", runs: text(frame.title) },
    { kind: "paragraph", style: "Subtitle", runs: text(frame.subtitle) },
    {
      kind: "paragraph",
      style: "Normal",
      runs: text(t("document.prepared", { date: formatDate(lang, frame.date, { dateStyle: "long" }) })),
    },
    { kind: "paragraph", style: "Normal", runs: text(frame.source) },
    ...(compiled.length > 0
      ? [
          {
            kind: "paragraph" as const,
            style: "Normal" as const,
            runs: [
              { text: `${t("document.compiled.title")} `, lang, bold: true },
              {
                text:
                  compiled.length === reports.length
                    ? t("document.compiled.allYears")
                    : t("document.compiled.someYears", {
                        compiled: new Set(compiled.map((report) => report.meta.year)).size,
                        all: new Set(reports.map((report) => report.meta.year)).size,
                      }),
                lang,
              },
            ],
          },
        ]
      : []),
    ...(userYears.length > 0
      ? [
          {
            kind: "paragraph" as const,
            style: "Normal" as const,
            runs: text(t("document.userData", { years: userYears.sort().join(", ") })),
          },
        ]
      : []),
    { kind: "paragraph", style: "Meta", runs: text(t("document.dataLanguage")) },
    {
      kind: "paragraph",
      style: "Normal",
      runs: [
        { text: `${t("document.openView")} `, lang },
        { text: frame.link, lang: "en", ...(link ? { link } : {}) },
      ],
    },
    { kind: "contents", title: t("document.contents") },
    { kind: "pageBreak" },
  ];
}

function chartBlocks(frame: DocumentFrame, charts: readonly DocumentChart[]): DocBlock[] {
  const { t } = frame;
  const lang = frame.language;
  if (charts.length === 0) return [];
  return [
    { kind: "heading", level: 1, runs: [{ text: t("document.heading.charts"), lang }] },
    ...charts.flatMap((chart, index): DocBlock[] => [
      { kind: "heading", level: 2, runs: [{ text: chart.title, lang }] },
      chart.chart,
      {
        kind: "paragraph",
        style: "Caption",
        runs: [
          {
            text: t("document.figureCaption", {
              number: index + 1,
              title: chart.title,
              filters: frame.subtitle,
            }),
            lang,
          },
        ],
      },
      ...(chart.note
        ? [{ kind: "paragraph" as const, style: "Normal" as const, runs: [{ text: chart.note, lang }] }]
        : []),
      { kind: "paragraph", style: "Meta", runs: [{ text: chart.chart.alt.description, lang }] },
    ]),
  ];
}

function annexBlocks(frame: DocumentFrame, activities: readonly ActivityRecord[]): DocBlock[] {
  const { t, reference } = frame;
  const lang = frame.language;
  const number = (value: number) => formatNumber(lang, value);
  const mainLines = reference.actionLines.filter((line) => !line.parent).map((line) => line.code);
  const annex = buildLineSdgAnnex(
    activities,
    mainLines,
    reference.sdgs.map((sdg) => sdg.number),
  );
  const lineLabel = (code: string) => (code === CROSS_CUTTING ? t("document.crossCutting") : code);
  return [
    { kind: "heading", level: 1, runs: [{ text: t("document.heading.annex"), lang }] },
    { kind: "paragraph", style: "Normal", runs: [{ text: t("document.annex.note"), lang }] },
    {
      kind: "table",
      header: [t("document.annex.line"), ...annex.sdgs.map(String), t("document.annex.activities")],
      widths: [4.5, ...annex.sdgs.map(() => 1), 2.6],
      numeric: true,
      small: true,
      rows: [
        ...annex.rows
          .filter((row) => mainLines.includes(row.line) || row.activities > 0)
          .map((row) => [lineLabel(row.line), ...row.counts.map(number), number(row.activities)]),
        [t("document.annex.total"), ...annex.sdgTotals.map(number), number(activities.length)],
      ],
    },
    {
      kind: "paragraph",
      style: "Meta",
      runs: [{ text: t("document.annex.withoutSdg", { count: annex.withoutSdg }), lang }],
    },
  ];
}

/** The key figures of the activities in view, as the overview's tiles count them. */
export function activityKpis(
  t: TFunction,
  language: Language,
  activities: readonly ActivityRecord[],
  reference: Reference,
): Array<readonly [string, string]> {
  const kpis = coverageOf(activities);
  const of = (value: number, total: number) =>
    `${formatNumber(language, value)} ${t("overview.kpi.of", { total })}`;
  return [
    [t("overview.kpi.activities"), formatNumber(language, kpis.activities)],
    [t("overview.kpi.sectors"), of(kpis.sectors, reference.sectors.length)],
    [
      t("overview.kpi.actionLines"),
      of(kpis.actionLines, reference.actionLines.filter((line) => !line.parent).length),
    ],
    [t("overview.kpi.sdgs"), of(kpis.sdgs, reference.sdgs.length)],
  ];
}

/** The whole document, in order: title page and contents, key figures, charts, activities, annex. */
export function buildDocumentContent(frame: DocumentFrame, body: DocumentBody): DocumentContent {
  const { t } = frame;
  const lang = frame.language;
  const words: DocumentWords = { t, lang, reference: frame.reference };
  const heading = (text: string): DocBlock => ({ kind: "heading", level: 1, runs: [{ text, lang }] });
  return {
    language: lang,
    rtl: directionOf(frame.language) === "rtl",
    title: frame.title,
    description: frame.subtitle,
    pageLabel: t("document.page"),
    blocks: [
      ...titlePage(frame),
      ...(body.preface ?? []),
      heading(t("document.heading.keyFigures")),
      {
        kind: "table",
        header: [t("document.kpi.figure"), t("document.kpi.value")],
        widths: [3, 1],
        numeric: true,
        rows: body.kpis.map(([label, value]) => [label, value]),
      },
      ...chartBlocks(frame, body.charts),
      ...body.activities.flatMap((part) =>
        part.heading === undefined
          ? [heading(t("document.heading.activities")), ...reportSectionBlocks(words, part.activities, 2)]
          : [heading(part.heading), ...reportSectionBlocks(words, part.activities, 2)],
      ),
      ...annexBlocks(frame, body.annex),
    ],
  };
}
