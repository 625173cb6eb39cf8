import { useTranslation } from "../../i18n/use-translation";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";
import { EMPTY_FILTERS } from "../../domain/filter-state";
import type { ActivityRecord } from "../../domain/activity-record";
import { DownloadDocxButton } from "./DownloadDocxButton";

/** The user's activities of one year, as records (flattenReports, kept here so this chunk stays small). */
function activitiesOf(reports: readonly Report[], year: number): ActivityRecord[] {
  return reports
    .filter((report) => report.meta.year === year)
    .flatMap((report) =>
      report.activities.map((activity) => ({ ...activity, year, reportKind: report.meta.kind })),
    );
}

/**
 * For each year loaded with "Load data": the report's first draft, in the annual report's sections, from
 * the user's own activities of that year.
 */
export function ReportDraftButtons({
  reference,
  reports,
  labels,
}: {
  reference: Reference;
  reports: readonly Report[];
  labels: string;
}) {
  const { t } = useTranslation();
  const user = reports.filter((report) => report.meta.kind === "user");
  const years = [...new Set(user.map((report) => report.meta.year))].sort((a, b) => a - b);
  if (years.length === 0) return null;
  return (
    <div className="button-group report-drafts">
      {years.map((year) => (
        <DownloadDocxButton
          key={year}
          label={t("docx.draftButton", { year })}
          request={() => ({
            kind: "draft",
            year,
            label: labels,
            reference,
            reports,
            filters: EMPTY_FILTERS,
            activities: activitiesOf(user, year),
            link: `${window.location.origin}${window.location.pathname}#/activities?year=${year}`,
          })}
        />
      ))}
    </div>
  );
}
