import type { TFunction } from "i18next";
import type { ActivityRecord } from "../../domain/activity-record";
import { buildReportSections, CROSS_CUTTING } from "../../domain/report-structure";
import type { Reference } from "../../schema/reference";
import type { Source } from "../../schema/common";
import { safeLink, type DocBlock, type DocRun } from "./document-blocks";
import { dataLanguageOf } from "./text-language";

interface Words {
  t: TFunction;
  /** The interface language. */
  lang: string;
  reference: Reference;
}

const data = (text: string): DocRun => ({ text, lang: dataLanguageOf(text) });

function sectorHeading({ t, reference }: Words, code: string | undefined): string {
  if (code === undefined) return t("overview.noSectorLabel");
  const name = reference.sectors.find((sector) => sector.code === code)?.name;
  return name ? `${code} · ${name}` : code;
}

function lineHeading({ t, reference }: Words, code: string): string {
  if (code === CROSS_CUTTING) return t("document.crossCutting");
  const title = reference.actionLines.find((line) => line.code === code)?.title;
  return title ? `${code} ${title}` : code;
}

/** "label: " then the items, comma-separated, as one paragraph of activity details. */
function detail(words: Words, label: string, items: DocRun[][]): DocBlock[] {
  if (items.length === 0) return [];
  const separated = items.flatMap((item, index) =>
    index === 0 ? item : [{ text: ", ", lang: words.lang }, ...item],
  );
  return [
    {
      kind: "paragraph",
      style: "Meta",
      runs: [{ text: `${label}: `, lang: words.lang, bold: true }, ...separated],
    },
  ];
}

/** A source's kind when the data states one (official page, copy, press), in the interface's words. */
function sourceKind({ t }: Words, source: Source): string | undefined {
  return source.kind ? t(`document.activity.sourceKind.${source.kind}`) : undefined;
}

function sourceRuns(words: Words, source: Source): DocRun[] {
  const link = safeLink(source.url);
  const kind = sourceKind(words, source);
  return [
    { text: source.url, lang: "en", ...(link ? { link } : {}) },
    ...(kind ? [{ text: ` (${kind})`, lang: words.lang }] : []),
    ...(source.note ? [{ text: " – ", lang: words.lang }, data(source.note)] : []),
  ];
}

/** One activity as the report words it: title, summary, figures, links with their basis, sources. */
export function activityBlocks(words: Words, activity: ActivityRecord): DocBlock[] {
  const { t, lang, reference } = words;
  const basis = (value: string) => ({ text: ` (${t(`basis.label.${value as "stated"}`)})`, lang });
  const sdgName = (number: number) => reference.sdgs.find((sdg) => sdg.number === number)?.shortName ?? "";
  return [
    { kind: "paragraph", style: "ActivityTitle", runs: [data(activity.title)] },
    {
      kind: "paragraph",
      style: "Meta",
      runs: [{ text: t("document.activity.meta", { year: activity.year, id: activity.id }), lang }],
    },
    { kind: "paragraph", style: "Normal", runs: [data(activity.summary)] },
    ...detail(
      words,
      t("document.detail.figures"),
      (activity.figures ?? []).map((figure) => [data(figure.label)]),
    ),
    ...detail(
      words,
      t("document.detail.lines"),
      activity.actionLines.map((link) => [{ text: link.code, lang: "en" }, basis(link.basis)]),
    ),
    ...detail(
      words,
      t("document.detail.sdgs"),
      activity.sdgs.map((link) => [
        { text: `${t("sdg.short", { number: link.sdg })} ${sdgName(link.sdg)}`, lang },
        basis(link.basis),
      ]),
    ),
    ...detail(
      words,
      t("document.detail.sources"),
      activity.sources.map((source) => sourceRuns(words, source)),
    ),
    ...(activity.notes ? detail(words, t("document.detail.notes"), [[data(activity.notes)]]) : []),
  ];
}

/**
 * The activities in the annual report's structure, headed at `level` (sector), `level + 1` (action line)
 * and `level + 2` (sub-line), each heading followed by its activities.
 */
export function reportSectionBlocks(
  words: Words,
  activities: readonly ActivityRecord[],
  level: 1 | 2,
): DocBlock[] {
  const { t, lang } = words;
  const heading = (depth: number, text: string): DocBlock => ({
    kind: "heading",
    level: (level + depth) as 1 | 2 | 3 | 4,
    runs: [{ text, lang }],
  });
  if (activities.length === 0)
    return [{ kind: "paragraph", style: "Normal", runs: [{ text: t("document.noActivities"), lang }] }];
  return buildReportSections(activities, words.reference).flatMap((sector) => [
    heading(0, sectorHeading(words, sector.code)),
    {
      kind: "paragraph",
      style: "Meta",
      runs: [{ text: t("document.sectionCount", { count: sector.count }), lang }],
    },
    ...sector.lines.flatMap((line) => [
      heading(1, lineHeading(words, line.code)),
      ...line.activities.flatMap((activity) => activityBlocks(words, activity)),
      ...line.subLines.flatMap((sub) => [
        heading(2, lineHeading(words, sub.code)),
        ...sub.activities.flatMap((activity) => activityBlocks(words, activity)),
      ]),
    ]),
  ]);
}

export type { Words as DocumentWords };
