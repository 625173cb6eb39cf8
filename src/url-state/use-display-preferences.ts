import { useCallback, useMemo, useSyncExternalStore } from "react";
import { parseTheme, resolveDisplay, type Display, type ThemeChoice } from "./display-params";
import {
  readSavedPattern,
  readSavedTheme,
  savePattern,
  saveTheme,
  subscribeToSavedDisplay,
} from "./display-storage";
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
  const savedTheme = useSyncExternalStore(subscribeToSavedDisplay, readSavedTheme, () => "system" as const);
  const savedPattern = useSyncExternalStore(subscribeToSavedDisplay, readSavedPattern, () => false);
  const prefersDark = useMediaQuery("(prefers-color-scheme: dark)");
  const prefersMoreContrast = useMediaQuery("(prefers-contrast: more)");
  const display = useMemo(
    () =>
      resolveDisplay({
        url: location.params,
        savedTheme,
        savedPattern,
        system: { prefersDark, prefersMoreContrast },
      }),
    [location.params, savedTheme, savedPattern, prefersDark, prefersMoreContrast],
  );
  const dropParam = useCallback(
    (key: string) => {
      if (!location.params.has(key)) return;
      const kept = [...location.params].filter(([name]) => name !== key);
      navigate(location.path, kept, { replace: true });
    },
    [location],
  );
  const chooseTheme = useCallback(
    (choice: ThemeChoice) => {
      saveTheme(choice);
      dropParam("theme");
    },
    [dropParam],
  );
  const choosePattern = useCallback(
    (on: boolean) => {
      savePattern(on);
      dropParam("pattern");
    },
    [dropParam],
  );
  return {
    ...display,
    themeChoice: parseTheme(location.params.get("theme")) ?? savedTheme,
    chooseTheme,
    choosePattern,
  };
}
