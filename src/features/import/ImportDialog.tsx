import { useEffect, useRef } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { ImportPanel } from "./ImportPanel";

/**
 * A native modal <dialog>: the browser makes the page behind it inert and closes it on Escape.
 * jsdom has no showModal, so there it is simply opened.
 */
export function ImportDialog({
  initialUrl,
  onUrlSettled,
  onClose,
}: {
  initialUrl?: string;
  onUrlSettled: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
  }, []);
  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby="import-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="import-dialog__header">
        <h2 id="import-dialog-title">{t("importData.title")}</h2>
        <button
          type="button"
          className="import-dialog__close"
          aria-label={t("importData.close")}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <p className="muted">{t("importData.intro")}</p>
      <ImportPanel initialUrl={initialUrl} onSettled={onUrlSettled} />
    </dialog>
  );
}
