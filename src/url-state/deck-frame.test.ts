import { describe, expect, it } from "vitest";
import { deckEntries } from "./deck-params";
import { deckFrameEntries, deckPages, NO_FRAME, parseDeckFrame, type DeckFrame } from "./deck-frame";
import { formatHash, parseHash } from "./hash-location";

describe("the deck's title and sources slides in the URL", () => {
  it.each<[string, DeckFrame]>([
    ["", NO_FRAME],
    ["sources=1", { sources: true }],
    ["sources=yes", { sources: false }],
    ["cover=", { cover: {}, sources: false }],
    [
      "cover=Council%20WG&date=1%20Dec%202026",
      { cover: { title: "Council WG", date: "1 Dec 2026" }, sources: false },
    ],
    ["date=2026&sources=1", { sources: true }],
  ])("reads %j", (query, frame) => {
    expect(parseDeckFrame(new URLSearchParams(query))).toEqual(frame);
  });

  it.each<DeckFrame>([
    NO_FRAME,
    { sources: true },
    { cover: {}, sources: false },
    { cover: { title: "Gender & ICT ~ 2023", date: "2026-12-01" }, sources: true },
  ])("round-trips %j through the hash, beside the deck", (frame) => {
    const hash = formatHash("/present", [
      ...deckEntries([{ view: "sdgs", query: "" }]),
      ...deckFrameEntries(frame),
    ]);
    expect(parseDeckFrame(parseHash(hash).params)).toEqual(frame);
  });

  it("orders the pages: title, charts, sources; none for an empty deck", () => {
    const pages = deckPages(["a", "b"], { cover: {}, sources: true });
    expect(pages.map((page) => (page.kind === "chart" ? page.slide : page.kind))).toEqual([
      "cover",
      "a",
      "b",
      "sources",
    ]);
    expect(deckPages([], { cover: {}, sources: true })).toEqual([]);
  });
});
