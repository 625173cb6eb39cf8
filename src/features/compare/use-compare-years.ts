import { useCallback, useMemo } from "react";
import { parseCompareParams, withCompareParams, type CompareYears } from "../../url-state/compare-params";
import { navigate, useHashLocation } from "../../url-state/use-hash-location";

/** A and B from the URL (the latest two years by default); writing them keeps every other parameter. */
export function useCompareYears(reportYears: readonly number[]) {
  const location = useHashLocation();
  const parsed = useMemo(
    () => parseCompareParams(location.params, reportYears),
    [location.params, reportYears],
  );
  const setYears = useCallback(
    (years: CompareYears) => navigate(location.path, withCompareParams(location.params, years, reportYears)),
    [location, reportYears],
  );
  return { years: parsed.years, dropped: parsed.dropped, setYears };
}
