import { useTranslation } from "../i18n/use-translation";
import { DatasetGate } from "../features/data-status/DatasetGate";
import { CompareView } from "../features/compare/CompareView";
import { useFilters } from "../url-state/use-filters";
import "../i18n/english/compare";

export function ComparePage() {
  const { filters, dropped, setFilters } = useFilters();
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="page__intro">
        <h1>{t("compare.heading")}</h1>
        <p className="lead">{t("compare.lead")}</p>
      </div>
      <DatasetGate>
        {(dataset) => (
          <CompareView
            reference={dataset.reference}
            reports={dataset.reports}
            urlFilters={filters}
            dropped={dropped}
            setFilters={setFilters}
          />
        )}
      </DatasetGate>
    </div>
  );
}
