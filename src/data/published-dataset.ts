import { useCallback, useEffect, useState } from "react";
import { DataFileError } from "./fetch-data-file";
import { loadValidated } from "./load-data-file";
import { NO_USER_DATA, isNetworkError, issuesOf, settleReports } from "./settle-reports";
import type { DatasetState } from "./use-dataset";

type Ready = Extract<DatasetState, { status: "ready" }>;

/**
 * The published data, loaded and checked by the same functions as the app's queries (load-data-file.ts,
 * settle-reports.ts), without a query cache: a page that shows one view loads each file once.
 */
export async function loadPublishedDataset(signal?: AbortSignal): Promise<Ready> {
  const manifest = await loadValidated("manifest", "manifest.json", signal);
  const referencePath = manifest.reference;
  const reference = loadValidated("reference", referencePath, signal).catch((error: unknown) => {
    throw new DataFileError(issuesOf(error, `data/${referencePath}`), undefined, isNetworkError(error));
  });
  const reports = manifest.reports.map((entry) =>
    loadValidated("report", entry.path, signal).then(
      (data) => ({ data, error: undefined }),
      (error: unknown) => ({ data: undefined, error }),
    ),
  );
  const [checkedReference, results] = await Promise.all([reference, Promise.all(reports)]);
  const { loaded, failures } = settleReports(manifest.reports, results, checkedReference);
  return {
    status: "ready",
    reference: checkedReference,
    reports: loaded,
    failures,
    shippedReports: loaded,
    userData: NO_USER_DATA,
  };
}

/**
 * The published data as a view's state. A failure offers a retry, and one for want of a network retries
 * by itself when the browser is back online.
 */
export function usePublishedDataset(load = loadPublishedDataset): DatasetState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<DatasetState>({ status: "loading" });
  const retry = useCallback(() => {
    setState({ status: "loading" });
    setAttempt((count) => count + 1);
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (ready) => setState(ready),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const offline = isNetworkError(error);
        setState({ status: "error", issues: issuesOf(error, "data/manifest.json"), retry, offline });
      },
    );
    return () => controller.abort();
  }, [load, attempt, retry]);
  const offline = state.status === "error" && state.offline;
  useEffect(() => {
    if (!offline) return;
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [offline, retry]);
  return state;
}
