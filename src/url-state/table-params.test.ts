import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseTableParams, serializeTableParams, type TableParams } from "./table-params";
import type { UrlIssue } from "./url-issue";

const COLUMNS = ["year", "sector", "lines", "sdgs", "title", "summary", "source"];
const parse = (query: string) => parseTableParams(new URLSearchParams(query), COLUMNS);

describe("table params", () => {
  it("defaults to newest year first with every column shown", () => {
    expect(parse("")).toEqual({ sort: { id: "year", desc: true }, hidden: [], activity: undefined });
    expect(serializeTableParams(parse(""))).toEqual([]);
  });

  it("reads sort direction, hidden columns and the open activity", () => {
    expect(parse("sort=title&hide=summary~source&activity=A123")).toEqual({
      sort: { id: "title", desc: false },
      hidden: ["summary", "source"],
      activity: "A123",
    });
    expect(parse("sort=-sdgs").sort).toEqual({ id: "sdgs", desc: true });
  });

  it("falls back on unknown columns", () => {
    expect(parse("sort=-nope&hide=nope~summary~summary")).toEqual({
      sort: { id: "year", desc: true },
      hidden: ["summary"],
      activity: undefined,
    });
  });

  it("names every unknown column it leaves out, and a sort it does not apply", () => {
    const dropped: UrlIssue[] = [];
    parseTableParams(new URLSearchParams("sort=-nope&hide=nope~summary~%3Cb%3E"), COLUMNS, dropped);
    expect(dropped.map(({ code, param, value }) => ({ code, param, value }))).toEqual([
      { code: "column", param: "sort", value: "-nope" },
      { code: "column", param: "hide", value: "nope" },
      { code: "column", param: "hide", value: "<b>" },
    ]);
    expect(dropped[1]?.expected).toBe(COLUMNS.join(", "));
    const none: UrlIssue[] = [];
    parseTableParams(new URLSearchParams("sort=-relevance&hide=summary"), COLUMNS, none);
    expect(none).toEqual([]);
  });

  it("reads a hostile hide list only up to the cap, counting the rest", () => {
    const dropped: UrlIssue[] = [];
    const { hidden } = parseTableParams(
      new URLSearchParams(`hide=${"x~".repeat(50_000)}summary`),
      COLUMNS,
      dropped,
    );
    expect(hidden).toEqual([]);
    expect(dropped.at(-1)).toMatchObject({ code: "tooMany", param: "hide", count: 50_001 - 200 });
  });

  it.each([
    ["sort=relevance", { id: "relevance", desc: false }, [["sort", "relevance"]]],
    ["sort=-relevance", { id: "relevance", desc: false }, [["sort", "relevance"]]],
    ["sort=title", { id: "title", desc: false }, [["sort", "title"]]],
    ["sort=-year", { id: "year", desc: true }, []],
    ["q=cyber", { id: "year", desc: true }, []],
  ])("reads %s as %o and writes it back as %o (old links unchanged)", (query, sort, written) => {
    const table = parse(query);
    expect(table.sort).toEqual(sort);
    expect(serializeTableParams(table)).toEqual(written);
  });

  it("round-trips", () => {
    const arbitrary: fc.Arbitrary<TableParams> = fc.record({
      sort: fc.record({ id: fc.constantFrom(...COLUMNS), desc: fc.boolean() }),
      hidden: fc.uniqueArray(fc.constantFrom(...COLUMNS), { maxLength: 4 }),
      activity: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), { nil: undefined }),
    });
    fc.assert(
      fc.property(arbitrary, (table) => {
        expect(parseTableParams(new URLSearchParams(serializeTableParams(table)), COLUMNS)).toEqual(table);
      }),
      { numRuns: 2000, seed: 4 },
    );
  });
});
