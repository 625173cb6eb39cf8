import { createContext } from "react";

/** The sizes of a chart's own text, in the units of the surface it is drawn on. */
export interface ChartTextSizes {
  /** Category and axis tick labels. */
  label: number;
  /** Numbers written on bars and cells. */
  value: number;
  axisName: number;
  legend: number;
}

/** A chart's text and the words around it (title, filters line, source and notes). */
export interface TypeScale extends ChartTextSizes {
  title: number;
  subtitle: number;
  footnote: number;
}

/** Where a chart is drawn; each has one type scale, so that slides read from the back of the room. */
export const OUTPUT_TARGETS = [
  "screen",
  "png",
  "svg",
  "slide-1280",
  "slide-1920",
  "pptx",
  "slideshow",
] as const;
export type OutputTarget = (typeof OUTPUT_TARGETS)[number];

/**
 * An output's drawing surface: charts are laid out on `width` × `height` units with the type sizes in the
 * same units, then drawn at `scale` device pixels per unit (points for the .pptx).
 */
export interface OutputLayout {
  width: number;
  height: number;
  scale: number;
  type: TypeScale;
}

export const SCREEN_TYPE: TypeScale = {
  label: 12,
  value: 12,
  axisName: 12,
  legend: 12,
  title: 18,
  subtitle: 14,
  footnote: 12,
};

// Images for documents and the web: a little larger than the screen, read at arm's length.
const DOCUMENT_TYPE: TypeScale = {
  label: 13,
  value: 13,
  axisName: 13,
  legend: 13,
  title: 22,
  subtitle: 15,
  footnote: 12,
};

/**
 * Slide type in points on a 16:9 slide 960 points wide (PowerPoint's 13.333 inches): labels of 14 pt and
 * titles of 30 pt read from the back of a meeting room; nothing is under 12 pt.
 */
export const SLIDE_POINTS: TypeScale = {
  label: 14,
  value: 14,
  axisName: 14,
  legend: 14,
  title: 30,
  subtitle: 18,
  footnote: 12,
};
export const SLIDE_WIDTH_POINTS = 960;
const SLIDE_HEIGHT_POINTS = 540;

/** The slideshow's stage, in CSS pixels before it is fitted to the screen. */
export const STAGE_SIZE = { width: 1440, height: 810 } as const;

export function scaleType(type: TypeScale, factor: number): TypeScale {
  const scaled = Object.entries(type).map(([key, size]) => [key, Math.round(size * factor * 10) / 10]);
  return Object.fromEntries(scaled) as unknown as TypeScale;
}

/**
 * The layout of each output. Slide-size images are laid out at slide size (960 × 540 units, type in
 * points) and drawn at 1280 or 1920 pixels, so they are the slide, not a screen chart on a big canvas.
 */
export function outputLayout(target: OutputTarget, pixelScale = 1): OutputLayout {
  switch (target) {
    case "screen":
      return { width: 0, height: 0, scale: pixelScale, type: SCREEN_TYPE };
    case "png":
    case "svg":
      return { width: 960, height: 540, scale: pixelScale, type: DOCUMENT_TYPE };
    case "slide-1280":
      return slideImage(1280);
    case "slide-1920":
      return slideImage(1920);
    case "pptx":
      return { width: SLIDE_WIDTH_POINTS, height: SLIDE_HEIGHT_POINTS, scale: 1, type: SLIDE_POINTS };
    case "slideshow":
      return {
        ...STAGE_SIZE,
        scale: pixelScale,
        type: scaleType(SLIDE_POINTS, STAGE_SIZE.width / SLIDE_WIDTH_POINTS),
      };
  }
}

function slideImage(pixelWidth: number): OutputLayout {
  return {
    width: SLIDE_WIDTH_POINTS,
    height: SLIDE_HEIGHT_POINTS,
    scale: pixelWidth / SLIDE_WIDTH_POINTS,
    type: SLIDE_POINTS,
  };
}

/** A size of the layout in device pixels (or points), e.g. how tall a label is in the final image. */
export const devicePixels = (layout: OutputLayout, size: number) => size * layout.scale;

/** The chart text sizes of the surface charts below draw on (the screen's unless a slide says otherwise). */
export const ChartTypeContext = createContext<ChartTextSizes>(SCREEN_TYPE);

/** A chart height set by the surface (the slideshow's chart area, in CSS pixels) in place of the card's own. */
export const ChartHeightContext = createContext<number | null>(null);
