import { useEffect, useMemo, type ReactNode } from "react";
import { ChartDisplayContext, type ChartDisplay } from "../components/chart/chart-theme";
import type { Theme } from "../url-state/display-params";
import { useMediaQuery, type DisplayPreferences } from "../url-state/use-display-preferences";
import { showDocumentTheme } from "../url-state/document-theme";

/**
 * The theme and chart patterns of the app's pages, from this browser's saved choices (AppFrame reads them
 * once, for this and for the header's controls): on <html> for the CSS (styles/themes.css), and in
 * context for the charts. It lives in AppFrame's chunk: embeds set their own theme from their options
 * (EmbedPage) and never load or read these choices, since the first read of localStorage delays an
 * embed's first chart.
 */
export function AppDisplay({ display, children }: { display: DisplayPreferences; children: ReactNode }) {
  // Paper is white: charts switch to the light side of their theme while printing (print.css does the page).
  const printing = useMediaQuery("print");
  const tone: Theme = printing
    ? display.theme.startsWith("contrast")
      ? "contrast"
      : "light"
    : display.theme;
  useEffect(() => {
    showDocumentTheme(display.theme);
  }, [display.theme]);
  const chartDisplay = useMemo<ChartDisplay>(
    () => ({ tone, showLegend: true, showTitle: true, pattern: display.pattern }),
    [tone, display.pattern],
  );
  return <ChartDisplayContext.Provider value={chartDisplay}>{children}</ChartDisplayContext.Provider>;
}
