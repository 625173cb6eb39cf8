import { useQueries, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { ManifestEntry } from "../schema/manifest";
import type { Reference } from "../schema/reference";
import type { Report } from "../schema/report";
import { manifestQueryOptions, referenceQueryOptions, reportQueryOptions } from "./queries";
import type { UserDataState } from "./user-datasets/merge-user-datasets";
import { useUserDatasetStore } from "./user-datasets/store-context";
import { userDatasetsQueryOptions } from "./user-datasets/user-dataset-queries";
import type { DataIssue } from "./validation/data-issue";
import { NO_USER_DATA, isNetworkError, issuesOf, settleReports, type ReportFailure } from "./settle-reports";

const NO_ENTRIES: ManifestEntry[] = [];
const NO_STORED: unknown[] = [];

export type DatasetState =
  | { status: "loading" }
  | {
      status: "error";
      issues: DataIssue[];
      retry: () => void;
      /** No answer from the server: most likely offline. Refetched by itself when the browser is back online. */
      offline: boolean;
    }
  | {
      status: "ready";
      reference: Reference;
      /** Shipped and user reports together, by year; user reports have meta.kind "user". */
      reports: Report[];
      failures: ReportFailure[];
      /** The shipped reports that loaded, including years a user dataset replaces. */
      shippedReports: Report[];
      userData: UserDataState;
    };

// Module-level so that TanStack Query can memoise the combined result between renders.
function combineReportQueries(results: ReadonlyArray<{ data?: Report; error: unknown; isPending: boolean }>) {
  return {
    data: results.map((result) => result.data),
    errors: results.map((result) => result.error),
    pendingCount: results.filter((result) => result.isPending).length,
  };
}

/**
 * Loads the manifest, then reference.json and every report in parallel; one bad report never hides the rest.
 * Names stay as shipped: the caller translates them (shared/dataset/use-localized-dataset.ts).
 * The user's own datasets (IndexedDB) are merged in as extra reports, or in place of shipped years.
 */
export function useDataset(options: { includeUserData?: boolean } = {}): DatasetState {
  const includeUserData = options.includeUserData ?? true;
  const manifest = useQuery(manifestQueryOptions());
  // Embeds show the published data only: what a page embeds must not depend on a visitor's browser.
  const stored = useQuery({ ...userDatasetsQueryOptions(useUserDatasetStore()), enabled: includeUserData });
  const storedRecords = stored.data?.records ?? NO_STORED;
  const mergeReports = stored.data?.merge;
  const entries = manifest.data?.reports ?? NO_ENTRIES;
  const reference = useQuery({
    ...referenceQueryOptions(manifest.data?.reference ?? "reference.json"),
    enabled: manifest.isSuccess,
  });
  const reports = useQueries({
    queries: entries.map((entry) => reportQueryOptions(entry)),
    combine: combineReportQueries,
  });

  const settled = useMemo(() => {
    // Nothing is shown until every report is in: checking the loaded ones again as each arrives (and the
    // memo re-runs for every arrival) only delays the first chart.
    if (!reference.data || reports.pendingCount > 0) return undefined;
    const { loaded, failures } = settleReports(
      entries,
      entries.map((_, index) => ({ data: reports.data[index], error: reports.errors[index] })),
      reference.data,
    );
    const merged =
      storedRecords.length === 0
        ? { reports: loaded, userData: NO_USER_DATA }
        : mergeReports?.(loaded, storedRecords, reference.data, stored.data?.keys);
    if (!merged) return undefined;
    if (stored.isError) {
      const reason = stored.error instanceof Error ? stored.error.message : String(stored.error);
      merged.userData = {
        ...merged.userData,
        issues: [
          { file: "saved datasets", path: "", message: `could not be read from this browser (${reason})` },
        ],
      };
    }
    return { loaded, failures, reference: reference.data, ...merged };
  }, [
    reference.data,
    entries,
    reports,
    storedRecords,
    mergeReports,
    stored.isError,
    stored.error,
    stored.data?.keys,
  ]);

  if (manifest.isError) {
    return {
      status: "error",
      issues: issuesOf(manifest.error, "data/manifest.json"),
      retry: () => void manifest.refetch(),
      offline: isNetworkError(manifest.error),
    };
  }
  if (reference.isError) {
    const file = `data/${manifest.data?.reference ?? "reference.json"}`;
    return {
      status: "error",
      issues: issuesOf(reference.error, file),
      retry: () => void reference.refetch(),
      offline: isNetworkError(reference.error),
    };
  }
  // Wait for every report: counts that grow while files arrive would be read (and quoted) wrongly.
  if (!settled || reports.pendingCount > 0 || (includeUserData && stored.isPending))
    return { status: "loading" };
  return {
    status: "ready",
    reference: settled.reference,
    reports: settled.reports,
    failures: settled.failures,
    shippedReports: settled.loaded,
    userData: settled.userData,
  };
}
