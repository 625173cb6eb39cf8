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
 * context for the charts. Embeds set their own theme from their options (EmbedPage).
 */
export function DisplayRoot({ children }: { children: ReactNode }) {
  const { path } = useHashLocation();
  const display = useDisplayPreferences();
  const isEmbed = path.startsWith("/embed/");
  // Paper is white: charts switch to the light side of their theme while printing (print.css does the page).
  const printing = useMediaQuery("print");
  const tone: Theme = printing
    ? display.theme.startsWith("contrast")
      ? "contrast"
      : "light"
    : display.theme;
  useEffect(() => {
    if (!isEmbed) document.documentElement.dataset.theme = display.theme;
  }, [isEmbed, display.theme]);
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
