import { useTranslation } from "../../i18n/use-translation";
import type { ImportProgress } from "../../data/import/import-result";

/** Progress of the background parse; `value` is left out while the amount of work is unknown. */
export function ImportProgressBar({
  fileName,
  progress,
  note,
  onCancel,
}: {
  fileName: string;
  progress?: ImportProgress;
  /** Said under the label, e.g. how long a download may take. */
  note?: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const percent =
    progress && progress.total > 0
      ? Math.min(100, Math.round((progress.done / progress.total) * 100))
      : undefined;
  const label = t(`importData.phase.${progress?.phase ?? "reading"}`, { file: fileName });
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <p dir="auto">
        {label}
        {percent === undefined ? "" : ` ${percent}%`}
      </p>
      {note ? <p className="muted">{note}</p> : null}
      <progress aria-label={label} max={100} value={percent} />
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t("importData.cancel")}
      </button>
    </div>
  );
}
