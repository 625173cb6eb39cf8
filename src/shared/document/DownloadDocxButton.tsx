import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import type { DocumentRequest } from "./view-documents";

/**
 * "Download as Word (.docx)": the view as a briefing document. `request` is read at the click, so that
 * the document is the view as it is then; docx and everything else load on that first click.
 */
export function DownloadDocxButton({
  request,
  label,
  className = "button button--secondary",
}: {
  request: () => DocumentRequest | Promise<DocumentRequest>;
  label?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  return (
    <span className="docx-download">
      <button
        type="button"
        className={className}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          try {
            await (await import("./build-document")).downloadDocument(request, t, setStatus);
          } catch (error) {
            // The module itself could not be loaded (offline, a new deployment).
            setStatus(t("docx.failed", { error: error instanceof Error ? error.message : String(error) }));
          } finally {
            setBusy(false);
          }
        }}
      >
        {label ?? t("docx.button")}
      </button>
      {/* A live region, not a second role="status": the page's result count stays its one status. */}
      <span className="docx-download__status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
