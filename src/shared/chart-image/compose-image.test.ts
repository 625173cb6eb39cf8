import { describe, expect, it } from "vitest";
import { SLIDE_POINTS } from "../../components/chart/type-scale";
import { captionLines, composeChartSvg, wrapWords } from "./compose-image";

const caption = {
  title: "Activities by SDG",
  filters: "SDG 5: Gender equality <b>",
  source: "Source: ITU, report on ITU's contribution to the implementation of the WSIS outcomes, 2014–2025",
  link: "https://example.org/#/?sdg=5&year=2023",
};

describe("composeChartSvg", () => {
  const svg = composeChartSvg(
    '<?xml version="1.0"?><svg width="600" height="400"><text>9</text></svg>',
    600,
    400,
    caption,
  );
  const { headerHeight, footerHeight } = captionLines(caption, 600);

  it("puts title, filters, source and link around the chart as real text", () => {
    expect(svg).toContain(">Activities by SDG</text>");
    expect(svg).toContain("Source: ITU, report on ITU&apos;s contribution");
    expect(svg).toContain("https://example.org/#/?sdg=5&amp;year=2023");
    expect(svg).toContain(`<svg x="0" y="${headerHeight}" width="600" height="400"><text>9</text></svg>`);
    expect(svg).toContain(`height="${headerHeight + 400 + footerHeight}"`);
  });

  it("escapes caption strings so data never becomes markup", () => {
    expect(svg).toContain("SDG 5: Gender equality &lt;b&gt;");
    expect(svg).not.toContain("<b>");
  });

  it("says what a cross-filter means instead of the bare filters, and how the chart counts", () => {
    const read = composeChartSvg("<svg></svg>", 960, 300, {
      ...caption,
      reading: "Activities linked to SDG 5, by the SDGs they are linked to",
      note: "An activity linked to several SDGs counts once under each.",
    });
    expect(read).toContain(">Activities linked to SDG 5, by the SDGs they are linked to</text>");
    expect(read).not.toContain("SDG 5: Gender equality &lt;b&gt;");
    expect(read).toContain(">An activity linked to several SDGs counts once under each.</text>");
  });

  it("writes the caption at the output's type sizes", () => {
    const slide = composeChartSvg("<svg></svg>", 960, 300, caption, { type: SLIDE_POINTS });
    expect(slide).toContain(`font-size="${SLIDE_POINTS.title}" font-weight="700"`);
    const sizes = [...slide.matchAll(/font-size="(\d+)"/g)].map((match) => Number(match[1]));
    expect(Math.min(...sizes)).toBe(SLIDE_POINTS.footnote);
  });
});

describe("right-to-left captions", () => {
  it("set Arabic lines from the right edge and keep the link left to right", () => {
    const svg = composeChartSvg("<svg></svg>", 960, 300, { ...caption, title: "الأنشطة", rtl: true });
    expect(svg).toMatch(/<text x="936"[^>]* text-anchor="start" direction="rtl"[^>]*>الأنشطة<\/text>/);
    expect(svg).toMatch(/<text x="936"[^>]* text-anchor="end" font-family[^>]*>https:\/\/example\.org/);
  });
});

describe("wrapWords", () => {
  it("breaks between words, never inside one, within the width", () => {
    const lines = wrapWords("one two three four five six seven eight nine ten", 100, 10);
    expect(lines.join(" ")).toBe("one two three four five six seven eight nine ten");
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(Math.floor(100 / 5.2));
    expect(wrapWords("", 100, 10)).toEqual([]);
  });
});
