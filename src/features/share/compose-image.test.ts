import { describe, expect, it } from "vitest";
import { composeChartSvg, imageHeight } from "./compose-image";

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

  it("puts title, filters, source and link around the chart as real text", () => {
    expect(svg).toContain(">Activities by SDG</text>");
    expect(svg).toContain("Source: ITU, report on ITU&apos;s contribution");
    expect(svg).toContain("https://example.org/#/?sdg=5&amp;year=2023");
    expect(svg).toContain('<svg x="0" y="72" width="600" height="400"><text>9</text></svg>');
    expect(svg).toContain(`height="${imageHeight(400)}"`);
  });

  it("escapes caption strings so data never becomes markup", () => {
    expect(svg).toContain("SDG 5: Gender equality &lt;b&gt;");
    expect(svg).not.toContain("<b>");
  });
});
