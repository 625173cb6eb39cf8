import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalSlideQuery,
  DECK_VIEWS,
  deckEntries,
  MAX_SLIDES,
  MAX_TITLE_LENGTH,
  MAX_NOTES_LENGTH,
  normalizeTitle,
  parseDeck,
  parseSlideNumber,
  serializeDeck,
  withSlideText,
  type Slide,
} from "./deck-params";
import { formatHash, parseHash } from "./hash-location";

describe("parseDeck", () => {
  it.each([
    ["", []],
    ["trend", [{ view: "trend", query: "" }]],
    ["sdgs!sdg.5,9!year.2023", [{ view: "sdgs", query: "year=2023&sdg=5~9" }]],
    [
      "sdgs!sdg.5~trend",
      [
        { view: "sdgs", query: "sdg=5" },
        { view: "trend", query: "" },
      ],
    ],
    [
      "Matrix!sector.itu-d!title.Our%20work%21",
      [{ view: "matrix", query: "sector=ITU-D", title: "Our work!" }],
    ],
    ["trend!by.sdg!share.1!year.2023", [{ view: "trend", query: "year=2023&by=sdg&share=1" }]],
    ["trend!by.sector!share.0", [{ view: "trend", query: "" }]],
    [
      "action-lines!line.c7.e-health!q.girls%7Ein%2C ICT",
      [{ view: "action-lines", query: "line=C7.e-health&q=girls~in,%20ICT" }],
    ],
  ])("reads %j", (raw, slides) => {
    expect(parseDeck(raw)).toEqual({ slides, notices: [] });
  });

  it("drops what it cannot read, says so, and keeps the rest", () => {
    const { slides, notices } = parseDeck("pie~sdgs!sdg.19,5!nonsense~trend!title.%E0%A4~~");
    expect(slides).toEqual([
      { view: "sdgs", query: "sdg=5" },
      { view: "trend", query: "", title: "%E0%A4" },
    ]);
    expect(notices).toEqual([
      // The charts a slide can show come from the registry of views (src/domain/views.ts).
      { code: "slideView", param: "", value: "pie", slide: 1, expected: DECK_VIEWS.join(", ") },
      { code: "slidePair", param: "", value: "nonsense", slide: 2 },
      { code: "sdg", param: "sdg", value: "19", slide: 2 },
    ]);
  });

  it("names a slide's bad trend option like its bad filters", () => {
    const { slides, notices } = parseDeck("trend!by.nope!share.maybe!sdg.5");
    expect(slides).toEqual([{ view: "trend", query: "sdg=5" }]);
    expect(notices).toEqual([
      { code: "trendBy", param: "by", value: "nope", slide: 1 },
      { code: "flag", param: "share", value: "maybe", slide: 1 },
    ]);
  });

  it("keeps at most MAX_SLIDES slides", () => {
    const { slides, notices } = parseDeck(Array.from({ length: MAX_SLIDES + 5 }, () => "trend").join("~"));
    expect(slides).toHaveLength(MAX_SLIDES);
    expect(notices[0]).toEqual({ code: "deckTooManySlides", param: "deck", value: String(MAX_SLIDES + 5) });
  });

  it("never throws, whatever the string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (raw) => Array.isArray(parseDeck(raw).slides)),
      { numRuns: 3000, seed: 61 },
    );
  });
});

describe("serializeDeck", () => {
  it("writes a readable deck that survives the hash", () => {
    const slides: Slide[] = [
      { view: "sdgs", query: "year=2023&sdg=5~9" },
      { view: "matrix", query: "q=a!b~c%25", title: "Gender & ICT ~ 2023" },
    ];
    const deck = serializeDeck(slides);
    expect(deck).toBe("sdgs!year.2023!sdg.5,9~matrix!q.a%21b%7Ec%25!title.Gender & ICT %7E 2023");
    const hash = formatHash("/present", deckEntries(slides, 2));
    expect(hash).toBe(
      "#/present?deck=sdgs!year.2023!sdg.5,9~matrix!q.a%2521b%257Ec%2525!title.Gender%20%26%20ICT%20%257E%202023&slide=2",
    );
    expect(parseDeck(parseHash(hash).params.get("deck")).slides).toEqual(slides);
  });

  const filterQuery = fc
    .record({
      year: fc.uniqueArray(fc.integer({ min: 2000, max: 2030 }), { maxLength: 3 }),
      sector: fc.uniqueArray(fc.constantFrom("ITU-R", "ITU-T", "ITU-D", "GS"), { maxLength: 2 }),
      line: fc.uniqueArray(fc.constantFrom("C1", "C7.e-health", "C11"), { maxLength: 2 }),
      sdg: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 3 }),
      q: fc.string({ unit: "grapheme", maxLength: 30 }),
    })
    .map((record) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(record)) {
        if (Array.isArray(value)) value.forEach((item) => params.append(key, String(item)));
        else params.set(key, value);
      }
      return canonicalSlideQuery(params).query;
    });
  const slide = fc
    .record(
      {
        view: fc.constantFrom(...DECK_VIEWS),
        query: filterQuery,
        title: fc.string({ unit: "grapheme", maxLength: 150 }),
      },
      { requiredKeys: ["view", "query"] },
    )
    .map(({ title, ...rest }): Slide => {
      const normalized = normalizeTitle(title);
      return normalized ? { ...rest, title: normalized } : rest;
    });

  it("round-trips any deck, through the hash too", () => {
    fc.assert(
      fc.property(fc.array(slide, { maxLength: 6 }), (slides) => {
        expect(parseDeck(serializeDeck(slides))).toEqual({ slides, notices: [] });
        const hash = formatHash("/present", deckEntries(slides));
        expect(parseDeck(parseHash(hash).params.get("deck")).slides).toEqual(slides);
      }),
      { numRuns: 1000, seed: 62 },
    );
  });
});

