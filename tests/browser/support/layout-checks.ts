import type { Page } from "playwright-core";

/** The boxes that hold content: no descendant of one may stick out of it. */
export const CARD_SELECTOR =
  ".state-card, .filter-bar, .kpi-tile, .chart-card, .activity-detail, .year-picker, .compare-section, .diff-list, .notice";

export interface Overflow {
  card: string;
  element: string;
  text: string;
  by: number;
}

/**
 * Every element that sticks out of its card by more than a pixel, sideways (what a narrow screen cuts
 * off). Elements inside a scroller of the card (a table that scrolls sideways) or clipped on purpose
 * (visually hidden text) are the scroller's business, not overflow.
 */
export function cardOverflows(page: Page): Promise<Overflow[]> {
  return page.evaluate((selector) => {
    const found: Overflow[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === "string" ? `.${element.className.trim().split(/\s+/).join(".")}` : ""}`;
    const clips = (element: Element) => {
      const style = getComputedStyle(element);
      return style.overflowX !== "visible" || style.clip !== "auto" || style.clipPath !== "none";
    };
    for (const card of document.querySelectorAll(selector)) {
      const box = card.getBoundingClientRect();
      if (box.width === 0) continue;
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_ELEMENT, {
        acceptNode: (node) =>
          node !== card && clips(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node as Element;
        if (element.closest("[popover], dialog, svg") && element.closest("[popover], dialog, svg") !== null)
          continue;
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        const by = Math.max(rect.right - box.right, box.left - rect.left);
        if (by > 1)
          found.push({
            card: describe(card),
            element: describe(element),
            text: (element.textContent ?? "").trim().slice(0, 40),
            by: Math.round(by),
          });
      }
    }
    return found;
  }, CARD_SELECTOR);
}

/** How far the page is wider than the viewport (0 when it fits). */
export function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

/** How far a box sticks out of the viewport on any side (0 when it is inside). */
export function outsideViewport(page: Page, selector: string): Promise<number> {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    if (!element) return Number.POSITIVE_INFINITY;
    const rect = element.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const height = window.innerHeight;
    return Math.max(0, -rect.left, rect.right - width, -rect.top, rect.bottom - height);
  }, selector);
}
