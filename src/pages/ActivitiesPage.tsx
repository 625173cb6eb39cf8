import { useTranslation } from "../i18n/use-translation";
import { BasisLegend } from "../features/data-status/BasisLegend";
import { DatasetGate } from "../features/data-status/DatasetGate";
import { ActivitiesView } from "../features/activities/ActivitiesView";
import { useFilters } from "../url-state/use-filters";
import "../i18n/english/activities";

export function ActivitiesPage() {
  const { filters, dropped, setFilters } = useFilters();
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="page__intro">
        <h1>{t("activities.heading")}</h1>
        <p className="lead">{t("activities.lead")}</p>
      </div>
      <DatasetGate>
        {(dataset) => (
          <>
            <BasisLegend />
            <ActivitiesView
              reference={dataset.reference}
              reports={dataset.reports}
              urlFilters={filters}
              dropped={dropped}
              setFilters={setFilters}
            />
          </>
        )}
      </DatasetGate>
    </div>
  );
}
