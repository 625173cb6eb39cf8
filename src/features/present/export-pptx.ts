import { i18n } from "../../i18n/i18n";
import { directionOf, parseLanguage } from "../../i18n/languages";
import { slideNotes, type SlideText } from "./slide-text";
import "../../i18n/english/present";

export const PPTX_FILE_NAME = "wsis-dashboard-deck.pptx";

// LAYOUT_WIDE is 13.333 × 7.5 inches (16:9). The chart box is 12.33 × 5 inches; the image is drawn at
// twice its CSS size, so 2368 × 960 pixels: sharp on a 1080p projector and in print.
const SLIDE_WIDTH = 13.333;
const MARGIN = 0.5;
const BOX_WIDTH = SLIDE_WIDTH - 2 * MARGIN;
export const CHART_IMAGE = { width: 1184, height: 480, scale: 2 } as const;
const CHART_BOX = {
  x: MARGIN,
  y: 1.6,
  w: BOX_WIDTH,
  h: (BOX_WIDTH * CHART_IMAGE.height) / CHART_IMAGE.width,
};
const FONT = "Calibri";
const INK = "1B2330";
const MUTED = "4F5B6B";

export interface ExportSlide extends SlideText {
  png: Blob;
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("the chart image could not be read"));
    reader.readAsDataURL(blob);
  });
}

/**
 * One slide per pinned view: title, filters and source as editable text, the chart as a picture, and the
 * link to the live view in the speaker notes. pptxgenjs (~125 kB gzipped with JSZip) loads only here.
 */
export async function buildDeckPptx(slides: readonly ExportSlide[]): Promise<Blob> {
  const { default: PptxGenJS } = await import("pptxgenjs");
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = i18n.t("app.title");
  pptx.subject = i18n.t("present.pptxSubject");
  pptx.author = i18n.t("app.title");
  const language = parseLanguage(i18n.language) ?? "en";
  // Text boxes follow the language: right-aligned and right-to-left for Arabic, tagged with its language.
  const rtl = directionOf(language) === "rtl";
  const direction = { rtlMode: rtl, align: rtl ? ("right" as const) : ("left" as const), lang: language };
  for (const text of slides) {
    const slide = pptx.addSlide();
    slide.addText(text.title, {
      x: MARGIN,
      y: 0.35,
      w: BOX_WIDTH,
      h: 0.75,
      fontFace: FONT,
      ...direction,
      fontSize: 30,
      bold: true,
      color: INK,
      valign: "middle",
      margin: 0,
    });
    slide.addText(text.filters, {
      x: MARGIN,
      y: 1.1,
      w: BOX_WIDTH,
      h: 0.4,
      fontFace: FONT,
      ...direction,
      fontSize: 16,
      color: MUTED,
      valign: "top",
      margin: 0,
    });
    slide.addImage({
      data: await blobToDataUrl(text.png),
      ...CHART_BOX,
      altText: `${text.title}. ${text.filters}.`,
    });
    slide.addText(text.source, {
      x: MARGIN,
      y: 6.75,
      w: BOX_WIDTH,
      h: 0.4,
      fontFace: FONT,
      ...direction,
      fontSize: 11,
      color: MUTED,
      valign: "bottom",
      margin: 0,
    });
    slide.addNotes(slideNotes(text));
  }
  const blob = await pptx.write({ outputType: "blob" });
  if (!(blob instanceof Blob)) throw new Error("the presentation could not be written");
  return blob;
}
