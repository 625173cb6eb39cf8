import { describe, expect, it } from "vitest";
import { describeChange, formatPercent, formatSigned } from "./format-change";

describe("formatting changes", () => {
  it("always writes the sign, with a true minus", () => {
    expect([formatSigned(3), formatSigned(-1200), formatSigned(0), formatSigned(9.85)]).toEqual([
      "+3",
      "−1,200",
      "0",
      "+9.85",
    ]);
  });

  it.each([
    [50, "+50%"],
    [-33.333, "−33%"],
    [2.46, "+2.5%"],
    [0, "0%"],
    ["new", "new"],
    [null, "—"],
  ] as const)("percent %j reads %s", (percent, expected) => {
    expect(formatPercent(percent)).toBe(expected);
  });

  it("pairs a shape with the sign, and says new rather than an infinite percentage", () => {
    expect(describeChange(2, 50)).toBe("▲ +2 (+50%)");
    expect(describeChange(-1, -50)).toBe("▼ −1 (−50%)");
    expect(describeChange(3, "new")).toBe("▲ +3 (new)");
    expect(describeChange(0, 0)).toBe("■ 0 (0%)");
    expect(describeChange(0, null)).toBeUndefined();
  });
});
