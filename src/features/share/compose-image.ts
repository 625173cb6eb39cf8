/** Everything an exported chart image must carry besides the chart itself (issue: image provenance). */
export interface ImageCaption {
  title: string;
  /** The filters in words, e.g. "SDG 5: Gender equality · Year 2023", or "All activities". */
  filters: string;
  /** "Source: ITU, report on ITU's contribution to the implementation of the WSIS outcomes, 2014–2025" */
  source: string;
  /** The link that restores the view. */
  link: string;
  /** Right-to-left captions (Arabic): set from the right edge. */
  rtl?: boolean;
}

const HEADER_HEIGHT = 72;
const FOOTER_HEIGHT = 52;
const FONT = "system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Arial, sans-serif";

const XML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);

export function imageHeight(chartHeight: number): number {
  return chartHeight + HEADER_HEIGHT + FOOTER_HEIGHT;
}

/**
 * One self-contained SVG: title and filters above, the chart (ECharts' own SVG, real text), source and
 * link below. Every caption string is escaped: data never becomes markup, even inside an image.
 */
export function composeChartSvg(
  chartSvg: string,
  width: number,
  chartHeight: number,
  caption: ImageCaption,
  dark = false,
): string {
  const ink = dark ? "#e6eaf0" : "#1b2330";
  const muted = dark ? "#b7c0cc" : "#4f5b6b";
  const background = dark ? "#161b22" : "#ffffff";
  const chart = chartSvg
    .replace(/^<\?xml[^>]*>\s*/, "")
    .replace(/^<svg\b/, `<svg x="0" y="${HEADER_HEIGHT}"`);
  const height = imageHeight(chartHeight);
  // Right to left, captions start at the right edge; the link stays a left-to-right run.
  const x = caption.rtl ? width - 24 : 24;
  const anchor = caption.rtl ? ` text-anchor="end" direction="rtl"` : "";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${background}"/>`,
    `<text x="${x}" y="34"${anchor} font-family="${FONT}" font-size="22" font-weight="700" fill="${ink}">${escapeXml(caption.title)}</text>`,
    `<text x="${x}" y="58"${anchor} font-family="${FONT}" font-size="14" fill="${muted}">${escapeXml(caption.filters)}</text>`,
    chart,
    `<text x="${x}" y="${height - 30}"${anchor} font-family="${FONT}" font-size="12" fill="${muted}">${escapeXml(caption.source)}</text>`,
    `<text x="${x}" y="${height - 12}"${caption.rtl ? ` text-anchor="end"` : ""} font-family="${FONT}" font-size="12" fill="${muted}">${escapeXml(caption.link)}</text>`,
    "</svg>",
  ].join("\n");
}
