import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import { afterFirstChart } from "../../components/chart/after-first-chart";
import { englishLongDate } from "../../i18n/english-fast-path";
import { dateFormatFor } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import { chipWording } from "../../components/chip-wording";
import { describeFilters } from "../../domain/describe-filters";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import { useFilters } from "../../url-state/use-filters";

function printDate(date: Date): string {
  // The page's language (set by the language switcher), else the browser's. English is written without
  // Intl: this was the page's first Intl object, and starting ICU for it put ~60 ms into the work after
  // the first chart (a load profile).
  const lang = document.documentElement.lang;
  const english = lang === "en" ? englishLongDate(date) : undefined;
  return english ?? dateFormatFor(lang, { dateStyle: "long" }).format(date);
}

function yearsInWords(filterYears: readonly number[], reports: readonly Report[], none: string): string {
  if (filterYears.length > 0) return [...filterYears].sort((a, b) => a - b).join(", ");
  const years = reports.map((report) => report.meta.year);
  if (years.length === 0) return none;
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * Shown on paper only (styles/print.css): where the printed view comes from and what it shows, so a
 * printout can be traced back and reopened.
 */
export function PrintFooter({ reference, reports }: { reference: Reference; reports: readonly Report[] }) {
  const { filters } = useFilters();
  const { t } = useTranslation();
  // Dated once the first chart is drawn: the date is the page's first Intl object, and the first one costs
  // 50-100 ms (V8 starts ICU), which the first chart waited for. Printing dates it again, at once.
  const [printedAt, setPrintedAt] = useState<Date | null>(null);
  useEffect(() => {
    let live = true;
    afterFirstChart(() => live && setPrintedAt(new Date()));
    const onBeforePrint = () => flushSync(() => setPrintedAt(new Date()));
    window.addEventListener("beforeprint", onBeforePrint);
    return () => {
      live = false;
      window.removeEventListener("beforeprint", onBeforePrint);
    };
  }, []);
  const chips = describeFilters(filters, reference, chipWording(t)).map((chip) => chip.label);
  return (
    <footer className="print-footer" data-testid="print-footer">
      <p>
        <strong>{t("print.view")}</strong>{" "}
        <span className="print-footer__link" translate="no">
          {window.location.href}
        </span>
      </p>
      <p>
        <strong>{t("print.printed")}</strong> {printedAt ? printDate(printedAt) : ""} ·{" "}
        <strong>{t("print.years")}</strong> {yearsInWords(filters.years, reports, t("print.noYears"))} ·{" "}
        <strong>{t("print.filters")}</strong> {chips.length > 0 ? chips.join("; ") : t("print.noFilters")}
      </p>
    </footer>
  );
}
