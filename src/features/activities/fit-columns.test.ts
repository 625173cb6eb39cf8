import { describe, expect, it } from "vitest";
import { columnsToHide } from "./fit-columns";

describe("columnsToHide", () => {
  it.each([
    [1200, []],
    [1104, []],
    [1000, ["summary"]],
    [800, ["summary", "lines"]],
    [600, ["summary", "lines", "sdgs"]],
    [480, ["summary", "lines", "sdgs", "sector"]],
    [200, ["summary", "lines", "sdgs", "sector", "source", "year"]],
  ])("at %i px hides %j, least important first", (width, hidden) => {
    expect(columnsToHide(width, [])).toEqual(hidden);
  });

  it("counts the columns the viewer hid already", () => {
    expect(columnsToHide(1000, ["summary"])).toEqual([]);
    expect(columnsToHide(800, ["lines"])).toEqual(["summary"]);
  });
});
