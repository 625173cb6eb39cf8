import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  ARTIFACTS_DIR,
  launchBrowser,
  nextPaint,
  openApp,
  saveScreenshot,
  VIEWPORTS,
} from "./support/browser";
import { convertToPdf, libreOffice } from "./support/libreoffice";
import { readChart, readZip } from "./support/read-zip";
import { loadShippedActivities } from "./support/shipped-data";

const DECK = "sdgs!sdg.5~trend!title.Ten%20years%20of%20ITU%20work~matrix!year.2023";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

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

  it.each([
    ["1920x1080", 1],
    ["3840x2160", 2],
  ])("draws the slideshow at the screen's real pixels (%s)", async (name, deviceScaleFactor) => {
    const page = await browser.newPage({
      viewport: { width: 1920, height: 1080 },
      deviceScaleFactor,
      serviceWorkers: "block",
    });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    for (const [number, view] of [
      [1, "sdgs"],
      [2, "trend"],
    ] as const) {
      await page.goto(new URL(`#/present?deck=${DECK}&slide=${number}`, inject("baseUrl")).toString());
      const canvas = page.locator(`.present-slide__chart[data-view="${view}"] canvas`).first();
      await canvas.waitFor();
      await nextPaint(page);
      const drawn = await canvas.evaluate((element: HTMLCanvasElement) => ({
        pixels: element.width,
        css: element.getBoundingClientRect().width,
        // No CSS zoom or transform enlarges the drawing after the fact.
        zoom: getComputedStyle(element.closest(".echart")!).zoom,
        stage: getComputedStyle(element.closest(".present-stage")!).transform,
      }));
      expect(drawn.pixels).toBe(Math.round(drawn.css * deviceScaleFactor));
      expect(drawn.css).toBeGreaterThan(1500);
      expect(drawn.zoom).toBe("1");
      expect(drawn.stage).toMatch(/^matrix\(1, 0, 0, 1,/);
      // Slide text at the slide type scale: the title is at least 28 pt of a 960 pt wide slide.
      const title = await page
        .locator(".present-slide__title")
        .evaluate((node) => parseFloat(getComputedStyle(node).fontSize));
      expect(title).toBeGreaterThanOrEqual((28 * 1920) / 960);
      await saveScreenshot(page, `present-show-${view}-${name}`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("exports the deck as a .pptx with native charts, a shaded table and the view's link in the notes", async () => {
    const { page, errors } = await openApp(browser, `#/present?deck=${DECK}`);
    await page.getByRole("list", { name: "Slides" }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export .pptx" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("wsis-dashboard-deck.pptx");
    const path = await download.path();
    copyFileSync(path, join(ARTIFACTS_DIR, "present-deck.pptx"));
    const zip = readZip(readFileSync(path));
    const slideFiles = zip.names.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).sort();
    expect(slideFiles).toEqual(["ppt/slides/slide1.xml", "ppt/slides/slide2.xml", "ppt/slides/slide3.xml"]);
    // Charts are native, not pictures: no images at all; the matrix is a table.
    expect(zip.names.filter((name) => /^ppt\/media\/.+\.png$/.test(name))).toHaveLength(0);
    const chartOf = (slide: number) => {
      const target = /Target="[^"]*\/charts\/(chart\d+\.xml)"/.exec(
        zip.text(`ppt/slides/_rels/slide${slide}.xml.rels`),
      )?.[1];
      return target ? readChart(zip.text(`ppt/charts/${target}`)) : undefined;
    };

    // Each chart embeds its workbook: "Edit data" opens the numbers.
    expect(zip.names.filter((name) => /^ppt\/embeddings\/.+\.xlsx$/.test(name))).toHaveLength(2);

    // Slide 1, SDG 5: the SDG chart's bars are the activities linked to SDG 5, by the SDGs they are linked to.
    const activities = loadShippedActivities();
    const sdgsOf = (activity: (typeof activities)[number]) => new Set(activity.sdgs.map((link) => link.sdg));
    const withSdg5 = activities.filter((activity) => sdgsOf(activity).has(5));
    const sdgChart = chartOf(1);
    expect(sdgChart?.series).toHaveLength(1);
    expect(sdgChart?.series[0]?.categories).toHaveLength(17);
    expect(sdgChart?.series[0]?.categories[4]).toBe("5 Gender equality");
    expect(sdgChart?.series[0]?.values).toEqual(
      Array.from({ length: 17 }, (_, index) => withSdg5.filter((a) => sdgsOf(a).has(index + 1)).length),
    );
    expect(zip.text("ppt/slides/slide1.xml")).toContain(
      "Activities linked to SDG 5: Gender equality, by the SDGs they are linked to",
    );

    // Slide 2: activities per report year, one series per sector, equal to the data files' counts.
    const trend = chartOf(2);
    const sectorCodes = new Set(activities.flatMap((activity) => activity.sector?.code ?? []));
    expect(trend?.series.length).toBeGreaterThanOrEqual(sectorCodes.size);
    for (const series of trend?.series ?? []) {
      series.categories.forEach((category, index) => {
        const inYear = activities.filter((activity) => String(activity.year) === category);
        if (inYear.length === 0) return;
        const expected = sectorCodes.has(series.name)
          ? inYear.filter((activity) => activity.sector?.code === series.name).length
          : inYear.filter((activity) => !activity.sector).length;
        expect([series.name, category, series.values[index]]).toEqual([series.name, category, expected]);
      });
    }
    // Slide 3, the matrix: a native table, shaded, no chart.
    expect(chartOf(3)).toBeUndefined();
    expect(zip.text("ppt/slides/slide3.xml")).toContain("<a:tbl>");

    // No run of text under 12 pt, in slides and charts alike.
    const sizes = zip.names
      .filter((name) => /^ppt\/(slides|charts)\/[^/]+\.xml$/.test(name))
      .flatMap((name) => [...zip.text(name).matchAll(/\bsz="(\d+)"/g)].map((match) => Number(match[1])));
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1200);

    // Titles are text, not pixels; filters and source too.
    expect(zip.text("ppt/slides/slide1.xml")).toContain("Activities by SDG");
    expect(zip.text("ppt/slides/slide2.xml")).toContain("Ten years of ITU work");
    expect(zip.text("ppt/slides/slide3.xml")).toContain("Source: ITU");

    const base = new URL(page.url());
    const viewUrl = (hash: string) => `${base.origin}${base.pathname}${hash}`;
    const notes = [1, 2, 3].map((number) => zip.text(`ppt/notesSlides/notesSlide${number}.xml`));
    expect(notes[0]).toContain(viewUrl("#/?sdg=5"));
    expect(notes[0]).toContain("Filters: SDG 5: Gender equality");
    expect(notes[0]).toContain("counts once under each");
    expect(notes[1]).toContain(`Open this view in the WSIS Dashboard: ${viewUrl("#/")}<`);
    expect(notes[2]).toContain(viewUrl("#/?year=2023"));
    // "It must open in PowerPoint and LibreOffice": LibreOffice renders all three slides to a PDF.
    if (libreOffice) expect(convertToPdf(path, "present-deck")).toBe(3);
    await expect(page.getByRole("status").filter({ hasText: "downloaded" }).textContent()).resolves.toBe(
      "wsis-dashboard-deck.pptx downloaded (3 slides).",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("edits a slide's subtitle and notes, adds title and sources slides, and exports all five", async () => {
    const { page, errors } = await openApp(browser, `#/present?deck=${DECK}`);
    const slides = page.getByRole("list", { name: "Slides" });
    await slides.waitFor();
    // Every slide shows a picture of its chart once drawn.
    await expect.poll(() => slides.locator(".deck-slide__thumb img").count(), { timeout: 20_000 }).toBe(3);
    await page.getByRole("textbox", { name: "Subtitle of slide 1" }).fill("Where gender work meets the SDGs");
    await page.getByText("Speaker notes").first().click();
    await page.getByRole("textbox", { name: "Speaker notes of slide 1" }).fill("Start with SDG 5 itself.");
    await page.getByRole("textbox", { name: "Speaker notes of slide 1" }).blur();
    await page.getByRole("checkbox", { name: "Title slide" }).check();
    await page.getByRole("textbox", { name: "Deck title" }).fill("Council working group");
    await page.getByRole("textbox", { name: "Date" }).fill("1 December 2026");
    await page.getByRole("textbox", { name: "Date" }).blur();
    await page.getByRole("checkbox", { name: /Closing slide/ }).check();
    const hash = decodeURIComponent(new URL(page.url()).hash);
    expect(hash).toContain("subtitle.Where gender work meets the SDGs");
    expect(hash).toContain("notes.Start with SDG 5 itself.");
    expect(hash).toMatch(/cover=Council working group&date=1 December 2026&sources=1$/);
    await saveScreenshot(page, "present-editor-frame-1440");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export .pptx" }).click(),
    ]);
    const path = await download.path();
    copyFileSync(path, join(ARTIFACTS_DIR, "present-deck-framed.pptx"));
    const zip = readZip(readFileSync(path));
    expect(zip.names.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))).toHaveLength(5);
    expect(zip.text("ppt/slides/slide1.xml")).toContain("Council working group");
    expect(zip.text("ppt/slides/slide1.xml")).toContain("1 December 2026");
    expect(zip.text("ppt/slides/slide2.xml")).toContain("Where gender work meets the SDGs");
    expect(zip.text("ppt/notesSlides/notesSlide2.xml")).toContain("Start with SDG 5 itself.");
    expect(zip.text("ppt/slides/slide5.xml")).toContain("Sources");
    expect(zip.text("ppt/slides/slide5.xml")).toMatch(/2023 · /);
    const sizes = zip.names
      .filter((name) => /^ppt\/(slides|charts)\/[^/]+\.xml$/.test(name))
      .flatMap((name) => [...zip.text(name).matchAll(/\bsz="(\d+)"/g)].map((match) => Number(match[1])));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1200);
    if (libreOffice) expect(convertToPdf(path, "present-deck-framed")).toBe(5);

    // The slideshow opens on the title slide and ends on the sources.
    await page.getByRole("button", { name: "Present" }).click();
    const show = page.getByRole("dialog", { name: "Slideshow" });
    await show.getByRole("heading", { name: "Council working group" }).waitFor();
    await expect(slideNumber(page)).resolves.toBe("1 / 5");
    await page.keyboard.press("End");
    await show.getByRole("heading", { name: "Sources" }).waitFor();
    await expect(slideNumber(page)).resolves.toBe("5 / 5");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps pictures of the charts when asked, drawn at slide scale", async () => {
    const { page, errors } = await openApp(browser, `#/present?deck=${DECK}`);
    await page.getByRole("list", { name: "Slides" }).waitFor();
    await page.getByRole("checkbox", { name: /Charts as pictures/ }).check();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export .pptx" }).click(),
    ]);
    const zip = readZip(readFileSync(await download.path()));
    expect(zip.names.filter((name) => /^ppt\/media\/.+\.png$/.test(name))).toHaveLength(3);
    expect(zip.names.filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
