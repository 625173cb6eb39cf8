import { useTranslation } from "../i18n/use-translation";
import type { DataIssue } from "../data/validation/data-issue";
import { DataIssueList } from "./DataIssueList";

export function ErrorState({
  title,
  issues,
  onRetry,
}: {
  title: string;
  issues: readonly DataIssue[];
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="state-card state-card--error" role="alert">
      <h2>{title}</h2>
      <DataIssueList issues={issues} />
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t("errorState.retry")}
        </button>
      ) : null}
    </section>
  );
}
