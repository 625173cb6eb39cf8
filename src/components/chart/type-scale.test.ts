import { describe, expect, it } from "vitest";
import { devicePixels, OUTPUT_TARGETS, outputLayout, SCREEN_TYPE, SLIDE_POINTS } from "./type-scale";

describe("the type scale of each output", () => {
  it("gives slide-size images labels of 14 pt: at least 28 px on a 1920 × 1080 image", () => {
    const full = outputLayout("slide-1920");
    expect(full.width * full.scale).toBe(1920);
    expect(full.height * full.scale).toBe(1080);
    expect(devicePixels(full, full.type.label)).toBeGreaterThanOrEqual(28);
    expect(devicePixels(full, full.type.title)).toBeGreaterThanOrEqual(56);
    const small = outputLayout("slide-1280");
    expect(small.width * small.scale).toBe(1280);
    expect(devicePixels(small, small.type.label)).toBeCloseTo(14 * (1280 / 960), 5);
  });

  it("writes no slide text under 12 pt and titles of at least 28 pt", () => {
    const pptx = outputLayout("pptx");
    expect(Math.min(...Object.values(pptx.type))).toBeGreaterThanOrEqual(12);
    expect(pptx.type.title).toBeGreaterThanOrEqual(28);
    expect(pptx.type.label).toBeGreaterThanOrEqual(14);
  });

  it("scales the slide type to the slideshow's stage, so it reads as on a slide", () => {
    const show = outputLayout("slideshow", 2);
    expect(show.type.label / show.width).toBeCloseTo(SLIDE_POINTS.label / 960, 3);
    expect(show.scale).toBe(2);
  });

  it("keeps the screen's sizes on screen and draws PNGs at the asked scale", () => {
    expect(outputLayout("screen").type).toBe(SCREEN_TYPE);
    expect(outputLayout("png", 3).scale).toBe(3);
    for (const target of OUTPUT_TARGETS)
      expect(Math.min(...Object.values(outputLayout(target).type))).toBeGreaterThanOrEqual(12);
  });
});
