import { useCallback, useMemo } from "react";
import type { FilterState } from "../domain/filter-state";
import { FILTER_PARAMS, parseFilterParams, serializeFilterParams, type DroppedParam } from "./filter-params";
import { navigate, useHashLocation } from "./use-hash-location";

const FILTER_KEYS = new Set<string>(Object.values(FILTER_PARAMS));

/** Reads the filters from the URL and writes changes back, keeping the route and any other parameters. */
export function useFilters(): {
  filters: FilterState;
  dropped: DroppedParam[];
  setFilters: (next: FilterState) => void;
} {
  const location = useHashLocation();
  const parsed = useMemo(() => parseFilterParams(location.params), [location.params]);
  const setFilters = useCallback(
    (next: FilterState) => {
      const others = [...location.params].filter(([key]) => !FILTER_KEYS.has(key));
      navigate(location.path, [...serializeFilterParams(next), ...others]);
    },
    [location],
  );
  return { filters: parsed.filters, dropped: parsed.dropped, setFilters };
}
