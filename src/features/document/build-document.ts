import { exportFileName } from "../../domain/export-file-name";
import { i18n } from "../../i18n/i18n";
import { parseLanguage } from "../../i18n/languages";
import { fixStyleQuotes } from "../present/safe-svg";
import { renderChartSvg } from "../share/render-chart-svg";
import { shareCaption } from "../share/share-caption";
import { svgToPng } from "../share/svg-to-png";
import type { DocBlock } from "./document-blocks";
import { buildViewDocument, type DocumentRequest } from "./view-documents";
import { writeDocx } from "./write-docx";

// This module, with docx and the chart drawing it needs, loads when someone asks for a document.

/** Chart images are drawn at three times their CSS size: at least 1900 pixels across, 300 dpi on A4. */
const PRINT_SCALE = 3;

const FILE_STEMS: Record<DocumentRequest["kind"], string> = {
  overview: "wsis-overview",
  activities: "wsis-activities",
  compare: "wsis-compare",
  chart: "wsis-chart",
  draft: "wsis-report-draft",
};

export function documentFileName(request: DocumentRequest): string {
  if (request.kind === "draft") return `${FILE_STEMS.draft}_${request.year}.docx`;
  if (request.kind === "compare")
    return exportFileName(
      `${FILE_STEMS.compare}_${request.a}-${request.b}`,
      { ...request.filters, years: [] },
      "docx",
    );
  const stem = request.kind === "chart" ? `wsis-${request.chart}` : FILE_STEMS[request.kind];
  return exportFileName(stem, request.filters, "docx");
}

/** The view's Word document, in the interface's language, as a file to download. */
export async function buildDocument(request: DocumentRequest): Promise<{ blob: Blob; fileName: string }> {
  const content = buildViewDocument(request, {
    language: parseLanguage(i18n.language) ?? "en",
    t: i18n.t,
    caption: (filters) => shareCaption(filters, request.reference, request.reports),
    date: new Date(),
  });
  const images = new Map<DocBlock, Uint8Array>();
  for (const block of content.blocks) {
    if (block.kind !== "chart") continue;
    const svg = fixStyleQuotes(renderChartSvg(block.option, block.width, block.height));
    const png = await svgToPng(svg, block.width, block.height, PRINT_SCALE);
    images.set(block, new Uint8Array(await png.arrayBuffer()));
  }
  return { blob: await writeDocx(content, images), fileName: documentFileName(request) };
}
