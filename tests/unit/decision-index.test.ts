import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const DIR = "docs/decisions";

/** The records on disk: NNN-slug.md. */
const records = readdirSync(DIR).filter((file) => /^\d{3}-.+\.md$/.test(file));

/** The README's table: one row per record, a link in the first cell. */
const rows = readFileSync(`${DIR}/README.md`, "utf8")
  .split("\n")
  .filter((line) => line.startsWith("|"));

describe("the decision records' index", () => {
  it("is one table with one header", () => {
    expect(rows.filter((row) => /^\| #/.test(row))).toHaveLength(1);
    expect(rows.filter((row) => /^\| -+ \|/.test(row))).toHaveLength(1);
  });

  it("lists every record once, in number order, with its own number", () => {
    const linked = rows.flatMap((row) => {
      const match = /^\| \[(\d{3})\]\((\d{3}-[^)]+\.md)\)/.exec(row);
      return match ? [{ number: match[1], file: match[2] }] : [];
    });
    expect(linked.map((row) => row.file)).toEqual([...records].sort());
    for (const row of linked) expect(row.file?.startsWith(`${row.number}-`)).toBe(true);
  });

  it("numbers the records without a gap or a repeat", () => {
    const numbers = records.map((file) => Number(file.slice(0, 3))).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  });
});
