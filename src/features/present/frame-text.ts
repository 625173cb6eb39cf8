import { i18n } from "../../i18n/i18n";
import type { ReportMeta } from "../../schema/report";
import type { DeckFrame } from "../../url-state/deck-frame";
import type { Slide } from "../../url-state/deck-params";
import { slideFilters } from "./slide-text";

/** The words of a title or sources slide: its title, its lines, and the line at its foot. */
export interface FrameText {
  title: string;
  lines: string[];
  footer: string;
}

/** The title slide: the deck's title (or the dashboard's name), its date, and where the numbers come from. */
export function coverText(frame: DeckFrame, source: string): FrameText {
  return {
    title: frame.cover?.title ?? i18n.t("app.title"),
    lines: frame.cover?.date ? [frame.cover.date] : [],
    footer: source,
  };
}

/** The report years the deck's slides draw on: their year filters, or every year if a slide has none. */
export function deckReportYears(slides: readonly Slide[], reports: readonly ReportMeta[]): number[] {
  const all = reports.map((report) => report.year);
  const filtered = slides.map((slide) => slideFilters(slide).years);
  const years = filtered.some((list) => list.length === 0) ? all : filtered.flat();
  return [...new Set(years)].filter((year) => all.includes(year)).sort((a, b) => a - b);
}

/** The closing slide: one line per report year used, with its title, symbol and address. */
export function sourcesText(
  slides: readonly Slide[],
  reports: readonly ReportMeta[],
  base: string,
): FrameText {
  const years = deckReportYears(slides, reports);
  const lines = reports
    .filter((report) => years.includes(report.year))
    .sort((a, b) => a.year - b.year)
    .map((report) =>
      [
        String(report.year),
        report.symbol ? `${report.title} (${report.symbol})` : report.title,
        ...(report.sourceUrl ? [report.sourceUrl] : []),
      ].join(" · "),
    );
  return {
    title: i18n.t("present.sourcesTitle"),
    lines,
    footer: i18n.t("present.sourcesFooter", { link: base }),
  };
}
