import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { downloadBlob } from "../../components/download-file";
import type { DocumentRequest } from "./view-documents";
import "../../i18n/english/share";

// docx and the chart drawing load on the first click: no page's first download grows.
const loadBuilder = () => import("./build-document");

/**
 * "Download as Word (.docx)": the view as a briefing document. `request` is read at the click, so that
 * the document is the view as it is then, and nothing is computed while nobody asks.
 */
export function DownloadDocxButton({
  request,
  label,
  className = "button button--secondary",
}: {
  request: () => DocumentRequest;
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
          setStatus(t("share.docxPreparing"));
          try {
            const { blob, fileName } = await (await loadBuilder()).buildDocument(request());
            downloadBlob(fileName, blob);
            setStatus(t("share.docxDownloaded", { file: fileName }));
          } catch (error) {
            setStatus(
              t("share.docxFailed", { error: error instanceof Error ? error.message : String(error) }),
            );
          } finally {
            setBusy(false);
          }
        }}
      >
        {label ?? t("share.docxButton")}
      </button>
      <span className="docx-download__status" role="status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
