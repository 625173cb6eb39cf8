import { useMemo, useSyncExternalStore } from "react";
import { formatHash, parseHash, type HashLocation } from "./hash-location";

// The browser fires `hashchange` in a task of its own, after the next paint: a click would paint nothing
// new first and show its result a frame later. The app's own navigations tell the readers at once, so the
// click's render is part of the click; `hashchange` still brings Back, Forward and typed URLs.
const readers = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  readers.add(onChange);
  window.addEventListener("hashchange", onChange);
  return () => {
    readers.delete(onChange);
    window.removeEventListener("hashchange", onChange);
  };
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
  if (options?.replace) window.history.replaceState(window.history.state, "", hash);
  else window.location.hash = hash;
  for (const read of readers) read();
}
