import { describe, expect, it } from "vitest";
import { makeActivity, makeReference, makeReport } from "../../../tests/fixtures/dataset";
import { readZip } from "../../../tests/browser/support/read-zip";
import { flattenReports } from "../../domain/activity-record";
import { EMPTY_FILTERS } from "../../domain/filter-state";
import { i18n } from "../../i18n/i18n";
import { loadLanguage } from "../../i18n/load-language";
import type { DocBlock } from "./document-blocks";
import { buildViewDocument, type DocumentRequest, type DocumentWording } from "./view-documents";
import { writeDocx } from "./write-docx";

const reference = makeReference();
const reports = [
  makeReport(2023, [
    makeActivity({ id: "A1", title: "Broadband pilot", sources: [{ url: "https://www.itu.int/a1" }] }),
    makeActivity({
      id: "A2",
      sector: { code: "ITU-R", basis: "stated" },
      actionLines: [{ code: "C7.e-health", basis: "stated" }],
      sdgs: [{ sdg: 3, basis: "stated" }],
      figures: [{ label: "200 experts" }],
      sources: [
        { url: "https://www.itu.int/a2", note: "press release" },
        { url: "http://example.org/copy", kind: "copy" },
      ],
    }),
    makeActivity({ id: "A3", sector: undefined, actionLines: [], title: "WSIS Forum" }),
  ]),
];
const activities = flattenReports(reports);

const wording = (language: "en" | "ar"): DocumentWording => ({
  language,
  t: i18n.getFixedT(language),
  caption: () => ({ filters: "All activities", source: "Source: ITU" }),
  date: new Date("2024-05-01T00:00:00Z"),
});

const request: DocumentRequest = {
  kind: "activities",
  reference,
  reports,
  filters: EMPTY_FILTERS,
  activities,
  link: "https://example.org/wsis/#/activities?year=2023",
};

const text = (block: DocBlock) =>
  block.kind === "heading" || block.kind === "paragraph" ? block.runs.map((run) => run.text).join("") : "";
const ofStyle = (blocks: readonly DocBlock[], style: string) =>
  blocks.filter((block) => block.kind === "paragraph" && block.style === style).map(text);
const headings = (blocks: readonly DocBlock[], level: number) =>
  blocks.filter((block) => block.kind === "heading" && block.level === level).map(text);

describe("a view's document", () => {
  const content = buildViewDocument(request, wording("en"));

  it("opens with the title, the filters, the date, the source, the caveat and the link to the view", () => {
    expect(ofStyle(content.blocks, "Title")).toEqual(["WSIS activities of ITU"]);
    expect(ofStyle(content.blocks, "Subtitle")).toEqual(["All activities"]);
    const normal = ofStyle(content.blocks, "Normal");
    expect(normal).toContain("Prepared on May 1, 2024 with the WSIS Dashboard.");
    expect(normal).toContain("Source: ITU");
    expect(normal.some((line) => line.startsWith("Compiled data."))).toBe(true);
    expect(normal).toContain(
      "Open this view in the dashboard: https://example.org/wsis/#/activities?year=2023",
    );
    expect(content.blocks.some((block) => block.kind === "contents")).toBe(true);
  });

  it("lists every activity once, by sector then action line, sub-lines and cross-cutting work under them", () => {
    expect(ofStyle(content.blocks, "ActivityTitle")).toEqual([
      "Activity A2",
      "Broadband pilot",
      "WSIS Forum",
    ]);
    expect(headings(content.blocks, 2)).toEqual([
      "ITU-R · ITU-R name",
      "ITU-D · ITU-D name",
      "No ITU unit named",
    ]);
    expect(headings(content.blocks, 3)).toEqual([
      "C7 Action line C7",
      "C2 Action line C2",
      "Cross-cutting work (no action line named)",
    ]);
    expect(headings(content.blocks, 4)).toEqual(["C7.e-health E-health"]);
  });

  it("gives each activity its figures, its links with their basis and its sources as links", () => {
    const meta = ofStyle(content.blocks, "Meta");
    expect(meta).toContain("Figures: 200 experts");
    expect(meta).toContain("Action lines: C7.e-health (stated)");
    expect(meta).toContain("SDGs: SDG 3 Goal 3 (stated)");
    expect(meta).toContain("Sources: https://www.itu.int/a2 – press release, http://example.org/copy (copy)");
    const links = content.blocks.flatMap((block) =>
      block.kind === "paragraph" ? block.runs.flatMap((run) => (run.link ? [run.link] : [])) : [],
    );
    expect(links).toEqual([
      request.link,
      "https://www.itu.int/a2",
      "http://example.org/copy",
      "https://www.itu.int/a1",
      "https://www.itu.int/en/",
    ]);
  });

  it("ends with the annex of activities per action line and SDG", () => {
    const annex = content.blocks.at(-2);
    expect(annex?.kind).toBe("table");
    if (annex?.kind !== "table") return;
    expect(annex.header).toHaveLength(19);
    expect(annex.rows.find((row) => row[0] === "C2")?.slice(9, 10)).toEqual(["1"]);
    expect(annex.rows.at(-1)?.at(-1)).toBe("3");
  });

  it("speaks Arabic right to left, and keeps the data's own language", async () => {
    await loadLanguage("ar");
    const arabic = buildViewDocument(request, wording("ar"));
    expect(arabic.rtl).toBe(true);
    const title = arabic.blocks.find(
      (block) => block.kind === "paragraph" && block.style === "ActivityTitle",
    );
    expect(title?.kind === "paragraph" && title.runs[0]?.lang).toBe("en");
    const xml = readZip(Buffer.from(await (await writeDocx(arabic)).arrayBuffer())).text("word/document.xml");
    expect(xml).toContain("<w:bidi/>");
    expect(xml).toContain('w:bidi="ar"');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/><w:bidi\/>/);
    expect(xml).toContain("الأنشطة حسب القطاع وخط عمل القمة");
  });
});

