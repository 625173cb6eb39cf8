import type { DatasetState } from "../../data/use-dataset";
import { useTranslation } from "../../i18n/use-translation";

/** The line under every embed: where the numbers come from, which years, and a link to the full view. */
export function EmbedSource({ dataset, fullViewUrl }: { dataset: DatasetState; fullViewUrl: string }) {
  const { t } = useTranslation();
  const years = dataset.status === "ready" ? dataset.reports.map((report) => report.meta.year) : [];
  const compiled =
    dataset.status === "ready" && dataset.reports.some((report) => report.meta.kind === "compiled");
  return (
    <p className="embed__source">
      {compiled ? t("embed.sourceCompiled") : t("embed.source")}
      {years.length > 0 ? ` (${Math.min(...years)}–${Math.max(...years)})` : ""}.{" "}
      <a href={fullViewUrl} target="_blank" rel="noopener noreferrer">
        {t("embed.open")}
      </a>
    </p>
  );
}
