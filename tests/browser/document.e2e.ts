import { readFileSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEN_ROWS_CSV } from "../fixtures/import-csv";
import { DOCX_VIEW_IDS, OVERVIEW_VIEW_IDS } from "../../src/domain/views";
import { launchBrowser, openApp, readShownCount } from "./support/browser";
import { convertToPdf } from "./support/libreoffice";
import { readZip } from "./support/read-zip";
import { loadShippedActivities } from "./support/shipped-data";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function download(page: Page, button: Locator) {
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), button.click()]);
  const zip = readZip(readFileSync(await file.path()));
  return { name: file.suggestedFilename(), path: await file.path(), zip, xml: zip.text("word/document.xml") };
}

/** The text of every paragraph of a style ("Heading2", "ActivityTitle") in document.xml, in order. */
function paragraphsOfStyle(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)]
    .map((match) => match[1] ?? match[2] ?? "")
    .filter((body) => body.includes(`<w:pStyle w:val="${style}"/>`))
    .map((body) =>
      unescape([...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join("")),
    );
}

/** Every hyperlink's target, resolved through the document's relationships. */
function hyperlinkTargets(zip: ReturnType<typeof readZip>, xml: string): string[] {
  const rels = zip.text("word/_rels/document.xml.rels");
  const target = new Map(
    [...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"[^>]*TargetMode="External"/g)].map(
      (match) => [match[1], match[2]],
    ),
  );
  return [...xml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"/g)].map((match) => target.get(match[1]) ?? "");
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

describe("Download as Word (.docx)", () => {
  it("writes the filtered activities in the report's structure, every source a link", async () => {
    const { page, errors } = await openApp(browser, "#/activities?sdg=5&year=2023");
    await page.getByTestId("activity-count").waitFor();
    const shown = await readShownCount(page);
    const expected = loadShippedActivities().filter(
      (activity) => activity.year === 2023 && activity.sdgs.some((link) => link.sdg === 5),
    );
    expect(shown).toBe(expected.length);
    expect(shown).toBeGreaterThan(0);

    const { name, path, zip, xml } = await download(
      page,
      page.getByRole("button", { name: "Download as Word (.docx)" }),
    );
    expect(name).toBe("wsis-activities_year-2023_sdg-5.docx");
    expect(paragraphsOfStyle(xml, "ActivityTitle")).toHaveLength(shown);
    expect(new Set(paragraphsOfStyle(xml, "ActivityTitle"))).toEqual(
      new Set(expected.map((activity) => activity.title)),
    );

    // One heading per sector present, in the report's order, and one per (sector, first action line).
    const order = ["ITU-R", "ITU-T", "ITU-D", "GS", undefined];
    const sectors = order.filter((code) => expected.some((activity) => activity.sector?.code === code));
    const sectorHeadings = paragraphsOfStyle(xml, "Heading2");
    expect(
      sectorHeadings.map((text) =>
        text.startsWith("ITU") || text.startsWith("GS") ? text.split(" ")[0] : undefined,
      ),
    ).toEqual(sectors);
    const lineGroups = new Set(
      expected.map((activity) => {
        const first = activity.actionLines[0]?.code;
        return `${activity.sector?.code}|${first ? first.split(".")[0] : "none"}`;
      }),
    );
    expect(paragraphsOfStyle(xml, "Heading3")).toHaveLength(lineGroups.size);
    const subLines = new Set(
      expected.flatMap((activity) => {
        const first = activity.actionLines[0]?.code;
        return first?.includes(".") ? [`${activity.sector?.code}|${first}`] : [];
      }),
    );
    expect(paragraphsOfStyle(xml, "Heading4")).toHaveLength(subLines.size);

    // Every source is a hyperlink to its URL, plus the link back to the view on the title page.
    const targets = hyperlinkTargets(zip, xml).map(unescape);
    const sources = expected.flatMap((activity) => activity.sources.map((source) => source.url));
    expect(targets).toHaveLength(sources.length + 1);
    expect(targets.every((url) => /^https?:\/\//.test(url))).toBe(true);
    expect(new Set(targets)).toEqual(new Set([...sources, targets[0]]));
    expect(targets[0]).toContain("#/activities?sdg=5&year=2023");

    // Word's own structure: a contents field, page numbers, the data marked as English.
    expect(xml).toMatch(/<w:instrText[^>]*> TOC \\o &quot;1-2&quot;/);
    expect(zip.names.some((entry) => /^word\/footer\d*\.xml$/.test(entry))).toBe(true);
    expect(zip.text(zip.names.find((entry) => /^word\/footer/.test(entry)) ?? "")).toContain("PAGE");
    expect(xml).toContain('<w:lang w:val="en"/>');
    expect(xml).not.toContain("<w:bidi/>");

    expect(convertToPdf(path, "document-en")).not.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("writes the overview with its charts as pictures with alt text", async () => {
    const { page, errors } = await openApp(browser, "#/?sector=ITU-D");
    await page.getByTestId("activity-count").waitFor();
    await page.getByRole("heading", { name: "Action lines × SDGs" }).waitFor();
    await page.getByRole("heading", { name: "Activities per report year, by sector" }).waitFor();
    await page.getByRole("button", { name: /^Share Activities by sector/ }).click();
    const { path, zip, xml } = await download(
      page,
      page.getByRole("button", { name: "Download the overview as Word (.docx)" }),
    );
    // Every overview chart that the registry of views says a Word document takes.
    const charts = OVERVIEW_VIEW_IDS.filter((id) => (DOCX_VIEW_IDS as readonly string[]).includes(id));
    expect(charts.length).toBeGreaterThan(4);
    expect(zip.names.filter((entry) => /^word\/media\/.+\.png$/.test(entry))).toHaveLength(charts.length);
    expect(paragraphsOfStyle(xml, "Caption")).toHaveLength(charts.length);
    expect(xml).toMatch(/<wp:docPr [^>]*descr="[^"]{20,}"/);
    expect(paragraphsOfStyle(xml, "ActivityTitle")).toHaveLength(await readShownCount(page));
    expect(convertToPdf(path, "document-overview")).not.toBe(0);

    // One chart from its Share menu: its picture, its caption, and the same activities.
    const single = await download(
      page,
      page.getByRole("button", { name: "Download this chart as Word (.docx)" }),
    );
    expect(single.name).toBe("wsis-sectors_sector-itu-d.docx");
    expect(single.zip.names.filter((entry) => /^word\/media\/.+\.png$/.test(entry))).toHaveLength(1);
    expect(paragraphsOfStyle(single.xml, "Caption")).toEqual([
      "Figure 1: Activities by sector. Filters: Sector ITU-D",
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("writes Arabic headings and labels right to left", async () => {
    const { page, errors } = await openApp(browser, "#/activities?sdg=5&year=2023&lang=ar");
    await page.getByTestId("activity-count").waitFor();
    const { path, xml } = await download(page, page.locator(".docx-download button"));
    expect(xml).toContain("<w:bidi/>");
    expect(xml).toContain("<w:rtl/>");
    expect(xml).toContain('w:bidi="ar"');
    expect(paragraphsOfStyle(xml, "ActivityTitle")).toHaveLength(await readShownCount(page));
    expect(convertToPdf(path, "document-ar")).not.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("drafts the report of a year loaded with Load data", async () => {
    const { page, errors } = await openApp(browser, "#/activities");
    await page.getByTestId("activity-count").waitFor();
    await page.getByRole("button", { name: "Load data" }).click();
    const dialog = page.getByRole("dialog", { name: "Load data" });
    await dialog
      .getByLabel("Choose a file")
      .setInputFiles({ name: "ten.csv", mimeType: "text/csv", buffer: Buffer.from(TEN_ROWS_CSV) });
    await dialog.getByRole("button", { name: "Import 7 valid rows" }).click({ timeout: 30_000 });

    // The draft is offered where the user's datasets are listed.
    const { name, path, xml } = await download(
      page,
      dialog.getByRole("button", { name: "Report draft for 2026 (.docx)" }),
    );
    expect(name).toBe("wsis-report-draft_2026.docx");
    expect(paragraphsOfStyle(xml, "ActivityTitle")).toHaveLength(7);
    expect(paragraphsOfStyle(xml, "Heading1").slice(0, 2)).toEqual([
      "Background",
      "ITU's role in WSIS implementation",
    ]);
    // The report's order of sectors, then of action lines within each (U26-04 is cross-cutting work).
    expect(paragraphsOfStyle(xml, "Heading2").filter((text) => /^(ITU-|GS )/.test(text))).toEqual([
      "ITU-R · Radiocommunication Sector",
      "ITU-T · Telecommunication Standardization Sector",
      "ITU-D · Telecommunication Development Sector",
      "GS · General Secretariat",
    ]);
    expect(paragraphsOfStyle(xml, "Heading3").map((text) => text.split(" ")[0])).toEqual([
      "C2",
      "C2",
      "C2",
      "C4",
      "C7",
      "Cross-cutting",
    ]);
    expect(paragraphsOfStyle(xml, "Heading4")).toEqual(["C7.e-health E-health"]);
    expect(convertToPdf(path, "document-draft")).not.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
