import { useMemo, useSyncExternalStore } from "react";
import { formatHash, parseHash, type HashLocation } from "./hash-location";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

const readHash = () => window.location.hash;

/** The URL is the single source of truth: components read it here and never keep a copy in state. */
export function useHashLocation(): HashLocation {
  const hash = useSyncExternalStore(subscribe, readHash, () => "");
  return useMemo(() => parseHash(hash), [hash]);
}

/** Pushes a history entry (so Back undoes it) unless `replace` is asked for. */
export function navigate(
  path: string,
  params: Iterable<readonly [string, string]>,
  options?: { replace?: boolean },
) {
  const hash = formatHash(path, params);
  if (hash === window.location.hash || (hash === "#/" && window.location.hash === "")) return;
  if (options?.replace) {
    window.history.replaceState(window.history.state, "", hash);
    // replaceState fires no event of its own.
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  } else {
    window.location.hash = hash;
  }
}
