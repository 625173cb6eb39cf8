import { LIGHT_PALETTE, type ChartPalette } from "../../components/chart/chart-palette";
import { SCREEN_TYPE, type TypeScale } from "../../components/chart/type-scale";

/** Everything an exported chart image must carry besides the chart itself (issue: image provenance). */
export interface ImageCaption {
  title: string;
  /** The filters in words, e.g. "SDG 5: Gender equality · Year 2023", or "All activities". */
  filters: string;
  /** "Source: ITU, report on ITU's contribution to the implementation of the WSIS outcomes, 2014–2025" */
  source: string;
  /** What a cross-filter means, in words ("Activities linked to SDG 5, by the SDGs they are linked to"). */
  reading?: string;
  /** How the chart counts (the chart's note). */
  note?: string;
  /** The link that restores the view. */
  link: string;
  /** Right-to-left captions (Arabic): set from the right edge. */
  rtl?: boolean;
}

const FONT = "system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Arial, sans-serif";
const PADDING = 24;
// An average glyph is about half as wide as the type is tall: enough to wrap a note without measuring it.
const AVERAGE_GLYPH = 0.52;

const XML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);

/** Words in lines of at most `width` units at `size`. */
export function wrapWords(text: string, width: number, size: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (size * AVERAGE_GLYPH)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  ink?: boolean;
  /** Links stay left to right inside right-to-left captions. */
  ltr?: boolean;
}

/** The caption's lines above and below the chart, and the room they take, at the given type sizes. */
export function captionLines(caption: ImageCaption, width: number, type: TypeScale = SCREEN_TYPE) {
  const room = width - 2 * PADDING;
  const header: Line[] = [
    ...wrapWords(caption.title, room, type.title).map((text) => ({
      text,
      size: type.title,
      bold: true,
      ink: true,
    })),
    ...wrapWords(caption.reading ?? caption.filters, room, type.subtitle).map((text) => ({
      text,
      size: type.subtitle,
    })),
  ];
  const footer: Line[] = [
    ...wrapWords(caption.note ?? "", room, type.footnote).map((text) => ({ text, size: type.footnote })),
    ...wrapWords(caption.source, room, type.footnote).map((text) => ({ text, size: type.footnote })),
    { text: caption.link, size: type.footnote, ltr: true },
  ];
  const height = (lines: Line[]) => lines.reduce((sum, line) => sum + Math.round(line.size * 1.35), 0);
  return { header, footer, headerHeight: height(header) + 20, footerHeight: height(footer) + 14 };
}

/**
 * One self-contained SVG: title and what it shows above, the chart (ECharts' own SVG, real text), how it
 * counts, source and link below, at the output's type sizes. Every caption string is escaped: data
 * never becomes markup, even inside an image.
 */
export function composeChartSvg(
  chartSvg: string,
  width: number,
  chartHeight: number,
  caption: ImageCaption,
  { palette = LIGHT_PALETTE, type = SCREEN_TYPE }: { palette?: ChartPalette; type?: TypeScale } = {},
): string {
  const { ink, muted, background } = palette;
  const { header, footer, headerHeight, footerHeight } = captionLines(caption, width, type);
  const chart = chartSvg.replace(/^<\?xml[^>]*>\s*/, "").replace(/^<svg\b/, `<svg x="0" y="${headerHeight}"`);
  const height = headerHeight + chartHeight + footerHeight;
  // Right to left, captions start at the right edge; the link stays a left-to-right run.
  const x = caption.rtl ? width - PADDING : PADDING;
  const write = (lines: Line[], top: number) => {
    let y = top;
    return lines.map((line) => {
      y += Math.round(line.size * 1.35);
      // In right-to-left text "start" is the right edge; the link, left to right, ends there instead.
      const anchor = caption.rtl
        ? line.ltr
          ? ` text-anchor="end"`
          : ` text-anchor="start" direction="rtl"`
        : "";
      const weight = line.bold ? ` font-weight="700"` : "";
      return `<text x="${x}" y="${y - Math.round(line.size * 0.3)}"${anchor} font-family="${FONT}" font-size="${line.size}"${weight} fill="${line.ink ? ink : muted}">${escapeXml(line.text)}</text>`;
    });
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${background}"/>`,
    ...write(header, 8),
    chart,
    ...write(footer, headerHeight + chartHeight + 4),
    "</svg>",
  ].join("\n");
}
