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
    const text = {
      title: "Activities by SDG",
      subtitle: "Filters: SDG 5: Gender equality",
      filters: "Filters: SDG 5: Gender equality",
      source: "Source: ITU",
      link: "https://dash.example.org/#/?sdg=5",
    };
    expect(slideNotes(text)).toBe(
      "Activities by SDG\nFilters: SDG 5: Gender equality\nSource: ITU\n\nOpen this view in the WSIS Dashboard: https://dash.example.org/#/?sdg=5",
    );
    expect(
      slideNotes({
        ...text,
        subtitle: "Activities linked to SDG 5, by the SDGs they are linked to",
        note: "An activity linked to several SDGs counts once under each.",
        notes: "Start with the total.",
      }),
    ).toBe(
      [
        "Start with the total.",
        "",
        "Activities by SDG",
        "Activities linked to SDG 5, by the SDGs they are linked to",
        "Filters: SDG 5: Gender equality",
        "An activity linked to several SDGs counts once under each.",
        "Source: ITU",
        "",
        "Open this view in the WSIS Dashboard: https://dash.example.org/#/?sdg=5",
      ].join("\n"),
    );
  });
});
