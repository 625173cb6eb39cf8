import type { EChartsOption } from "echarts";

/**
 * A Word document as plain data: what the view says, in order. Built from the dashboard's data and
 * words without touching docx (so it is unit-tested), then written by write-docx.ts.
 */

/** A stretch of text in one language; `link` (http(s) only) makes it a hyperlink. */
export interface DocRun {
  text: string;
  /** BCP 47 tag of the text's own language: activity text keeps its language whatever the UI speaks. */
  lang: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

export type ParagraphStyle = "Title" | "Subtitle" | "ActivityTitle" | "Caption" | "Meta" | "Normal";

export type DocBlock =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; runs: DocRun[] }
  | { kind: "paragraph"; style: ParagraphStyle; runs: DocRun[]; keepNext?: boolean }
  | { kind: "contents"; title: string }
  | {
      kind: "chart";
      option: EChartsOption;
      /** CSS pixels; the image is drawn at a multiple of this for print. */
      width: number;
      height: number;
      /** The chart's accessible description, as the image's alt text. */
      alt: { title: string; description: string };
    }
  | {
      kind: "table";
      header: string[];
      rows: string[][];
      /** Relative column widths; equal when absent. */
      widths?: number[];
      /** Columns after the first hold numbers: aligned at the end, in a smaller type for wide tables. */
      numeric?: boolean;
      small?: boolean;
    }
  | { kind: "pageBreak" };

export interface DocumentContent {
  /** The interface language: headings and labels speak it, Arabic makes paragraphs right to left. */
  language: string;
  rtl: boolean;
  title: string;
  description: string;
  /** "Page" in the footer, before the page number. */
  pageLabel: string;
  blocks: DocBlock[];
}

/** Only http(s) addresses become links; anything else stays text. */
export function safeLink(url: string): string | undefined {
  return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(url) ? url : undefined;
}
