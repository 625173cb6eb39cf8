import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { DocBlock, DocRun, DocumentContent } from "./document-blocks";
import { contentsField } from "./docx-contents";
import { DOCUMENT_STYLES, FONT } from "./docx-styles";
import { isRtlText } from "./text-language";

// The page is A4 with 2.5 cm margins (in twentieths of a point): 16 cm of text width, about 605
// pixels at Word's 96 per inch.
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1417;
const TEXT_WIDTH_TWIPS = A4.width - 2 * MARGIN;
const TEXT_WIDTH_PX = 605;
const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];

/** Word's language attributes for a run: complex scripts and East Asian text have their own slot. */
function languageOf(lang: string) {
  if (lang.startsWith("ar")) return { bidirectional: lang };
  if (lang.startsWith("zh")) return { eastAsia: lang };
  return { value: lang };
}

// Left-to-right embedding and its end (LRE, PDF): Word and LibreOffice both honour them.
const LTR_START = "\u202A";
const LTR_END = "\u202C";

/**
 * In a right-to-left paragraph, a left-to-right run (an English title, a URL, "C5") is embedded, so that
 * its leading number or trailing parenthesis stays with it instead of moving to the paragraph's side.
 */
function textRun(run: DocRun, bidi: boolean, style?: string) {
  const rtl = isRtlText(run.lang, run.text);
  return new TextRun({
    text: bidi && !rtl ? `${LTR_START}${run.text}${LTR_END}` : run.text,
    bold: run.bold,
    italics: run.italic,
    style,
    rightToLeft: rtl,
    language: languageOf(run.lang),
  });
}

function runs(items: readonly DocRun[], bidi: boolean) {
  return items.map((run) => {
    const link = run.link;
    return link
      ? new ExternalHyperlink({ link, children: [textRun(run, bidi, "Hyperlink")] })
      : textRun(run, bidi);
  });
}

/** A paragraph is right to left when the UI is, unless all its text is in a left-to-right language. */
function isBidi(content: DocumentContent, items: readonly DocRun[]): boolean {
  return content.rtl && items.some((run) => isRtlText(run.lang, run.text));
}

function headingEntries(blocks: readonly DocBlock[]) {
  return blocks.flatMap((block) =>
    block.kind === "heading" && block.level <= 2
      ? [{ title: block.runs.map((run) => run.text).join(""), level: block.level }]
      : [],
  );
}

function table(content: DocumentContent, block: Extract<DocBlock, { kind: "table" }>) {
  const count = block.header.length;
  const widths = block.widths ?? block.header.map(() => 1);
  const sum = widths.reduce((total, width) => total + width, 0);
  const size = block.small ? 16 : undefined;
  const cell = (text: string, header: boolean, column: number) =>
    new TableCell({
      margins: block.small ? { left: 40, right: 40 } : undefined,
      children: [
        new Paragraph({
          bidirectional: content.rtl,
          alignment: block.numeric && column > 0 ? AlignmentType.END : AlignmentType.START,
          spacing: { after: 0 },
          children: [
            new TextRun({
              text,
              bold: header,
              size,
              rightToLeft: isRtlText(content.language, text),
              language: languageOf(content.language),
            }),
          ],
        }),
      ],
    });
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((text, column) => cell(text, header, column)),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: Array.from({ length: count }, (_, index) =>
      Math.floor(((widths[index] ?? 1) * TEXT_WIDTH_TWIPS) / sum),
    ),
    visuallyRightToLeft: content.rtl,
    rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
  });
}

function image(block: Extract<DocBlock, { kind: "chart" }>, png: Uint8Array | undefined) {
  if (!png) return [];
  const width = Math.min(TEXT_WIDTH_PX, block.width);
  return [
    new Paragraph({
      keepNext: true,
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: "png",
          data: png,
          transformation: { width, height: Math.round((block.height * width) / block.width) },
          altText: { name: block.alt.title, title: block.alt.title, description: block.alt.description },
        }),
      ],
    }),
  ];
}

function children(content: DocumentContent, images: ReadonlyMap<DocBlock, Uint8Array>) {
  return content.blocks.flatMap((block) => {
    switch (block.kind) {
      case "heading":
        return [
          new Paragraph({
            heading: HEADINGS[block.level - 1],
            bidirectional: isBidi(content, block.runs),
            children: runs(block.runs, isBidi(content, block.runs)),
          }),
        ];
      case "paragraph":
        return [
          new Paragraph({
            style: block.style,
            keepNext: block.keepNext,
            bidirectional: isBidi(content, block.runs),
            children: runs(block.runs, isBidi(content, block.runs)),
          }),
        ];
      case "contents":
        return contentsField(block.title, headingEntries(content.blocks), content.rtl);
      case "chart":
        return image(block, images.get(block));
      case "table":
        return [table(content, block)];
      case "pageBreak":
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  });
}

/** The document as a .docx: real headings, a contents field, page numbers, links and pictures with alt text. */
export async function writeDocx(
  content: DocumentContent,
  images: ReadonlyMap<DocBlock, Uint8Array> = new Map(),
): Promise<Blob> {
  const document = new Document({
    creator: content.title,
    title: content.title,
    description: content.description,
    styles: DOCUMENT_STYLES(content.language),
    features: { updateFields: true },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                bidirectional: content.rtl,
                children: [
                  new TextRun({
                    children: [`${content.pageLabel} `, PageNumber.CURRENT],
                    font: FONT,
                    rightToLeft: content.rtl,
                    language: languageOf(content.language),
                  }),
                ],
              }),
            ],
          }),
        },
        children: children(content, images),
      },
    ],
  });
  return Packer.toBlob(document);
}
