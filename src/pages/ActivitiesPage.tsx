import { useTranslation } from "../i18n/use-translation";
import { BasisLegend } from "../features/data-status/BasisLegend";
import { DatasetGate } from "../features/data-status/DatasetGate";
import { ActivitiesView } from "../features/activities/ActivitiesView";
import { useFilters } from "../url-state/use-filters";
import { ViewShareMenu } from "../features/share/ViewShareMenu";

export function ActivitiesPage() {
  const { filters, dropped, setFilters } = useFilters();
  const { t } = useTranslation();
  return (
    <div className="page">
      <div className="page__intro">
        <div className="page__title-row">
          <h1>{t("activities.heading")}</h1>
          <ViewShareMenu view="activities" title={t("activities.heading")} />
        </div>
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
