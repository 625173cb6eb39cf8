import { describe, expect, it } from "vitest";
import { highlightRanges } from "./highlight-ranges";

const marked = (text: string, query: string) =>
  highlightRanges(text, query).map(([start, end]) => text.slice(start, end));

describe("highlightRanges", () => {
  it("marks whole words matched by prefix, in any order, ignoring case and accents", () => {
    expect(marked("Girls in ICT Day", "ict girl")).toEqual(["Girls", "ICT"]);
    expect(marked("E-santé et télémédecine", "telemed")).toEqual(["télémédecine"]);
  });

  it("marks a word with one typo forgiven, only in words of five letters or more", () => {
    expect(marked("Global Cybersecurity Index", "cybersecurty")).toEqual(["Cybersecurity"]);
    expect(marked("Girls in ICT", "gril")).toEqual([]);
  });

  it("marks both halves of a split form, and a joined word for split terms", () => {
    expect(marked("Cyber security drills", "cybersecurity")).toEqual(["Cyber security"]);
    expect(marked("Cyber-security for children", "cybersecurity")).toEqual(["Cyber-security"]);
    expect(marked("Global Cybersecurity Index", "cyber security")).toEqual(["Cybersecurity"]);
  });

  it("marks a word holding the term inside it, as the search finds it", () =>
    expect(marked("Global Cybersecurity Index", "security")).toEqual(["Cybersecurity"]));

  it("marks nothing without a query, and keeps offsets right after accented and astral text", () => {
    expect(highlightRanges("Anything", "  ")).toEqual([]);
    expect(marked("🌍 Télé santé", "sante")).toEqual(["santé"]);
  });
});
