import type { TFunction } from "i18next";
import { downloadBlob } from "../../components/download-file";
import { i18n } from "../../i18n/i18n";
import { parseLanguage } from "../../i18n/languages";
import { shareCaption } from "../chart-image/share-caption";
import type { DocBlock } from "./document-blocks";
import { buildViewDocument, type DocumentRequest } from "./view-documents";
import { writeDocx } from "./write-docx";

// This module, with docx, loads when someone asks for a document.

/** Chart images are drawn at three times their CSS size: at least 1900 pixels across, 300 dpi on A4. */
const PRINT_SCALE = 3;

function defaultFileName(request: DocumentRequest): string {
  if (request.kind === "draft") return `wsis-report-draft_${request.year}.docx`;
  if (request.kind === "compare") return `wsis-compare_${request.a}-${request.b}.docx`;
  return `wsis-${request.kind}.docx`;
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
  const draw = request.drawChart;
  for (const block of content.blocks) {
    if (block.kind !== "chart" || !draw) continue;
    images.set(block, await draw(block.option, block.width, block.height, PRINT_SCALE));
  }
  return { blob: await writeDocx(content, images), fileName: request.fileName ?? defaultFileName(request) };
}

/** What a "Download as Word" button does when clicked: build, download, and say so (or say what failed). */
export async function downloadDocument(
  request: () => DocumentRequest | Promise<DocumentRequest>,
  t: TFunction,
  onStatus: (status: string) => void,
): Promise<void> {
  onStatus(t("docx.preparing"));
  try {
    const { blob, fileName } = await buildDocument(await request());
    downloadBlob(fileName, blob);
    onStatus(t("docx.downloaded", { file: fileName }));
  } catch (error) {
    onStatus(t("docx.failed", { error: error instanceof Error ? error.message : String(error) }));
  }
}
