import { useTranslation } from "../../i18n/use-translation";
import { DataIssueList } from "../../components/DataIssueList";
import type { ReportFailure } from "../../data/settle-reports";

/** Failed reports are named with their problems; everything else on the page keeps working. */
export function ReportFailures({ failures }: { failures: readonly ReportFailure[] }) {
  const { t } = useTranslation();
  if (failures.length === 0) return null;
  const years = failures.map((failure) => failure.entry.year).join(", ");
  return (
    <section className="notice notice--error" role="alert" aria-labelledby="report-failures-title">
      <h2 id="report-failures-title">
        {failures.length === 1
          ? t("dataStatus.failures.one", { years })
          : t("dataStatus.failures.many", { count: failures.length, years })}
      </h2>
      <p>{t("dataStatus.failures.leftOut", { count: failures.length })}</p>
      <DataIssueList issues={failures.flatMap((failure) => failure.issues)} />
    </section>
  );
}
