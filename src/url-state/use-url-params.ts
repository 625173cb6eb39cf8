import { useCallback } from "react";
import { navigate, useHashLocation } from "./use-hash-location";

/**
 * Writes some parameters and keeps the others, on the current route: each feature owns its keys
 * (filters, table, comparison) and none erases another's.
 */
export function useUrlParamsWriter(ownKeys: readonly string[]) {
  const location = useHashLocation();
  return useCallback(
    (entries: Array<[string, string]>, options?: { replace?: boolean }) => {
      const others = [...location.params].filter(([key]) => !ownKeys.includes(key));
      navigate(location.path, [...others, ...entries], options);
    },
    [location, ownKeys],
  );
}
