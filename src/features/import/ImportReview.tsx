import { useMemo, useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { Trans } from "../../i18n/Trans";
import { excludeTakenIds } from "../../data/import/exclude-taken-ids";
import type { ImportResult } from "../../data/import/import-result";
import { takenIdsForImport } from "../../data/user-datasets/taken-ids";
import { newDatasetId, type ImportMode } from "../../data/user-datasets/user-dataset";
import { toStorageFailure } from "../../data/user-datasets/storage-failure";
import { useAddUserDataset } from "../../data/user-datasets/user-dataset-mutations";
import type { DatasetState } from "../../data/use-dataset";
import { IssueTable } from "./IssueTable";
import type { ImportSource } from "./use-import-flow";

type ReadyDataset = Extract<DatasetState, { status: "ready" }>;

interface ImportReviewProps {
  source: ImportSource;
  result: ImportResult;
  dataset: ReadyDataset;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

const listYears = (years: readonly number[]) => years.join(", ");

/** What the file holds, what is wrong with it, and the choice: import the valid rows, or cancel. */
export function ImportReview({ source, result, dataset, onSaved, onCancel }: ImportReviewProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ImportMode>("add");
  const add = useAddUserDataset();
  const years = useMemo(() => [...new Set(result.reports.map((report) => report.meta.year))], [result]);
  const shippedYears = new Set(dataset.shippedReports.map((report) => report.meta.year));
  const overlap = years.filter((year) => shippedYears.has(year));
  const chosen: ImportMode = overlap.length > 0 ? mode : "add";
  const final = useMemo(() => {
    const { shippedReports, reports, userData } = dataset;
    const taken = takenIdsForImport(shippedReports, reports, userData.replacedYears, years, chosen);
    return excludeTakenIds(result, taken, source.fileName);
  }, [dataset, result, years, chosen, source.fileName]);
  const csv = source.format === "csv";
  const finalYears = [...new Set(final.reports.map((report) => report.meta.year))];

  // mutate, not mutateAsync: a failed save is shown below (and the review stays for a retry), never thrown.
  const save = () =>
    add.mutate(
      {
        id: newDatasetId(),
        label: source.label,
        source: source.kind,
        importedAt: new Date().toISOString(),
        mode: chosen,
        reports: final.reports,
      },
      {
        onSuccess: () =>
          onSaved(
            t("importData.imported", {
              count: final.validCount,
              file: source.fileName,
              years: listYears(finalYears),
            }),
          ),
      },
    );

  return (
    <section className="import-review" aria-labelledby="import-review-title">
      <h3 id="import-review-title" dir="auto">
        {source.fileName}
      </h3>
      <p data-testid="import-summary">
        <Trans
          i18nKey="importData.read"
          values={{
            what: t(csv ? "importData.rows" : "importData.records", { count: result.rowCount }),
            valid: final.validCount,
            problems:
              final.validCount < result.rowCount
                ? t("importData.withProblems", { count: result.rowCount - final.validCount })
                : "",
            years:
              finalYears.length > 0
                ? t(csv ? "importData.validRowsFor" : "importData.validRecordsFor", {
                    years: listYears(finalYears),
                  })
                : "",
          }}
          components={{ strong: <strong /> }}
        />
      </p>
      {overlap.length > 0 ? (
        <fieldset className="import-mode">
          <legend>{t("importData.overlap", { years: listYears(overlap) })}</legend>
          <label>
            <input type="radio" name="import-mode" checked={mode === "add"} onChange={() => setMode("add")} />{" "}
            {t("importData.modeAdd")}
          </label>
          <label>
            <input
              type="radio"
              name="import-mode"
              checked={mode === "replace"}
              onChange={() => setMode("replace")}
            />{" "}
            {t("importData.modeReplace")}
          </label>
        </fieldset>
      ) : null}
      {final.issueCount > 0 ? (
        <IssueTable issues={final.issues} total={final.issueCount} byLine={source.format === "csv"} />
      ) : null}
      {final.validCount === 0 ? (
        <p className="notice notice--warning">{t("importData.nothingToImport")}</p>
      ) : null}
      {add.isError ? (
        <p className="notice notice--error" role="alert">
          {t(`importData.saveFailed.${toStorageFailure(add.error).code}`, {
            count: final.validCount,
            file: source.fileName,
          })}
        </p>
      ) : null}
      <div className="import-review__actions">
        <button
          type="button"
          className="button"
          disabled={final.validCount === 0 || add.isPending}
          onClick={save}
        >
          {final.validCount === result.rowCount
            ? t(csv ? "importData.importRows" : "importData.importRecords", { count: final.validCount })
            : t(csv ? "importData.importValidRows" : "importData.importValidRecords", {
                count: final.validCount,
              })}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("importData.cancel")}
        </button>
      </div>
    </section>
  );
}
