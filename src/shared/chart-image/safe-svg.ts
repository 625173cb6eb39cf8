/**
 * ECharts' SSR SVG writes font families with double quotes inside a double-quoted style attribute
 * (`style="font-family:system-ui, "Segoe UI", …"`; seen with ECharts 6.1, 2026-05), which is not XML:
 * an <img> refuses to draw it. Single quotes mean the same in CSS and keep the attribute whole.
 */
export function fixStyleQuotes(svg: string): string {
  return svg.replace(
    /style="((?:[^"<>]|"[^"<>=]*")*?;)"/g,
    (_, style: string) => `style="${style.replace(/"/g, "'")}"`,
  );
}
