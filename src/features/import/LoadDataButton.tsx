import { lazy, Suspense, useRef, useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { clearDatasetParam, readDatasetParam } from "./dataset-param";
import "../../i18n/english/import-data";

// Loaded on first use: the parsers and the dialog are not needed to show the dashboard.
const ImportDialog = lazy(() =>
  import("./ImportDialog").then((module) => ({ default: module.ImportDialog })),
);

/** The header's "Load data": opens the import dialog, at once when the link carries ?dataset=. */
export function LoadDataButton() {
  const { t } = useTranslation();
  // Read once: the link the app was opened with; dropped once imported or declined.
  const [linkedUrl, setLinkedUrl] = useState(() => readDatasetParam(window.location));
  const [open, setOpen] = useState(linkedUrl !== undefined);
  const button = useRef<HTMLButtonElement>(null);
  const settleLink = () => {
    setLinkedUrl(undefined);
    clearDatasetParam();
  };
  const close = () => {
    setOpen(false);
    settleLink();
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="app-header__load"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t("importData.button")}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <ImportDialog initialUrl={linkedUrl} onUrlSettled={settleLink} onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
