import { describe, expect, it } from "vitest";
import { parseTrendParams, serializeTrendParams, type TrendParams } from "./trend-params";

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
