import { useEffect, useState, useSyncExternalStore } from "react";
import { flushSync } from "react-dom";
import { dateFormatFor } from "../../i18n/format";
import { useTranslation } from "../../i18n/use-translation";
import { chipWording } from "../../components/chip-wording";
import { describeFilters } from "../../domain/describe-filters";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import { useFilters } from "../../url-state/use-filters";

const subscribeToNothing = () => () => {};
const isBrowser = () => true;
const isServer = () => false;

/** The page's language (set by the language switcher), else the browser's. */
function printDate(date: Date): string {
  return dateFormatFor(document.documentElement.lang, { dateStyle: "long" }).format(date);
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
  // Printing dates the footer again, so a page left open for days prints the day it is printed.
  const [printedAt, setPrintedAt] = useState(() => new Date());
  // The address and the date are the browser's: a server render (and its hydration) shows neither.
  const inBrowser = useSyncExternalStore(subscribeToNothing, isBrowser, isServer);
  useEffect(() => {
    const onBeforePrint = () => flushSync(() => setPrintedAt(new Date()));
    window.addEventListener("beforeprint", onBeforePrint);
    return () => window.removeEventListener("beforeprint", onBeforePrint);
  }, []);
  const chips = describeFilters(filters, reference, chipWording(t)).map((chip) => chip.label);
  return (
    <footer className="print-footer" data-testid="print-footer">
      <p>
        <strong>{t("print.view")}</strong>{" "}
        <span className="print-footer__link" translate="no">
          {inBrowser ? window.location.href : null}
        </span>
      </p>
      <p>
        <strong>{t("print.printed")}</strong> {inBrowser ? printDate(printedAt) : null} ·{" "}
        <strong>{t("print.years")}</strong> {yearsInWords(filters.years, reports, t("print.noYears"))} ·{" "}
        <strong>{t("print.filters")}</strong> {chips.length > 0 ? chips.join("; ") : t("print.noFilters")}
      </p>
    </footer>
  );
}
