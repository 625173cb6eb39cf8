import { useTranslation } from "../i18n/use-translation";
import { DatasetGate } from "../features/data-status/DatasetGate";
import { CompareView } from "../features/compare/CompareView";
import { useFilters } from "../url-state/use-filters";
import { ViewShareMenu } from "../features/share/ViewShareMenu";

export function ComparePage() {
  const { filters, dropped, setFilters } = useFilters();
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="page__intro">
        <div className="page__title-row">
          <h1>{t("compare.heading")}</h1>
          <ViewShareMenu view="compare" title={t("compare.heading")} />
        </div>
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
