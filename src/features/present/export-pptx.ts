import type PptxGenJS from "pptxgenjs";
import type { ShareableChart } from "../../components/chart/chart-actions";
import { SLIDE_POINTS } from "../../components/chart/type-scale";
import { i18n } from "../../i18n/i18n";
import { directionOf, parseLanguage } from "../../i18n/languages";
import { FONT, INK, matrixTable, MUTED, nativeChart } from "./pptx-chart";
import type { FrameText } from "./frame-text";
import { slideNotes, type SlideText } from "./slide-text";

export const PPTX_FILE_NAME = "wsis-dashboard-deck.pptx";

/** Native charts (editable, with their data) or pictures of the charts as drawn on screen. */
export type ChartForm = "native" | "picture";

// LAYOUT_WIDE is 13.333 × 7.5 inches (16:9), 72 points to the inch.
const SLIDE_WIDTH = 13.333;
const MARGIN = 0.5;
const BOX_WIDTH = SLIDE_WIDTH - 2 * MARGIN;
export const CHART_BOX = { x: MARGIN, y: 1.55, w: BOX_WIDTH, h: 4.75 } as const;
/** The picture of a chart: laid out at the box's size in points, drawn at 2.5 pixels per point. */
export const CHART_IMAGE = {
  width: Math.round(CHART_BOX.w * 72),
  height: Math.round(CHART_BOX.h * 72),
  scale: 2.5,
} as const;

export interface ExportSlide extends SlideText {
  chart: ShareableChart;
  /** The chart drawn at CHART_IMAGE's size, for the picture form (and charts without native data). */
  png?: Blob;
}

/** The full names behind an axis of codes (action lines), for the speaker notes. */
function axisKey(chart: ShareableChart): string[] {
  if (chart.data?.kind !== "stacked") return [];
  const named = chart.data.categories.filter(
    (category) => category.label !== category.value && !/^\d{4}$/.test(category.value),
  );
  return named.length > 0 ? ["", ...named.map((category) => category.label)] : [];
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("the chart image could not be read"));
    reader.readAsDataURL(blob);
  });
}

type Direction = Pick<PptxGenJS.TextPropsOptions, "rtlMode" | "align" | "lang">;

async function addChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, text: ExportSlide, form: ChartForm) {
  const data = text.chart.data;
  const rtl = parseLanguage(i18n.language) === "ar";
  if (form === "native" && data?.kind === "matrix") {
    slide.addTable(matrixTable(data), {
      x: CHART_BOX.x,
      y: CHART_BOX.y,
      w: CHART_BOX.w,
      colW: [1.1, ...data.columns.map(() => (CHART_BOX.w - 1.1) / data.columns.length)],
      rowH: CHART_BOX.h / (data.rows.length + 1),
      border: { type: "solid", color: "FFFFFF", pt: 1 },
    });
    return;
  }
  const native = form === "native" && data ? nativeChart(data, CHART_BOX, rtl) : undefined;
  if (native) {
    slide.addChart(pptx.ChartType[native.type], native.series, {
      ...native.options,
      altText: `${text.title}. ${text.filters}.`,
    });
    return;
  }
  if (text.png)
    slide.addImage({
      data: await blobToDataUrl(text.png),
      ...CHART_BOX,
      altText: `${text.title}. ${text.filters}.`,
    });
}

function addText(
  slide: PptxGenJS.Slide,
  words: string,
  y: number,
  h: number,
  size: number,
  direction: Direction,
  style: PptxGenJS.TextPropsOptions = {},
) {
  if (words === "") return;
  slide.addText(words, {
    x: MARGIN,
    y,
    w: BOX_WIDTH,
    h,
    fontFace: FONT,
    ...direction,
    fontSize: size,
    color: MUTED,
    valign: "top",
    margin: 0,
    ...style,
  });
}

/** The title slide (large title, date, source) or the closing Sources slide (one line per report). */
function addFrameSlide(slide: PptxGenJS.Slide, text: FrameText, direction: Direction, cover: boolean) {
  addText(
    slide,
    text.title,
    cover ? 2.3 : 0.3,
    cover ? 1.4 : 0.7,
    cover ? 40 : SLIDE_POINTS.title,
    direction,
    {
      bold: true,
      color: INK,
      valign: cover ? "bottom" : "middle",
    },
  );
  const lines = text.lines.join("\n");
  if (cover) addText(slide, lines, 3.8, 0.6, SLIDE_POINTS.subtitle, direction);
  else addText(slide, lines, 1.2, 5.6, text.lines.length > 20 ? SLIDE_POINTS.footnote : 14, direction);
  addText(slide, text.footer, 6.95, 0.4, SLIDE_POINTS.footnote, direction, { valign: "bottom" });
  slide.addNotes([text.title, ...text.lines, text.footer].join("\n"));
}

/**
 * One slide per pinned view: title, what the chart counts and the source as editable text, the chart as
 * a native chart (or a picture), and the link to the live view in the speaker notes. No text is under
 * 12 pt. pptxgenjs, large with its JSZip, loads only here.
 */
export async function buildDeckPptx(
  slides: readonly ExportSlide[],
  form: ChartForm = "native",
  frame: { cover?: FrameText; sources?: FrameText } = {},
): Promise<Blob> {
  const { default: PptxGenJS } = await import("pptxgenjs");
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = i18n.t("app.title");
  pptx.subject = i18n.t("present.pptxSubject");
  pptx.author = i18n.t("app.title");
  const language = parseLanguage(i18n.language) ?? "en";
  // Text boxes follow the language: right-aligned and right-to-left for Arabic, tagged with its language.
  const rtl = directionOf(language) === "rtl";
  const direction: Direction = { rtlMode: rtl, align: rtl ? "right" : "left", lang: language };
  if (frame.cover) addFrameSlide(pptx.addSlide(), frame.cover, direction, true);
  for (const text of slides) {
    const slide = pptx.addSlide();
    addText(slide, text.title, 0.3, 0.7, SLIDE_POINTS.title, direction, {
      bold: true,
      color: INK,
      valign: "middle",
    });
    addText(slide, text.subtitle ?? text.filters, 1.0, 0.45, SLIDE_POINTS.subtitle, direction);
    await addChart(pptx, slide, text, form);
    addText(slide, text.note ?? "", 6.38, 0.5, SLIDE_POINTS.footnote, direction);
    addText(slide, text.source, 6.95, 0.4, SLIDE_POINTS.footnote, direction, { valign: "bottom" });
    slide.addNotes([slideNotes(text), ...axisKey(text.chart)].join("\n"));
  }
  if (frame.sources) addFrameSlide(pptx.addSlide(), frame.sources, direction, false);
  const blob = await pptx.write({ outputType: "blob" });
  if (!(blob instanceof Blob)) throw new Error("the presentation could not be written");
  return blob;
}
