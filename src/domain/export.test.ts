import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportFileName } from "./export-file-name";
import { toCsv } from "./export-rows";
import { EMPTY_FILTERS } from "./filter-state";

describe("toCsv", () => {
  const columns = [
    { header: "id", value: (row: { id: string; title: string }) => row.id },
    { header: "title", value: (row: { id: string; title: string }) => row.title },
  ];

  it("starts with a BOM, quotes what needs quoting and ends lines with CRLF", () => {
    const csv = toCsv([{ id: "A1", title: 'Say "hi", then\nleave' }], columns);
    expect(csv).toBe('\uFEFFid,title\r\nA1,"Say ""hi"", then\nleave"\r\n');
  });

  it("keeps Arabic, Chinese and emoji intact", () => {
    expect(toCsv([{ id: "A2", title: "الاتحاد الدولي 国际电信联盟 📡" }], columns)).toContain(
      "الاتحاد الدولي 国际电信联盟 📡",
    );
  });

  it("defuses spreadsheet formulas", () => {
    expect(toCsv([{ id: "A3", title: '=HYPERLINK("http://x")' }], columns)).toContain("'=HYPERLINK");
  });

  it("defuses formulas behind spaces, line breaks, control and zero-width characters, and full-width signs", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(" ", "\u00A0", "\n", "\u200B", "\u0001", "\uFEFF", "\t"),
          maxLength: 5,
        }),
        fc.constantFrom("=", "+", "-", "@", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"),
        fc.string({ maxLength: 10 }),
        (lead, sign, rest) => {
          const line = toCsv([{ id: "A", title: `${lead}${sign}${rest}` }], columns).split("\r\n")[1] ?? "";
          expect(line.replace(/^A,"?/, "")).toMatch(/^'/);
        },
      ),
    );
    expect(toCsv([{ id: "A", title: " plain text" }], columns)).toContain("A, plain text");
  });
});

describe("exportFileName", () => {
  it("names the filters that applied", () => {
    expect(exportFileName("wsis-activities", EMPTY_FILTERS, "csv")).toBe("wsis-activities_all.csv");
    expect(
      exportFileName(
        "wsis-activities",
        { ...EMPTY_FILTERS, years: [2023], sdgs: [5, 9], lines: ["C7.e-health"], q: "Girls in ICT!" },
        "json",
      ),
    ).toBe("wsis-activities_year-2023_line-c7.e-health_sdg-5-9_q-girls-in-ict.json");
  });
});
