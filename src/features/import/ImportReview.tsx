import { useMemo, useState } from "react";
import { excludeTakenIds } from "../../data/import/exclude-taken-ids";
import type { ImportResult } from "../../data/import/import-result";
import { takenIdsForImport } from "../../data/user-datasets/taken-ids";
import { newDatasetId, type ImportMode } from "../../data/user-datasets/user-dataset";
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
  const unit = (count: number) => `${source.format === "csv" ? "row" : "record"}${count === 1 ? "" : "s"}`;
  const finalYears = [...new Set(final.reports.map((report) => report.meta.year))];

  const save = async () => {
    await add.mutateAsync({
      id: newDatasetId(),
      label: source.label,
      source: source.kind,
      importedAt: new Date().toISOString(),
      mode: chosen,
      reports: final.reports,
    });
    onSaved(
      `Imported ${final.validCount} ${final.validCount === 1 ? "activity" : "activities"} from ${source.fileName} as user data for ${listYears(finalYears)}.`,
    );
  };

  return (
    <section className="import-review" aria-labelledby="import-review-title">
      <h3 id="import-review-title" dir="auto">
        {source.fileName}
      </h3>
      <p data-testid="import-summary">
        {result.rowCount.toLocaleString("en")} {unit(result.rowCount)} read:{" "}
        <strong>{final.validCount.toLocaleString("en")} valid</strong>
        {final.validCount < result.rowCount
          ? `, ${(result.rowCount - final.validCount).toLocaleString("en")} with problems`
          : ""}
        .{finalYears.length > 0 ? ` Valid ${unit(2)} are for ${listYears(finalYears)}.` : ""}
      </p>
      {overlap.length > 0 ? (
        <fieldset className="import-mode">
          <legend>The app already has a report for {listYears(overlap)}</legend>
          <label>
            <input type="radio" name="import-mode" checked={mode === "add"} onChange={() => setMode("add")} />{" "}
            Add this data next to it
          </label>
          <label>
            <input
              type="radio"
              name="import-mode"
              checked={mode === "replace"}
              onChange={() => setMode("replace")}
            />{" "}
            Replace it with this data (the shipped report comes back when you remove this dataset)
          </label>
        </fieldset>
      ) : null}
      {final.issueCount > 0 ? (
        <IssueTable issues={final.issues} total={final.issueCount} byLine={source.format === "csv"} />
      ) : null}
      {final.validCount === 0 ? (
        <p className="notice notice--warning">
          Nothing can be imported: fix the problems and load the file again.
        </p>
      ) : null}
      {add.isError ? (
        <p className="notice notice--error" role="alert">
          The data could not be saved in this browser ({String(add.error)}).
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
            ? `Import ${final.validCount.toLocaleString("en")} ${unit(final.validCount)}`
            : `Import ${final.validCount.toLocaleString("en")} valid ${unit(final.validCount)}`}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
