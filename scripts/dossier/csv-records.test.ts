import { describe, expect, it } from "vitest";
import { parseCsvRecords, parseCsvRows } from "./csv-records";

describe("parseCsvRecords (the dossier's CSV files, read with the app's CsvReader)", () => {
  it("keys records by the header, keeps quoted commas, quotes and line breaks, and skips blank lines", () => {
    const text = '\uFEFFid,title\r\nA1,"T, one"\n\nA2,"say ""hi""\nagain"\n';
    expect(parseCsvRecords(text, "x.csv")).toEqual([
      { id: "A1", title: "T, one" },
      { id: "A2", title: 'say "hi"\nagain' },
    ]);
  });

  it("keeps empty fields", () => {
    expect(parseCsvRecords('a,b,c\n1,,""\n', "x.csv")).toEqual([{ a: "1", b: "", c: "" }]);
  });

  it.each([
    ["a record with the wrong number of fields", "a,b\n1,2,3\n", /x\.csv line 2: 3 fields, the header has 2/],
    ["an unterminated quote", 'a,b\n"1,2\n', /x\.csv line 2: .*never closed/],
    ["a quote inside an unquoted field", 'a,b\n1"x,2\n', /x\.csv line 2: a " inside a cell/],
    ["text after a closing quote", 'a,b\n"1"x,2\n', /x\.csv line 2: text after the closing "/],
    ["an empty file", "", /x\.csv is empty/],
  ])("rejects %s, naming file and line", (_name, text, message) => {
    expect(() => parseCsvRecords(text, "x.csv")).toThrow(message);
  });
});

describe("parseCsvRows", () => {
  it("gives the header and every record as cells, the byte-order mark dropped", () => {
    expect(parseCsvRows('\uFEFFa,b\r\n1,"x\ny"\n', "x.csv")).toEqual([
      ["a", "b"],
      ["1", "x\ny"],
    ]);
  });

  it("throws on a malformed record, naming file and line", () => {
    expect(() => parseCsvRows('a,b\n1,2\n"3,4\n', "x.csv")).toThrow(/x\.csv line 3/);
  });
});
