import { describe, expect, it } from "vitest";
import { parseCsv, parseCsvRecords } from "./csv";

describe("parseCsv", () => {
  it.each([
    [
      "plain fields",
      "a,b,c\n1,2,3\n",
      [
        ["a", "b", "c"],
        ["1", "2", "3"],
      ],
    ],
    [
      "CRLF line ends",
      "a,b\r\n1,2\r\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "no final line break",
      "a,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "empty fields",
      "a,,c\n,,\n",
      [
        ["a", "", "c"],
        ["", "", ""],
      ],
    ],
    ["quoted comma", '"x, y",z\n', [["x, y", "z"]]],
    ["doubled quotes", '"say ""hi""",z\n', [['say "hi"', "z"]]],
    ["newline inside quotes", '"line 1\nline 2",z\r\n', [["line 1\nline 2", "z"]]],
    ["CRLF inside quotes", '"a\r\nb",z\n', [["a\r\nb", "z"]]],
    ["empty quoted field at the end", 'a,""', [["a", ""]]],
    ["byte-order mark", "\uFEFFa,b\n", [["a", "b"]]],
  ])("parses %s", (_name, text, expected) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it.each([
    ["an unterminated quote", '"abc,d\n'],
    ["a quote inside an unquoted field", 'ab"c,d\n'],
    ["text after a closing quote", '"ab"c,d\n'],
  ])("rejects %s", (_name, text) => {
    expect(() => parseCsv(text)).toThrow();
  });
});

describe("parseCsvRecords", () => {
  it("keys records by header and skips blank lines", () => {
    expect(parseCsvRecords('id,title\nA1,"T, one"\n\nA2,T2\n')).toEqual([
      { id: "A1", title: "T, one" },
      { id: "A2", title: "T2" },
    ]);
  });

  it("rejects a record with the wrong number of fields", () => {
    expect(() => parseCsvRecords("a,b\n1,2,3\n")).toThrow(/3 fields/);
  });
});
