import type { ImportProgress } from "../../data/import/import-result";

const PHASES: Record<ImportProgress["phase"], string> = {
  reading: "Reading",
  parsing: "Checking rows of",
  validating: "Checking records of",
};

/** Progress of the background parse; `value` is left out while the amount of work is unknown. */
export function ImportProgressBar({
  fileName,
  progress,
  onCancel,
}: {
  fileName: string;
  progress?: ImportProgress;
  onCancel: () => void;
}) {
  const percent =
    progress && progress.total > 0
      ? Math.min(100, Math.round((progress.done / progress.total) * 100))
      : undefined;
  const label = `${PHASES[progress?.phase ?? "reading"]} ${fileName}…`;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <p dir="auto">
        {label}
        {percent === undefined ? "" : ` ${percent}%`}
      </p>
      <progress aria-label={label} max={100} value={percent} />
      <button type="button" className="button button--secondary" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
