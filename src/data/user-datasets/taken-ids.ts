import type { Report } from "../../schema/report";
import type { ImportMode } from "./user-dataset";
import { shippedIdOwners } from "./merge-user-datasets";

/**
 * The ids a new dataset may not use: those of every report that will still be shown next to it. With
 * "replace", the shipped reports of the new dataset's years are hidden, so their ids are free again.
 */
export function takenIdsForImport(
  shipped: readonly Report[],
  shown: readonly Report[],
  replacedYears: readonly number[],
  newYears: readonly number[],
  mode: ImportMode,
): Map<string, string> {
  const hidden = new Set(mode === "replace" ? [...replacedYears, ...newYears] : replacedYears);
  const owners = shippedIdOwners(shipped, hidden);
  for (const report of shown) {
    if (report.meta.kind !== "user") continue;
    for (const activity of report.activities)
      owners.set(activity.id, `your loaded data (${report.meta.title})`);
  }
  return owners;
}
