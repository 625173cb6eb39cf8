import { useSyncExternalStore } from "react";

const NARROW = "(max-width: 640px)";

// jsdom has no matchMedia: without it the layout is the wide one.
const list = () => (typeof window.matchMedia === "function" ? window.matchMedia(NARROW) : undefined);

function subscribe(onChange: () => void): () => void {
  const media = list();
  media?.addEventListener("change", onChange);
  return () => media?.removeEventListener("change", onChange);
}

/** A phone-sized screen, where chart builders give category names less room and tilt crowded ticks. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => list()?.matches ?? false,
    () => false,
  );
}
