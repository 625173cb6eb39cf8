import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasVisibleCharacter, stripBidiControls } from "./text-hygiene";

describe("text hygiene", () => {
  it("leaves no bidi control in any string, and nothing else changes", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "\u202E", "\u2066", "\u200F", "é", " ") }),
        (text) => {
          const clean = stripBidiControls(text);
          expect(clean).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
          expect(clean).toBe([...text].filter((char) => !"\u202E\u2066\u200F".includes(char)).join(""));
        },
      ),
    );
  });

  it("tells visible text from text made of nothing visible", () => {
    for (const invisible of ["\u200B", " \u00A0\t", "\u0301\u0301", "\u3164", "\uFEFF", ""])
      expect(hasVisibleCharacter(invisible)).toBe(false);
    for (const visible of ["a", "数", "٣", "\u200Bx", "-"]) expect(hasVisibleCharacter(visible)).toBe(true);
  });
});

describe("report periods", () => {
  const meta = (from: unknown, to: unknown) => ({
    year: 2025,
    title: "T",
    kind: "user",
    period: { from, to },
  });

  it("refuses a period that ends before it starts or leaves its year, with one issue each", async () => {
    const { ReportMetaSchema } = await import("./report");
    const issues = (value: unknown) => {
      const result = ReportMetaSchema.safeParse(value);
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(issues(meta("2025-01-01", "2025-12-31"))).toEqual([]);
    expect(issues(meta("2025-12-31", "2025-01-01"))).toEqual(["the period starts after it ends"]);
    expect(issues(meta("2024-01-01", "2025-12-31"))).toEqual([
      "the period must lie within the report's year",
    ]);
    expect(() => issues(meta(5, null))).not.toThrow();
  });
});
