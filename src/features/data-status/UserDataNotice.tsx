import { useTranslation } from "../../i18n/use-translation";
import { Trans } from "../../i18n/Trans";
import { DataIssueList } from "../../components/DataIssueList";
import type { UserDataState } from "../../data/user-datasets/merge-user-datasets";
import type { Report } from "../../schema/report";

/** Wherever data is shown: which years are the user's own, not ITU's, and what of it could not be shown. */
export function UserDataNotice({
  reports,
  userData,
}: {
  reports: readonly Report[];
  userData: UserDataState;
}) {
  const { t } = useTranslation();
  if (userData.datasets.length === 0 && userData.issues.length === 0) return null;
  const user = reports.filter((report) => report.meta.kind === "user");
  const years = [...new Set(user.map((report) => report.meta.year))].sort((a, b) => a - b);
  const count = user.reduce((sum, report) => sum + report.activities.length, 0);
  const labels = userData.datasets.map((dataset) => dataset.label).join(", ");
  return (
    <aside className="notice notice--user" aria-label={t("dataStatus.user.label")}>
      <p>
        <span className="user-badge">{t("dataStatus.user.badge")}</span>{" "}
        {years.length > 0 ? (
          <>
            <Trans
              i18nKey="dataStatus.user.summary"
              count={count}
              values={{ count, years: years.join(", "), labels }}
              components={{ labels: <span dir="auto" /> }}
            />
            {userData.replacedYears.length > 0
              ? ` ${t("dataStatus.user.replaces", { count, years: userData.replacedYears.join(", ") })}`
              : ""}{" "}
            {t("dataStatus.user.review")}
          </>
        ) : (
          t("dataStatus.user.nothingShown")
        )}
      </p>
      {userData.issues.length > 0 ? (
        <>
          <p>{t("dataStatus.user.leftOut")}</p>
          <DataIssueList issues={userData.issues} />
        </>
      ) : null}
    </aside>
  );
}
