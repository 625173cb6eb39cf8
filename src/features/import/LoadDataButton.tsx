import { lazy, Suspense, useRef, useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { useHashLocation } from "../../url-state/use-hash-location";
import { clearDatasetParam, DATASET_PARAM, readDatasetParam } from "./dataset-param";

// Loaded on first use: the parsers and the dialog are not needed to show the dashboard.
const ImportDialog = lazy(() =>
  import("./ImportDialog").then((module) => ({ default: module.ImportDialog })),
);

/** The header's "Load data": opens the import dialog, at once when the link carries ?dataset=. */
export function LoadDataButton() {
  const { t } = useTranslation();
  // The link the app was opened with; dropped once imported or declined. None in the build's prerender.
  const [linkedUrl, setLinkedUrl] = useState(() =>
    typeof window === "undefined" ? undefined : readDatasetParam(window.location),
  );
  const [open, setOpen] = useState(linkedUrl !== undefined);
  // A ?dataset= that arrives later, pasted into the hash of an open tab, is offered the same way.
  const hashDataset = useHashLocation().params.get(DATASET_PARAM)?.trim() || undefined;
  const [seenHashDataset, setSeenHashDataset] = useState(hashDataset);
  if (hashDataset !== seenHashDataset) {
    setSeenHashDataset(hashDataset);
    if (hashDataset !== undefined && hashDataset !== linkedUrl) {
      setLinkedUrl(hashDataset);
      setOpen(true);
    }
  }
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
