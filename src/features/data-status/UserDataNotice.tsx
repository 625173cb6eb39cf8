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
  if (userData.datasets.length === 0 && userData.issues.length === 0) return null;
  const user = reports.filter((report) => report.meta.kind === "user");
  const years = [...new Set(user.map((report) => report.meta.year))].sort((a, b) => a - b);
  const count = user.reduce((sum, report) => sum + report.activities.length, 0);
  const labels = userData.datasets.map((dataset) => dataset.label).join(", ");
  return (
    <aside className="notice notice--user" aria-label="User data">
      <p>
        <span className="user-badge">User data</span>{" "}
        {years.length > 0 ? (
          <>
            {count === 1 ? "1 activity" : `${count} activities`} of {years.join(", ")}{" "}
            {count === 1 ? "comes" : "come"} from data loaded in this browser (
            <span dir="auto">{labels}</span>), not from ITU.
            {userData.replacedYears.length > 0
              ? ` ${count === 1 ? "It replaces" : "They replace"} the shipped report of ${userData.replacedYears.join(", ")}.`
              : ""}{" "}
            Review or remove it with “Load data”.
          </>
        ) : (
          "None of the data loaded in this browser can be shown."
        )}
      </p>
      {userData.issues.length > 0 ? (
        <>
          <p>Left out of your data:</p>
          <DataIssueList issues={userData.issues} />
        </>
      ) : null}
    </aside>
  );
}
