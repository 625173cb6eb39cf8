import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openApp } from "./support/browser";

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
    expect(text).toContain("Filters: SDG 5: Gender equality");
    expect(text).toContain(
      "Source: ITU, report on ITU&apos;s contribution to the implementation of the WSIS outcomes",
    );
    expect(text).toContain("#/?sdg=5");
    expect(errors).toEqual([]);
    await page.close();
  });
});
