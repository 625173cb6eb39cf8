import { useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { formatDate } from "../../i18n/format";
import type { Language } from "../../i18n/languages";
import { useLanguage } from "../../i18n/use-language";
import { useUserDatasetStore } from "../../data/user-datasets/store-context";
import type { StoredUserDataset, UserDatasetSummary } from "../../data/user-datasets/user-dataset";
import { useAddUserDataset, useRemoveUserDataset } from "../../data/user-datasets/user-dataset-mutations";
import { USER_DATASETS_KEY } from "../../data/user-datasets/user-dataset-queries";

function formatImportDate(iso: string, language: Language): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? "" : formatDate(language, date, { dateStyle: "medium" });
}

function describe(
  dataset: UserDatasetSummary,
  replacedYears: readonly number[],
  t: TFunction,
  language: Language,
): string {
  const years = dataset.years.join(", ") || t("importData.datasets.noYear");
  const count = t("importData.datasets.activities", { count: dataset.activityCount });
  const replaces = dataset.years.filter((year) => replacedYears.includes(year));
  const how =
    dataset.mode === "replace" && replaces.length > 0
      ? t("importData.datasets.replaces", { years: replaces.join(", ") })
      : t("importData.datasets.added");
  const loaded = t("importData.datasets.loaded", { date: formatImportDate(dataset.importedAt, language) });
  return [years, count, how, loaded].join(" · ");
}

/** The datasets kept in this browser, each with a way out. */
export function UserDatasetList({
  datasets,
  replacedYears,
  unreadable = [],
}: {
  datasets: readonly UserDatasetSummary[];
  replacedYears: readonly number[];
  /** Records that cannot be read (another version, a hand edit): removable all the same. */
  unreadable?: ReadonlyArray<{ key: string; number: number }>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const remove = useRemoveUserDataset();
  const restore = useAddUserDataset();
  const client = useQueryClient();
  const { persistent } = useUserDatasetStore();
  // Read, not observed: the page's dataset query re-renders this list, and a second observer would refetch.
  const broken = client.getQueryState(USER_DATASETS_KEY)?.status === "error";
  const [removed, setRemoved] = useState<{ label: string; count: number; record: StoredUserDataset }>();
  // The record as stored is kept in memory, so that Remove can be undone (a big dataset is a lot to redo).
  const removeDataset = (dataset: UserDatasetSummary) => {
    const stored = client.getQueryData<{ records: unknown[]; keys?: string[] }>(USER_DATASETS_KEY);
    const record = stored?.records[stored.keys?.indexOf(dataset.id) ?? -1] as StoredUserDataset | undefined;
    remove.mutate(dataset.id, {
      onSuccess: () =>
        setRemoved(record ? { label: dataset.label, count: dataset.activityCount, record } : undefined),
    });
  };
  const undo = () => removed && restore.mutate(removed.record, { onSuccess: () => setRemoved(undefined) });
  return (
    <section className="user-datasets" aria-labelledby="user-datasets-title">
      <h3 id="user-datasets-title">{t("importData.datasets.title")}</h3>
      {datasets.length === 0 && unreadable.length === 0 ? (
        <p className="muted">{t("importData.datasets.none")}</p>
      ) : (
        <ul className="user-datasets__list">
          {datasets.map((dataset) => (
            <li key={dataset.id} className="user-datasets__item">
              <div>
                <span className="user-badge">{t("importData.datasets.badge")}</span>{" "}
                <strong dir="auto" className="user-datasets__label">
                  {dataset.label}
                </strong>
                <p className="muted">{describe(dataset, replacedYears, t, language)}</p>
              </div>
              <button
                type="button"
                className="button button--secondary"
                aria-label={t("importData.datasets.removeLabel", { label: dataset.label })}
                disabled={remove.isPending}
                onClick={() => removeDataset(dataset)}
              >
                {t("importData.datasets.remove")}
              </button>
            </li>
          ))}
          {unreadable.map((record) => (
            <li key={`unreadable:${record.key}`} className="user-datasets__item">
              <div>
                <strong className="user-datasets__label">
                  {t("importData.datasets.unreadable", { number: record.number })}
                </strong>
                <p className="muted">{t("importData.datasets.unreadableHelp")}</p>
              </div>
              <button
                type="button"
                className="button button--secondary"
                aria-label={t("importData.datasets.removeUnreadable", { number: record.number })}
                disabled={remove.isPending}
                onClick={() => remove.mutate(record.key)}
              >
                {t("importData.datasets.remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
      {removed ? (
        <p className="notice" role="status">
          {t("importData.datasets.removed", { label: removed.label, count: removed.count })}{" "}
          <button type="button" className="link-button" disabled={restore.isPending} onClick={undo}>
            {t("importData.datasets.undo")}
          </button>
        </p>
      ) : null}
      {!persistent ? (
        <p className="notice notice--warning">{t("importData.datasets.noStorage")}</p>
      ) : broken ? (
        <p className="notice notice--warning">{t("importData.datasets.storageBroken")}</p>
      ) : null}
    </section>
  );
}
