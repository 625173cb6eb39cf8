import type { TFunction } from "i18next";
import { isActivityColumnId } from "./ColumnHeader";

/** How the table is sorted, in words, for the table's accessible description. */
export function describeSort(
  t: TFunction,
  sort: { id: string; desc: boolean },
  byRelevance: boolean,
): string {
  if (byRelevance) return t("activities.sortRelevance");
  return t(sort.desc ? "activities.sortDescending" : "activities.sortAscending", {
    column: isActivityColumnId(sort.id) ? t(`activities.column.${sort.id}`) : sort.id,
  });
}
