import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { THEMES } from "./display-params";
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions } from "./embed-contract";
import { parseHash } from "./hash-location";
import { sharedParamIssues } from "./shared-param-issues";
import type { UrlIssue } from "./url-issue";

const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query));

describe("parseEmbedOptions", () => {
  it("defaults to everything shown, light, opaque, English", () => {
    expect(parse("")).toEqual(DEFAULT_EMBED_OPTIONS);
  });

  it("reads the documented options", () => {
    expect(parse("title=0&legend=false&theme=dark&bg=transparent&lang=fr")).toEqual({
      title: false,
      legend: false,
      theme: "dark",
      pattern: false,
      background: "transparent",
      lang: "fr",
    });
  });

  it("falls back to the default for each bad value, keeping the good ones", () => {
    expect(parse("title=maybe&legend=0&theme=purple&bg=%3Cscript%3E&lang=xx")).toEqual({
      ...DEFAULT_EMBED_OPTIONS,
      legend: false,
    });
  });

  it("names each bad value it falls back from, with the shared ones named once by sharedParamIssues", () => {
    const params = new URLSearchParams("title=maybe&legend=0&theme=purple&bg=%3Cscript%3E&lang=xx&pattern=2");
    const dropped: UrlIssue[] = [];
    parseEmbedOptions(params, dropped);
    expect(dropped).toEqual([
      { code: "flag", param: "title", value: "maybe" },
      { code: "background", param: "bg", value: "<script>" },
    ]);
    expect(sharedParamIssues(params)).toEqual([
      { code: "theme", param: "theme", value: "purple" },
      { code: "flag", param: "pattern", value: "2" },
      { code: "language", param: "lang", value: "xx" },
    ]);
    expect(sharedParamIssues(new URLSearchParams("theme=hc&lang=fr-CA&pattern=off&bg="))).toEqual([]);
  });

  it("keeps old theme links and takes the high-contrast themes and patterns", () => {
    expect(parse("theme=DARK").theme).toBe("dark");
    expect(parse("theme=light").theme).toBe("light");
    expect(parse("theme=contrast&pattern=1")).toMatchObject({ theme: "contrast", pattern: true });
    expect(parse("theme=contrast-dark").theme).toBe("contrast-dark");
  });

  it("never throws and always returns a valid option set", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("title", "legend", "theme", "pattern", "bg", "lang", "x"), fc.string()),
        (entries) => {
          const options = parseEmbedOptions(new URLSearchParams(entries));
          expect(THEMES).toContain(options.theme);
          expect(typeof options.pattern).toBe("boolean");
          expect(["default", "transparent"]).toContain(options.background);
          expect(typeof options.title).toBe("boolean");
        },
      ),
      { numRuns: 2000, seed: 11 },
    );
  });

  it("never throws on any hash, percent escapes and all", () => {
    const hash = fc.array(
      fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom("%", "%E0%A4%A", "&", "=", "?")),
    );
    fc.assert(
      fc.property(hash, (parts) => {
        const options = parseEmbedOptions(parseHash(`#/embed/sdgs?${parts.join("")}`).params);
        expect(["light", "dark"]).toContain(options.theme);
      }),
      { numRuns: 3000, seed: 12 },
    );
  });
});
