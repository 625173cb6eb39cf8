import { useState, type DragEvent, type FormEvent } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { formatBytes, MAX_IMPORT_BYTES } from "../../data/import/import-limits";

interface FilePickerProps {
  onFile: (file: File) => void;
  onUrl: (url: string) => void;
  disabled: boolean;
}

/** A drop zone with a file button inside, and a field for an https address. */
export function FilePicker({ onFile, onUrl, disabled }: FilePickerProps) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  const submitUrl = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const url = new FormData(event.currentTarget).get("url");
    if (typeof url === "string" && url.trim() !== "") onUrl(url.trim());
  };
  return (
    <div className="import-picker">
      <div
        className={`drop-zone${dragging ? " is-dragging" : ""}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        data-testid="drop-zone"
      >
        <p className="drop-zone__text">{t("importData.drop")}</p>
        <label className="drop-zone__label">
          <input
            className="drop-zone__input"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            disabled={disabled}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = "";
              if (file) onFile(file);
            }}
          />
          <span className="button">{t("importData.choose")}</span>
        </label>
        <p className="muted drop-zone__hint">
          {t("importData.limit", { size: formatBytes(MAX_IMPORT_BYTES) })}
        </p>
      </div>
      <form className="import-url" onSubmit={submitUrl}>
        <label htmlFor="import-url-input">{t("importData.urlLabel")}</label>
        <div className="import-url__row">
          <input
            id="import-url-input"
            name="url"
            type="url"
            inputMode="url"
            placeholder="https://example.org/wsis-2026.csv"
            pattern="https://.*"
            disabled={disabled}
          />
          <button type="submit" className="button button--secondary" disabled={disabled}>
            {t("importData.load")}
          </button>
        </div>
      </form>
    </div>
  );
}
