import type { Locator, Page } from "playwright-core";

/** ECharts' tooltip is a div it styles itself (z-index 9999999); true once one shows text matching `text`. */
function waitForTooltip(page: Page, text: RegExp, timeout: number): Promise<boolean> {
  return page
    .waitForFunction(
      ([source, flags]) =>
        [...document.querySelectorAll("div")].some(
          (div) =>
            div.style.zIndex === "9999999" &&
            div.style.display !== "none" &&
            new RegExp(source, flags).test(div.textContent ?? ""),
        ),
      [text.source, text.flags] as const,
      { timeout },
    )
    .then(
      () => true,
      () => false,
    );
}

/**
 * Moves the pointer over a chart (a canvas, so its text reaches the DOM only in its tooltip) until ECharts
 * draws a tooltip whose text matches `text`; false if none shows. The first pointer visit also loads the
 * tooltip module, so a grid of points is tried, stopping at the first tooltip.
 */
export async function pointUntilTooltip(page: Page, name: string, text = /\S/): Promise<boolean> {
  const chart = page.getByRole("group", { name }).first();
  await chart.locator("canvas").first().waitFor({ state: "attached" });
  const points = [0.2, 0.35, 0.5, 0.65, 0.8].flatMap((y) =>
    [0.25, 0.4, 0.55, 0.7].map((x) => [x, y] as const),
  );
  for (const [x, y] of points) {
    // Measured at each point: charts above this one may still settle and move it.
    await chart.scrollIntoViewIfNeeded();
    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 2 });
    if (await waitForTooltip(page, text, 600)) return true;
  }
  console.warn(`no tooltip on "${name}": ${JSON.stringify(await chartHostState(chart))}`);
  return false;
}

/** What a chart's host looked like when no tooltip came, for the test's log. */
function chartHostState(chart: Locator) {
  return chart.evaluate((group) => {
    const host = group.querySelector<HTMLElement>("[data-chart-state]");
    return {
      state: host?.dataset.chartState,
      instance: host?.getAttribute("_echarts_instance_"),
      canvases: group.querySelectorAll("canvas").length,
      box: group.getBoundingClientRect().toJSON(),
      scrollY: window.scrollY,
    };
  });
}
