import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions } from "./embed-options";

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

  it("never throws and always returns a valid option set", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("title", "legend", "theme", "bg", "lang", "x"), fc.string()),
        (entries) => {
          const options = parseEmbedOptions(new URLSearchParams(entries));
          expect(["light", "dark"]).toContain(options.theme);
          expect(["default", "transparent"]).toContain(options.background);
          expect(typeof options.title).toBe("boolean");
        },
      ),
      { numRuns: 2000, seed: 11 },
    );
  });
});
