import { useTranslation } from "../../i18n/use-translation";
import { kindOfSource } from "../../domain/source-kind";
import type { Report } from "../../schema/report";

/** Says plainly what the shipped data is, wherever it is shown (the brief: "the UI says so"). */
export function CompiledDataNotice({ reports }: { reports: readonly Report[] }) {
  const { t } = useTranslation();
  const compiled = reports.filter((report) => report.meta.kind === "compiled");
  if (compiled.length === 0) return null;
  // Counted in years, since user data can add a second report to a year.
  const compiledYears = new Set(compiled.map((report) => report.meta.year)).size;
  const allYears = new Set(reports.map((report) => report.meta.year)).size;
  const activities = compiled.flatMap((report) => report.activities);
  const official = activities.filter((a) => a.sources[0] && kindOfSource(a.sources[0]) === "official");
  return (
    <aside className="notice" aria-label={t("dataStatus.compiled.label")}>
      <strong>{t("dataStatus.compiled.title")}</strong>{" "}
      {compiled.length === reports.length
        ? t("dataStatus.compiled.allYears")
        : t("dataStatus.compiled.someYears", { compiled: compiledYears, all: allYears })}{" "}
      {t("dataStatus.compiled.sources", { activities: activities.length, official: official.length })}
    </aside>
  );
}
