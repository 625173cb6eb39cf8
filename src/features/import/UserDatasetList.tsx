import { useUserDatasetStore } from "../../data/user-datasets/store-context";
import type { UserDatasetSummary } from "../../data/user-datasets/user-dataset";
import { useRemoveUserDataset } from "../../data/user-datasets/user-dataset-mutations";

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : date.toLocaleDateString("en", { dateStyle: "medium" });
}

function describe(dataset: UserDatasetSummary, replacedYears: readonly number[]): string {
  const years = dataset.years.join(", ") || "no year";
  const count = `${dataset.activityCount} ${dataset.activityCount === 1 ? "activity" : "activities"}`;
  const replaces = dataset.years.filter((year) => replacedYears.includes(year));
  const how =
    dataset.mode === "replace" && replaces.length > 0
      ? `replaces the shipped ${replaces.join(", ")}`
      : "added";
  return [years, count, how, `loaded ${formatDate(dataset.importedAt)}`].join(" · ");
}

/** The datasets kept in this browser, each with a way out. */
export function UserDatasetList({
  datasets,
  replacedYears,
}: {
  datasets: readonly UserDatasetSummary[];
  replacedYears: readonly number[];
}) {
  const remove = useRemoveUserDataset();
  const { persistent } = useUserDatasetStore();
  return (
    <section className="user-datasets" aria-labelledby="user-datasets-title">
      <h3 id="user-datasets-title">Your datasets</h3>
      {datasets.length === 0 ? (
        <p className="muted">None yet. Data you load is kept in this browser until you remove it.</p>
      ) : (
        <ul className="user-datasets__list">
          {datasets.map((dataset) => (
            <li key={dataset.id} className="user-datasets__item">
              <div>
                <span className="user-badge">User data</span>{" "}
                <strong dir="auto" className="user-datasets__label">
                  {dataset.label}
                </strong>
                <p className="muted">{describe(dataset, replacedYears)}</p>
              </div>
              <button
                type="button"
                className="button button--secondary"
                aria-label={`Remove ${dataset.label}`}
                disabled={remove.isPending}
                onClick={() => remove.mutate(dataset.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {persistent ? null : (
        <p className="notice notice--warning">
          This browser offers no storage (IndexedDB) to this page: loaded data will be gone after a reload.
        </p>
      )}
    </section>
  );
}
