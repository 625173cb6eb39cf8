import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseTheme, resolveDisplay, type Display, type ThemeChoice } from "./display-params";
import {
  readSavedPattern,
  readSavedTheme,
  savePattern,
  saveTheme,
  subscribeToSavedDisplay,
} from "./display-storage";
import { parseHash } from "./hash-location";
import { navigate, useHashLocation } from "./use-hash-location";

/** Undefined where matchMedia is missing (old browsers, jsdom): then the system prefers light. */
export function matchQuery(query: string): MediaQueryList | undefined {
  return typeof window.matchMedia === "function" ? window.matchMedia(query) : undefined;
}

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = matchQuery(query);
      list?.addEventListener("change", onChange);
      return () => list?.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => matchQuery(query)?.matches ?? false,
    () => false,
  );
}

export interface DisplayPreferences extends Display {
  /** What the theme picker shows: the URL's theme if it names one, else the saved choice. */
  themeChoice: ThemeChoice;
  chooseTheme: (choice: ThemeChoice) => void;
  choosePattern: (on: boolean) => void;
}

/**
 * The app's theme and chart patterns. A choice is saved in this browser and is not written to the URL
 * (it is how you like to see things, not what the view shows); choosing also drops a `theme` or
 * `pattern` parameter from the address, so that the address never contradicts the screen.
 */
export function useDisplayPreferences(): DisplayPreferences {
  const location = useHashLocation();
  // Only these two parameters matter here: the result keeps its identity when filters change, so the
  // header's controls do not re-render at every click on a chart.
  const themeParam = location.params.get("theme");
  const patternParam = location.params.get("pattern");
  const savedTheme = useSyncExternalStore(subscribeToSavedDisplay, readSavedTheme, () => "system" as const);
  const savedPattern = useSyncExternalStore(subscribeToSavedDisplay, readSavedPattern, () => false);
  const prefersDark = useMediaQuery("(prefers-color-scheme: dark)");
  const prefersMoreContrast = useMediaQuery("(prefers-contrast: more)");
  return useMemo(() => {
    const url = new URLSearchParams();
    if (themeParam !== null) url.set("theme", themeParam);
    if (patternParam !== null) url.set("pattern", patternParam);
    // Read at the time of the choice, so that the callbacks need not change with every address.
    const dropParam = (key: string) => {
      const current = parseHash(window.location.hash);
      if (!current.params.has(key)) return;
      navigate(
        current.path,
        [...current.params].filter(([name]) => name !== key),
        { replace: true },
      );
    };
    return {
      ...resolveDisplay({ url, savedTheme, savedPattern, system: { prefersDark, prefersMoreContrast } }),
      themeChoice: parseTheme(themeParam) ?? savedTheme,
      chooseTheme: (choice: ThemeChoice) => {
        saveTheme(choice);
        dropParam("theme");
      },
      choosePattern: (on: boolean) => {
        savePattern(on);
        dropParam("pattern");
      },
    };
  }, [themeParam, patternParam, savedTheme, savedPattern, prefersDark, prefersMoreContrast]);
}
