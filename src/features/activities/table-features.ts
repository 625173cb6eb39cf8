import {
  columnVisibilityFeature,
  constructSortFn,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
} from "@tanstack/react-table";

// Text sorts as people expect in any language: "3rd" before "African", "é" with "e", case ignored.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });
const sortFn_collator = constructSortFn({
  sort: (valueA: unknown, valueB: unknown) => collator.compare(String(valueA ?? ""), String(valueB ?? "")),
});

/** Only what the table uses: sorting and column visibility. Filtering is the domain's (URL filters). */
export const activityTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { text: sortFn_collator, basic: sortFn_basic },
});
