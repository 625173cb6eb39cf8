import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, nextPaint, openApp, saveScreenshot, VIEWPORTS } from "./support/browser";
import { readZip } from "./support/read-zip";

const DECK = "sdgs!sdg.5~trend!title.Ten%20years%20of%20ITU%20work~matrix!year.2023";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// CI installs LibreOffice (.ci/run sets REQUIRE_LIBREOFFICE); on a developer machine without it the
// conversion is skipped and the structural checks of the zip still run.
const libreOffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((path) => existsSync(path));
if (process.env.REQUIRE_LIBREOFFICE && !libreOffice) {
  throw new Error(
    "REQUIRE_LIBREOFFICE is set but LibreOffice is not installed (apt-get install libreoffice-impress-nogui)",
  );
}

/** Converts a .pptx with LibreOffice, headless, and counts the pages of the PDF it writes. */
function convertToPdfPages(pptxPath: string): number {
  const outDir = mkdtempSync(join(tmpdir(), "wsis-pptx-"));
  const input = join(outDir, "deck.pptx");
  copyFileSync(pptxPath, input);
  execFileSync(
    libreOffice ?? "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${outDir}/profile`,
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      input,
    ],
    { timeout: 120_000, stdio: "pipe" },
  );
  const pdf = readFileSync(join(outDir, "deck.pdf")).toString("latin1");
  return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

const slideNumber = (page: Page) => page.getByTestId("slide-number").textContent();

describe("presentation mode", () => {
  it("presents a 3-slide deck from the URL and moves with the keys", async () => {
    const { page, errors } = await openApp(browser, `#/present?deck=${DECK}`);
    const slides = page.getByRole("list", { name: "Slides" });
    await slides.waitFor();
    await expect(slides.getByRole("listitem").count()).resolves.toBe(3);
    await saveScreenshot(page, "present-editor-1440");

    await page.getByRole("button", { name: "Present" }).click();
    const show = page.getByRole("dialog", { name: "Slideshow" });
    await show.getByRole("group", { name: "Activities by SDG" }).waitFor();
    await expect(slideNumber(page)).resolves.toBe("1 / 3");
    expect(new URL(page.url()).hash).toBe(`#/present?deck=${DECK}&slide=1`);

    await page.keyboard.press("ArrowRight");
    await expect(slideNumber(page)).resolves.toBe("2 / 3");
    await show.getByRole("heading", { name: "Ten years of ITU work" }).waitFor();
    await show.getByRole("group", { name: "Activities per report year, by sector" }).waitFor();
    await nextPaint(page);
    await saveScreenshot(page, "present-slide-1440");
    await page.keyboard.press("End");
    await expect(slideNumber(page)).resolves.toBe("3 / 3");
    expect(new URL(page.url()).hash).toMatch(/&slide=3$/);
    await page.keyboard.press("Home");
    await expect(slideNumber(page)).resolves.toBe("1 / 3");
    await page.keyboard.press("Space");
    await expect(slideNumber(page)).resolves.toBe("2 / 3");
    await page.keyboard.press("PageDown");
    await expect(slideNumber(page)).resolves.toBe("3 / 3");
    await page.keyboard.press("PageUp");
    await expect(slideNumber(page)).resolves.toBe("2 / 3");
    await page.keyboard.press("ArrowLeft");
    await expect(slideNumber(page)).resolves.toBe("1 / 3");

    // The stage is 16:9 and fills the screen's width or height.
    const box = await page.locator(".present-stage").boundingBox();
    expect(box && Math.round((box.width / box.height) * 9)).toBe(16);
    expect(
      box && Math.max(box.width / VIEWPORTS.desktop.width, box.height / VIEWPORTS.desktop.height),
    ).toBeCloseTo(1, 2);

    // The slideshow is modal: Tab cycles through its own controls (and the browser's own UI, shown here
    // as <body>) and never reaches the page behind it.
    const stops: string[] = [];
    for (let press = 0; press < 10; press += 1) {
      await page.keyboard.press("Tab");
      stops.push(
        await page.evaluate(() => {
          const active = document.activeElement;
          if (!active || active === document.body) return "browser";
          return active.closest(".present-show")
            ? (active.getAttribute("aria-label") ?? active.textContent ?? "")
            : "PAGE";
        }),
      );
    }
    expect(stops).not.toContain("PAGE");
    expect(stops).toEqual(expect.arrayContaining(["Activities by SDG", "Next slide", "Exit Esc"]));
    await expect(slideNumber(page)).resolves.toBe("1 / 3");

    await page.keyboard.press("Escape");
    await show.waitFor({ state: "detached" });
    expect(new URL(page.url()).hash).toBe(`#/present?deck=${DECK}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("letterboxes the slide on a phone", async () => {
    const { page, errors } = await openApp(browser, `#/present?deck=${DECK}&slide=1`, VIEWPORTS.mobile);
    await page
      .getByRole("dialog", { name: "Slideshow" })
      .getByRole("group", { name: "Activities by SDG" })
      .waitFor();
    const box = await page.locator(".present-stage").boundingBox();
    expect(box?.width).toBeCloseTo(VIEWPORTS.mobile.width, 0);
    await nextPaint(page);
    await saveScreenshot(page, "present-slide-390");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("exports the deck as a .pptx with one slide per view and the view's link in the notes", async () => {
    const { page, errors } = await openApp(browser, `#/present?deck=${DECK}`);
    await page.getByRole("list", { name: "Slides" }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export .pptx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("wsis-dashboard-deck.pptx");
    const path = await download.path();
    const zip = readZip(readFileSync(path));
    const slideFiles = zip.names.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).sort();
    expect(slideFiles).toEqual(["ppt/slides/slide1.xml", "ppt/slides/slide2.xml", "ppt/slides/slide3.xml"]);
    expect(zip.names.filter((name) => /^ppt\/media\/.+\.png$/.test(name))).toHaveLength(3);

    // Titles are text, not pixels; filters and source too.
    expect(zip.text("ppt/slides/slide1.xml")).toContain("Activities by SDG");
    expect(zip.text("ppt/slides/slide1.xml")).toContain("Filters: SDG 5: Gender equality");
    expect(zip.text("ppt/slides/slide2.xml")).toContain("Ten years of ITU work");
    expect(zip.text("ppt/slides/slide3.xml")).toContain("Source: ITU");

    const base = new URL(page.url());
    const viewUrl = (hash: string) => `${base.origin}${base.pathname}${hash}`;
    const notes = [1, 2, 3].map((number) => zip.text(`ppt/notesSlides/notesSlide${number}.xml`));
    expect(notes[0]).toContain(viewUrl("#/?sdg=5"));
    expect(notes[1]).toContain(`Open this view in the WSIS Dashboard: ${viewUrl("#/")}<`);
    expect(notes[2]).toContain(viewUrl("#/?year=2023"));
    // "It must open in PowerPoint and LibreOffice": LibreOffice renders all three slides to a PDF.
    if (libreOffice) expect(convertToPdfPages(path)).toBe(3);
    await expect(page.getByRole("status").filter({ hasText: "downloaded" }).textContent()).resolves.toBe(
      "wsis-dashboard-deck.pptx downloaded (3 slides).",
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
