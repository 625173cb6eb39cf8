import { describe, expect, it } from "vitest";
import { CsvReader, type CsvRecord } from "./csv-reader";

function readAll(text: string): CsvRecord[] {
  const reader = new CsvReader(text);
  const records: CsvRecord[] = [];
  for (let record = reader.next(); record; record = reader.next()) records.push(record);
  return records;
}

describe("CsvReader", () => {
  it("reads quoted cells with commas, doubled quotes and line breaks, numbering records by their first line", () => {
    const text = 'a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\n\nlast,"" \n';
    expect(readAll(text)).toEqual([
      { kind: "record", line: 1, cells: ["a", "b"] },
      { kind: "record", line: 2, cells: ["x, y", 'say "hi"'] },
      { kind: "record", line: 3, cells: ["two\nlines", "z"] },
      { kind: "error", line: 6, message: expect.stringContaining("text after the closing") },
    ]);
  });

  it("skips a byte-order mark, blank lines and rows of empty cells; accepts CR line breaks", () => {
    expect(readAll("\uFEFFa,b\r\r\n,,\nc,d\re,f")).toEqual([
      { kind: "record", line: 1, cells: ["a", "b"] },
      { kind: "record", line: 4, cells: ["c", "d"] },
      { kind: "record", line: 5, cells: ["e", "f"] },
    ]);
  });

  it("keeps a trailing empty cell", () => {
    expect(readAll("a,b,\n")).toEqual([{ kind: "record", line: 1, cells: ["a", "b", ""] }]);
  });

  it("reports a stray quote and resumes on the next line", () => {
    expect(readAll('ok,1\nbad "x",2\nok,3\n')).toEqual([
      { kind: "record", line: 1, cells: ["ok", "1"] },
      { kind: "error", line: 2, message: expect.stringContaining('a " inside a cell') },
      { kind: "record", line: 3, cells: ["ok", "3"] },
    ]);
  });

  it("reports a quoted cell that is never closed, with the line it opened on", () => {
    expect(readAll('a\n"open\nstill open\n')).toEqual([
      { kind: "record", line: 1, cells: ["a"] },
      { kind: "error", line: 2, message: expect.stringContaining("opened on line 2 is never closed") },
    ]);
  });

  it("reports its position for progress", () => {
    const reader = new CsvReader("a,b\nc,d\n");
    reader.next();
    expect(reader.position).toBe(4);
    expect(reader.length).toBe(8);
  });
});

describe("tab-separated text", () => {
  it("reads cells between tabs, quotes included", () => {
    const reader = new CsvReader('a\t"b\tc"\n1\t2', "\t");
    expect([reader.next(), reader.next()].map((record) => record?.kind === "record" && record.cells)).toEqual(
      [
        ["a", "b\tc"],
        ["1", "2"],
      ],
    );
  });
});
