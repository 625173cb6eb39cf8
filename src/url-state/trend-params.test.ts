import { describe, expect, it } from "vitest";
import { DEFAULT_TREND, parseTrendParams, serializeTrendParams, type TrendParams } from "./trend-params";
import type { UrlIssue } from "./url-issue";

const parse = (query: string) => parseTrendParams(new URLSearchParams(query));

describe("trend params", () => {
  it.each<[string, TrendParams, string]>([
    ["", { by: "sector", share: false }, ""],
    ["year=2023&sdg=5", { by: "sector", share: false }, ""],
    ["by=sector", { by: "sector", share: false }, ""],
    ["by=line", { by: "line", share: false }, "by=line"],
    ["by=sdg", { by: "sdg", share: false }, "by=sdg"],
    ["by=SDGs", { by: "sdg", share: false }, "by=sdg"],
    ["by=lines&share=1", { by: "line", share: true }, "by=line&share=1"],
    ["share=true", { by: "sector", share: true }, "share=1"],
    ["by=nope&share=0", { by: "sector", share: false }, ""],
    ["by=%3Cscript%3E&share=2", { by: "sector", share: false }, ""],
  ])("reads %j as %o and writes it as %j", (query, expected, written) => {
    const trend = parse(query);
    expect(trend).toEqual(expected);
    expect(new URLSearchParams(serializeTrendParams(trend)).toString()).toBe(written);
    expect(parse(new URLSearchParams(serializeTrendParams(trend)).toString())).toEqual(trend);
  });
});

describe("trend params that are dropped", () => {
  it("names a bad by and a share that is neither on nor off, and nothing else", () => {
    const dropped: UrlIssue[] = [];
    expect(parseTrendParams(new URLSearchParams("by=%3Cscript%3E&share=2"), dropped)).toEqual(DEFAULT_TREND);
    expect(dropped).toEqual([
      { code: "trendBy", param: "by", value: "<script>" },
      { code: "flag", param: "share", value: "2" },
    ]);
    const none: UrlIssue[] = [];
    parseTrendParams(new URLSearchParams("by=SDGs&share=off"), none);
    expect(none).toEqual([]);
  });
});