describe("normalizeTitle", () => {
  it("trims, shortens and treats blank as no title", () => {
    expect(normalizeTitle("  Gender  ")).toBe("Gender");
    expect(normalizeTitle("   ")).toBeUndefined();
    expect(normalizeTitle("x".repeat(200))).toHaveLength(MAX_TITLE_LENGTH);
  });
});

describe("parseSlideNumber", () => {
  it.each([
    [null, 3, null],
    ["2", 3, 2],
    ["9", 3, 3],
    ["0", 3, 1],
    ["abc", 3, 1],
    ["2", 0, null],
  ])("slide=%s of %i slides is %s", (raw, count, expected) => {
    const params = new URLSearchParams(raw === null ? "" : `slide=${raw}`);
    expect(parseSlideNumber(params, count)).toBe(expected);
  });
});

describe("deckEntries", () => {
  it("writes nothing for an empty deck", () => {
    expect(deckEntries([], 2)).toEqual([]);
    expect(deckEntries([{ view: "trend", query: "" }])).toEqual([["deck", "trend"]]);
  });
});

describe("a slide's subtitle and speaker notes", () => {
  it.each<[string, Slide]>([
    ["subtitle only", { view: "sdgs", query: "sdg=5", subtitle: "Gender equality in 2023" }],
    ["notes only", { view: "trend", query: "", notes: "Stress the 2020 dip.\nThen the recovery!" }],
    [
      "title, subtitle and notes with the separators in them",
      {
        view: "matrix",
        query: "year=2023",
        title: "Lines ~ SDGs",
        subtitle: "100% of C7 (e-health!)",
        notes: "Say: ~ and ! and % are fine.\n\nSecond paragraph, with “quotes” and عربي.",
      },
    ],
  ])("round-trips %s through the deck string and the hash", (_, slide) => {
    const hash = formatHash("/present", deckEntries([slide, { view: "sectors", query: "" }]));
    expect(parseDeck(parseHash(hash).params.get("deck"))).toEqual({
      slides: [slide, { view: "sectors", query: "" }],
      notices: [],
    });
  });

  it.each([
    ["sdgs!sdg.5!title.Hello", { view: "sdgs", query: "sdg=5", title: "Hello" }],
    ["sdgs!subtitle.%20%20!notes.", { view: "sdgs", query: "" }],
    ["trend!notes.a%0D%0Ab", { view: "trend", query: "", notes: "a\nb" }],
  ])("reads old and new spellings of %j alike", (raw, slide) => {
    expect(parseDeck(raw).slides).toEqual([slide]);
  });

  it("cuts notes at MAX_NOTES_LENGTH and drops empty words from a slide", () => {
    const long = withSlideText({ view: "sdgs", query: "" }, "notes", "x".repeat(MAX_NOTES_LENGTH + 50));
    expect(long.notes).toHaveLength(MAX_NOTES_LENGTH);
    expect(withSlideText({ ...long, subtitle: "Kept" }, "notes", "  ")).toEqual({
      view: "sdgs",
      query: "",
      subtitle: "Kept",
    });
  });

  it("round-trips any words", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (subtitle, notes) => {
        const slide = withSlideText(
          withSlideText({ view: "sdgs", query: "" }, "subtitle", subtitle),
          "notes",
          notes,
        );
        const hash = formatHash("/present", deckEntries([slide]));
        expect(parseDeck(parseHash(hash).params.get("deck")).slides).toEqual([slide]);
      }),
      { numRuns: 500, seed: 22 },
    );
  });
});
