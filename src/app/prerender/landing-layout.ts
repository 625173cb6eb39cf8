/**
 * The card widths of the landing view's grid where they stop growing: <main> is at its max-width from
 * this viewport width on (styles/global.css: main, .chart-grid, .chart-card), so a chart prerendered at
 * these widths is exactly as wide as the interactive chart that replaces it. The browser test
 * (tests/browser/prerender.e2e.ts) holds them to the page's own layout.
 */
export const LANDING_MIN_VIEWPORT = 1440;

const MAIN_CONTENT = 1440 - 2 * 32;
const GRID_GAP = 16;
const CARD_INSET = 2 * 16 + 2 * 1;

export const LANDING_CHART_WIDTH = {
  column: (MAIN_CONTENT - GRID_GAP) / 2 - CARD_INSET,
  wide: MAIN_CONTENT - CARD_INSET,
} as const;
