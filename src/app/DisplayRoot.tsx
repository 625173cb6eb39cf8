import { createContext, useContext, useEffect, useMemo, type ReactNode } from "react";
import { ChartDisplayContext, type ChartDisplay } from "../components/chart/chart-theme";
import { DisplayControls } from "../components/DisplayControls";
import type { Theme } from "../url-state/display-params";
import {
  useDisplayPreferences,
  useMediaQuery,
  type DisplayPreferences,
} from "../url-state/use-display-preferences";
import { useHashLocation } from "../url-state/use-hash-location";

const DisplayPreferencesContext = createContext<DisplayPreferences | null>(null);

/**
 * The theme and chart patterns for the whole app: on <html> for the CSS (styles/themes.css), and in
 * context for the charts. Embeds set their own theme from their options (EmbedPage) and never read this
 * browser's saved choices: the first read of localStorage cost an embed about 40 ms before its first
 * chart (a load profile), for a choice it does not use.
 */
export function DisplayRoot({ children }: { children: ReactNode }) {
  const { path } = useHashLocation();
  return path.startsWith("/embed/") ? children : <AppDisplay>{children}</AppDisplay>;
}

function AppDisplay({ children }: { children: ReactNode }) {
  const display = useDisplayPreferences();
  // Paper is white: charts switch to the light side of their theme while printing (print.css does the page).
  const printing = useMediaQuery("print");
  const tone: Theme = printing
    ? display.theme.startsWith("contrast")
      ? "contrast"
      : "light"
    : display.theme;
  useEffect(() => {
    document.documentElement.dataset.theme = display.theme;
  }, [display.theme]);
  const chartDisplay = useMemo<ChartDisplay>(
    () => ({ tone, showLegend: true, showTitle: true, pattern: display.pattern }),
    [tone, display.pattern],
  );
  return (
    <DisplayPreferencesContext.Provider value={display}>
      <ChartDisplayContext.Provider value={chartDisplay}>{children}</ChartDisplayContext.Provider>
    </DisplayPreferencesContext.Provider>
  );
}

/** The theme picker and pattern switch in the app header. */
export function HeaderDisplayControls() {
  const display = useContext(DisplayPreferencesContext);
  if (!display) return null;
  return (
    <DisplayControls
      theme={display.themeChoice}
      pattern={display.pattern}
      onTheme={display.chooseTheme}
      onPattern={display.choosePattern}
    />
  );
}
