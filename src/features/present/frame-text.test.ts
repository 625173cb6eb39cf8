import { describe, expect, it } from "vitest";
import type { ReportMeta } from "../../schema/report";
import { coverText, deckReportYears, sourcesText } from "./frame-text";

const report = (year: number, extra: Partial<ReportMeta> = {}): ReportMeta => ({
  year,
  title: `ITU's contribution ${year}`,
  kind: "compiled",
  period: { from: `${year}-01-01`, to: `${year}-12-31` },
  ...extra,
});
const reports = [
  report(2021),
  report(2022, { symbol: "WSIS/22", sourceUrl: "https://itu.int/22" }),
  report(2023),
];

describe("title and sources slides", () => {
  it("uses the deck's title and date, or the dashboard's name", () => {
    expect(
      coverText({ cover: { title: "Council WG", date: "1 Dec 2026" }, sources: false }, "Source: ITU"),
    ).toEqual({
      title: "Council WG",
      lines: ["1 Dec 2026"],
      footer: "Source: ITU",
    });
    expect(coverText({ cover: {}, sources: false }, "Source: ITU").title).toBe("WSIS Dashboard");
  });

  it("lists the report years the slides use: their year filters, or all if one slide has none", () => {
    expect(
      deckReportYears(
        [
          { view: "sdgs", query: "year=2022" },
          { view: "trend", query: "year=2023" },
        ],
        reports,
      ),
    ).toEqual([2022, 2023]);
    expect(
      deckReportYears(
        [
          { view: "sdgs", query: "year=2022" },
          { view: "trend", query: "" },
        ],
        reports,
      ),
    ).toEqual([2021, 2022, 2023]);
  });

  it("writes one line per year with title, symbol and address", () => {
    const text = sourcesText([{ view: "sdgs", query: "year=2022" }], reports, "https://dash.example.org/");
    expect(text.title).toBe("Sources");
    expect(text.lines).toEqual(["2022 · ITU's contribution 2022 (WSIS/22) · https://itu.int/22"]);
    expect(text.footer).toContain("https://dash.example.org/");
  });
});
