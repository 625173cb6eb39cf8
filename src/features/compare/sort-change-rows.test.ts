import { describe, expect, it } from "vitest";
import { compareCounts } from "../../domain/compare";
import { NATURAL_ORDER, nextSort, sortChangeRows } from "./sort-change-rows";

// C1 0→0, C2 4→6 (+50%), C3 0→2 (new), C4 3→1 (−67%), C5 2→3 (+50%)
const rows = compareCounts(
  new Map([
    ["C2", 4],
    ["C4", 3],
    ["C5", 2],
  ]),
  new Map([
    ["C2", 6],
    ["C3", 2],
    ["C4", 1],
    ["C5", 3],
  ]),
  ["C1", "C2", "C3", "C4", "C5"],
);
const order = (key: Parameters<typeof nextSort>[1], direction: "ascending" | "descending") =>
  sortChangeRows(rows, { key, direction }).map((row) => row.category);

describe("sortChangeRows", () => {
  it("keeps the natural order first, and reverses it on demand", () => {
    expect(sortChangeRows(rows, NATURAL_ORDER).map((row) => row.category)).toEqual([
      "C1",
      "C2",
      "C3",
      "C4",
      "C5",
    ]);
    expect(order("category", "descending")).toEqual(["C5", "C4", "C3", "C2", "C1"]);
  });

  it("sorts by change, ties in natural order", () => {
    expect(order("change", "descending")).toEqual(["C2", "C3", "C5", "C1", "C4"]);
    expect(order("b", "ascending")).toEqual(["C1", "C4", "C3", "C5", "C2"]);
  });

  it("ranks 'new' above every percentage and puts rows without one last", () => {
    expect(order("percent", "descending")).toEqual(["C3", "C2", "C5", "C4", "C1"]);
    expect(order("percent", "ascending")).toEqual(["C4", "C2", "C5", "C3", "C1"]);
  });
});

describe("nextSort", () => {
  it("flips the current column and starts a new one with the largest values", () => {
    expect(nextSort(NATURAL_ORDER, "category")).toEqual({ key: "category", direction: "descending" });
    expect(nextSort(NATURAL_ORDER, "change")).toEqual({ key: "change", direction: "descending" });
    expect(nextSort({ key: "change", direction: "descending" }, "change")).toEqual({
      key: "change",
      direction: "ascending",
    });
  });
});