describe("the compare and draft documents", () => {
  it("lists what is new, continued and no longer reported under their own headings", () => {
    const content = buildViewDocument(
      {
        ...request,
        kind: "compare",
        a: 2022,
        b: 2023,
        added: activities.slice(0, 1),
        continued: activities.slice(1, 2),
        removed: activities.slice(2),
      },
      wording("en"),
    );
    expect(headings(content.blocks, 1)).toEqual([
      "Key figures",
      "New in 2023",
      "Continued from 2022 to 2023",
      "Reported in 2022, no longer in 2023",
      "Annex: activities per action line and SDG",
    ]);
    expect(ofStyle(content.blocks, "ActivityTitle")).toEqual([
      "Broadband pilot",
      "Activity A2",
      "WSIS Forum",
    ]);
  });

  it("drafts a year's report with the report's own sections first", () => {
    const content = buildViewDocument(
      {
        ...request,
        kind: "draft",
        year: 2023,
        label: "mine.csv",
      },
      wording("en"),
    );
    expect(headings(content.blocks, 1).slice(0, 3)).toEqual([
      "Background",
      "ITU's role in WSIS implementation",
      "Key figures",
    ]);
    expect(ofStyle(content.blocks, "Subtitle")[0]).toContain("mine.csv");
    expect(content.blocks.filter((block) => block.kind === "chart")).toHaveLength(0);
  });
});

describe("a chart's document", () => {
  it("shows the chart the view drew, with its note and its description as alt text", () => {
    const content = buildViewDocument(
      {
        ...request,
        kind: "chart",
        charts: [
          {
            view: "sdgs",
            title: "Activities by SDG",
            optionFor: () => ({}),
            description: "Largest: 9 (2).",
            table: [],
          },
        ],
      },
      wording("en"),
    );
    expect(ofStyle(content.blocks, "Title")).toEqual(["Activities by SDG"]);
    const chart = content.blocks.find((block) => block.kind === "chart");
    expect(chart?.kind === "chart" && chart.alt).toEqual({
      title: "Activities by SDG",
      description: "Largest: 9 (2).",
    });
    expect(ofStyle(content.blocks, "Caption")).toEqual(["Figure 1: Activities by SDG. All activities"]);
    expect(ofStyle(content.blocks, "Normal")).toContain(
      "An activity linked to several SDGs counts once under each, so these bars add up to more than 3. 0 activities have no SDG link.",
    );
  });
});
