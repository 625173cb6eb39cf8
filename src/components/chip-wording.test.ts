import { describe, expect, it } from "vitest";
import ar from "../i18n/locales/ar.json";
import { i18n } from "../i18n/i18n";
import { chipWording } from "./chip-wording";

i18n.addCatalog("ar", ar);

describe("chipWording in a right-to-left language", () => {
  const arabic = chipWording(i18n.getFixedT("ar"));

  it("keeps an English action-line title with its code as one left-to-right phrase", () => {
    expect(arabic.line("C2", "Information and communication infrastructure")).toBe(
      "\u2066C2: Information and communication infrastructure\u2069",
    );
  });

  it("isolates a Latin code inside an Arabic sentence, and leaves an Arabic title to the sentence", () => {
    expect(arabic.sector("ITU-D")).toBe("القطاع \u2068ITU-D\u2069");
    expect(arabic.line("C2", "البنية التحتية")).toBe("\u2068C2\u2069: البنية التحتية");
  });

  it("adds nothing in a left-to-right language", () => {
    const english = chipWording(i18n.getFixedT("en"));
    expect(english.line("C2", "Information and communication infrastructure")).toBe(
      "C2: Information and communication infrastructure",
    );
    expect(english.sector("ITU-D")).toBe("Sector ITU-D");
  });
});
