// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { fixStyleQuotes } from "./safe-svg";

describe("fixStyleQuotes", () => {
  it("turns quotes inside a style attribute into single quotes and leaves other attributes alone", () => {
    const svg =
      '<text dominant-baseline="central" style="font-size:12px;font-family:system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif;" y="3.6" fill="#54555a">A "quoted" word</text>';
    expect(fixStyleQuotes(svg)).toBe(
      '<text dominant-baseline="central" style="font-size:12px;font-family:system-ui, \'Segoe UI\', Roboto, \'Noto Sans\', sans-serif;" y="3.6" fill="#54555a">A "quoted" word</text>',
    );
  });

  it("keeps well-formed styles as they are", () => {
    const svg = '<text style="font-size:12px;" x="1">9</text><path style="fill:red;" d="M0 0"/>';
    expect(fixStyleQuotes(svg)).toBe(svg);
  });

  it("gives XML that parses", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text style="font-family:"Segoe UI", Arial;" y="1">x</text></svg>`;
    const parsed = new DOMParser().parseFromString(fixStyleQuotes(svg), "image/svg+xml");
    expect(parsed.querySelector("parsererror")).toBeNull();
  });
});
