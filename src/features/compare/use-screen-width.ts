import { useSyncExternalStore } from "react";

export type ScreenWidth = "narrow" | "medium" | "wide";

const QUERIES = { narrow: "(max-width: 640px)", medium: "(max-width: 1024px)" } as const;

// jsdom has no matchMedia: without it the layout is the wide one.
const media = (query: string) =>
  typeof window.matchMedia === "function" ? window.matchMedia(query) : undefined;

function subscribe(onChange: () => void): () => void {
  const lists = Object.values(QUERIES).flatMap((query) => media(query) ?? []);
  lists.forEach((list) => list.addEventListener("change", onChange));
  return () => lists.forEach((list) => list.removeEventListener("change", onChange));
}

function read(): ScreenWidth {
  if (media(QUERIES.narrow)?.matches) return "narrow";
  if (media(QUERIES.medium)?.matches) return "medium";
  return "wide";
}

/** Charts drawn as small multiples need fewer columns on a phone than CSS alone can give them. */
export function useScreenWidth(): ScreenWidth {
  return useSyncExternalStore(subscribe, read, () => "wide");
}
