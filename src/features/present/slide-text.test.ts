import { describe, expect, it } from "vitest";
import { dashboardBase, slideNotes, slideTitle, slideViewUrl } from "./slide-text";

describe("slide text", () => {
  it("uses the chart's own title unless the slide was renamed", () => {
    expect(slideTitle({ view: "sdgs", query: "sdg=5" })).toBe("Activities by SDG");
    expect(slideTitle({ view: "sdgs", query: "sdg=5", title: "Gender equality" })).toBe("Gender equality");
  });

  it("links to the view on the overview with the slide's filters", () => {
    const base = dashboardBase({ origin: "https://dash.example.org", pathname: "/wsis/" });
    expect(slideViewUrl({ view: "trend", query: "year=2022~2023&q=girls%20%26%20ICT" }, base)).toBe(
      "https://dash.example.org/wsis/#/?year=2022~2023&q=girls%20%26%20ICT",
    );
    expect(slideViewUrl({ view: "matrix", query: "" }, base)).toBe("https://dash.example.org/wsis/#/");
  });

  it("puts title, filters, source and the link in the speaker notes", () => {
    const notes = slideNotes({
      title: "Activities by SDG",
      filters: "Filters: SDG 5: Gender equality",
      source: "Source: ITU",
      link: "https://dash.example.org/#/?sdg=5",
    });
    expect(notes).toBe(
      "Activities by SDG\nFilters: SDG 5: Gender equality\nSource: ITU\n\nOpen this view in the WSIS Dashboard: https://dash.example.org/#/?sdg=5",
    );
  });
});
