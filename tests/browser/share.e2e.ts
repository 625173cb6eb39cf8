import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTIFACTS_DIR, launchBrowser, openApp } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Width and height from a PNG's IHDR chunk, after checking the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("chart images", () => {
  it("downloads a 2x PNG at twice the CSS size and an SVG whose title is text", async () => {
    const { page, errors } = await openApp(browser, "#/?sdg=5");
    await page.getByTestId("activity-count").waitFor();
    const card = page.getByRole("region", { name: "Activities by SDG" });
    await card.getByRole("button", { name: /^Share/ }).click();

    const [png] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: "Download PNG 2x" }).click(),
    ]);
    expect(png.suggestedFilename()).toBe("wsis-sdgs_sdg-5_1920x1080.png");
    expect(pngSize(readFileSync((await png.path())!))).toEqual({ width: 1920, height: 1080 });

    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: "Download SVG" }).click(),
    ]);
    const text = readFileSync((await svg.path())!, "utf8");
    expect(text).toMatch(/<text[^>]*>Activities by SDG<\/text>/);
    // The SDG chart filtered on SDG 5 says what that means, and how it counts.
    expect(text).toContain("Activities linked to SDG 5: Gender equality, by the SDGs they are linked to");
    expect(text).toContain("counts once under each");
    expect(text).toContain(
      "Source: ITU, report on ITU&apos;s contribution to the implementation of the WSIS outcomes",
    );
    expect(text).toContain("#/?sdg=5");
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ["Download PNG slide 1920×1080", "1920x1080", 1920, 28],
    ["Download PNG slide 1280×720", "1280x720", 1280, 18.6],
  ])("%s draws the chart at slide scale: labels of 14 pt", async (button, size, width, minimum) => {
    const { page, errors } = await openApp(browser, "#/?sdg=5");
    // Keep the SVG each image is drawn from, to measure its text as the PNG shows it.
    await page.evaluate(() => {
      const kept: string[] = [];
      (window as unknown as { keptSvgs: string[] }).keptSvgs = kept;
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob && blob.type.startsWith("image/svg"))
          void blob.text().then((t) => kept.push(t));
        return original(blob);
      };
    });
    await page.getByTestId("activity-count").waitFor();
    const card = page.getByRole("region", { name: "Activities by SDG" });
    await card.getByRole("button", { name: /^Share/ }).click();
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: button }).click(),
    ]);
    expect(png.suggestedFilename()).toBe(`wsis-sdgs_sdg-5_${size}.png`);
    expect(pngSize(readFileSync((await png.path())!)).width).toBe(width);
    copyFileSync((await png.path())!, join(ARTIFACTS_DIR, `share-slide-${size}.png`));
    const svg = await page.evaluate(async () => {
      const kept = (window as unknown as { keptSvgs: string[] }).keptSvgs;
      while (kept.length === 0) await new Promise((resolve) => requestAnimationFrame(resolve));
      return kept[0] ?? "";
    });
    // Measured in a blank page (the app's CSP rightly refuses inline SVG styles), at the PNG's width.
    const blank = await browser.newPage();
    await blank.setContent(`<body style="margin:0">${svg}</body>`);
    const heights = await blank.evaluate((pixelWidth) => {
      const root = document.querySelector("svg")!;
      root.setAttribute("width", String(pixelWidth));
      root.removeAttribute("height");
      const heightOf = (text: string) =>
        [...root.querySelectorAll("text")]
          .filter((node) => node.textContent === text)
          .map((node) => node.getBoundingClientRect().height);
      return { label: heightOf("5 Gender equality"), title: heightOf("Activities by SDG") };
    }, width);
    await blank.close();
    // A text box is about 1.2 times its type size: labels of at least 14 pt on a 960 pt slide.
    expect(heights.label.length).toBe(1);
    expect(heights.label[0]! / 1.2).toBeGreaterThanOrEqual(minimum);
    expect(heights.title[0]! / 1.2).toBeGreaterThanOrEqual(minimum * 2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
