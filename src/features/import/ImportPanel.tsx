import { useEffect, useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { Trans } from "../../i18n/Trans";
import { DataIssueList } from "../../components/DataIssueList";
import { LoadingState } from "../../components/LoadingState";
import type { DatasetState } from "../../data/use-dataset";
import { useLocalizedDataset } from "../../shared/dataset/use-localized-dataset";
import { FilePicker } from "./FilePicker";
import { ImportProgressBar } from "./ImportProgressBar";
import { ImportReview } from "./ImportReview";
import { TemplateHelp } from "./TemplateHelp";
import { UserDatasetList } from "./UserDatasetList";
import { ReportDraftButtons } from "../../shared/document/ReportDraftButtons";
import { useImportFlow } from "./use-import-flow";
import { INPUT_LIMITS } from "../../schema/input-limits";
import { shortLabel } from "../../data/import/user-report-meta";

interface ImportPanelProps {
  /** From ?dataset=: fetched as soon as the panel opens. */
  initialUrl?: string;
  /** Called once the user has imported or declined what the link offered. */
  onSettled: () => void;
}

export function ImportPanel(props: ImportPanelProps) {
  const { t } = useTranslation();
  const dataset = useLocalizedDataset();
  if (dataset.status === "loading") return <LoadingState label={t("importData.loadingShipped")} />;
  if (dataset.status === "error") {
    return (
      <div className="notice notice--error" role="alert">
        <p>{t("importData.needsReference")}</p>
        <DataIssueList issues={dataset.issues} />
      </div>
    );
  }
  return <ReadyImportPanel {...props} dataset={dataset} />;
}

function ReadyImportPanel({
  initialUrl,
  onSettled,
  dataset,
}: ImportPanelProps & { dataset: Extract<DatasetState, { status: "ready" }> }) {
  const { t } = useTranslation();
  const { state, loadFile, loadUrl, reset } = useImportFlow(dataset.reference);
  const [saved, setSaved] = useState<string>();
  useEffect(() => {
    if (initialUrl) loadUrl(initialUrl);
  }, [initialUrl, loadUrl]);
  const busy = state.step === "fetching" || state.step === "parsing";
  const start =
    <T,>(load: (value: T) => void) =>
    (value: T) => {
      setSaved(undefined);
      load(value);
    };

  return (
    <div className="import-panel">
      <FilePicker onFile={start(loadFile)} onUrl={start(loadUrl)} disabled={busy} />
      <TemplateHelp />
      {state.step === "fetching" ? (
        <ImportProgressBar
          fileName={shortLabel(state.url)}
          note={t("importData.fetchLimit", { seconds: INPUT_LIMITS.datasetFetchSeconds })}
          onCancel={reset}
        />
      ) : state.step === "parsing" ? (
        <ImportProgressBar fileName={state.source.fileName} progress={state.progress} onCancel={reset} />
      ) : state.step === "refused" ? (
        <div className="notice notice--error" role="alert">
          <p>
            <Trans
              i18nKey="importData.refused"
              values={{
                file: state.issue.file,
                message: state.issue.message,
                line:
                  state.issue.line === undefined
                    ? ""
                    : t("importData.refusedLine", { line: state.issue.line }),
              }}
              components={{ file: <strong dir="auto" />, message: <span lang="en" /> }}
            />
          </p>
          <p className="muted">{t("importData.nothingChanged")}</p>
          {state.url !== undefined ? (
            <button type="button" className="button" onClick={() => start(loadUrl)(state.url ?? "")}>
              {t("importData.retry")}
            </button>
          ) : null}
        </div>
      ) : state.step === "review" ? (
        <ImportReview
          source={state.source}
          result={state.result}
          dataset={dataset}
          onSaved={(message) => {
            setSaved(message);
            reset();
            onSettled();
          }}
          onCancel={() => {
            reset();
            onSettled();
          }}
        />
      ) : null}
      {saved ? (
        <p className="notice" role="status">
          {saved}
        </p>
      ) : null}
      <UserDatasetList
        datasets={dataset.userData.datasets}
        replacedYears={dataset.userData.replacedYears}
        unreadable={dataset.userData.unreadable ?? []}
      />
      <ReportDraftButtons
        reference={dataset.reference}
        reports={dataset.reports}
        labels={dataset.userData.datasets.map((item) => item.label).join(", ")}
      />
    </div>
  );
}
