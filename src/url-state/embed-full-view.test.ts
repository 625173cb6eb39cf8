import { describe, expect, it } from "vitest";
import { EMBED_VIEWS, fullViewHash, isEmbedView } from "./embed-contract";

const hashFor = (view: string, query: string) => fullViewHash(view, new URLSearchParams(query));

describe("the embed's link to the full dashboard", () => {
  it("keeps the filters and the language, and leaves the embed-only options behind", () => {
    expect(
      hashFor("sdgs", "sdg=5&title=0&theme=dark&lang=fr&legend=0&bg=transparent&pattern=1&year=2023"),
    ).toBe("#/?sdg=5&lang=fr&year=2023");
  });

  it("leads each view to the page that shows it", () => {
    expect(hashFor("activities", "q=school")).toBe("#/activities?q=school");
    expect(hashFor("compare", "")).toBe("#/compare");
    expect(hashFor("trend", "")).toBe("#/");
  });

  it("leads an unknown view to the overview", () => {
    expect(isEmbedView("nope")).toBe(false);
    expect(hashFor("nope", "sdg=3")).toBe("#/?sdg=3");
  });

  it("knows every view of the contract", () => {
    expect(EMBED_VIEWS.every(isEmbedView)).toBe(true);
  });
});
