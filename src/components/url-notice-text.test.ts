import { describe, expect, it } from "vitest";
import { i18n } from "../i18n/i18n";
import { loadLanguage } from "../i18n/load-language";
import { parseDeck } from "../url-state/deck-params";
import { parseFilterParams } from "../url-state/filter-params";
import { translateDeckNotice, translateUrlReason } from "./url-notice-text";

describe("URL notices in the UI's language", () => {
  it("re-words every reason the filter parser gives", async () => {
    await loadLanguage("fr");
    const t = i18n.getFixedT("fr");
    const { dropped } = parseFilterParams(new URLSearchParams("year=20x2&sdg=19&sector=1&line=C99"));
    expect(dropped).toHaveLength(4);
    for (const item of dropped) expect(translateUrlReason(item.reason, t).translated, item.reason).toBe(true);
    const sdg = dropped.find((item) => item.param === "sdg")!;
    expect(translateUrlReason(sdg.reason, t).text).toBe("les ODD sont numérotés de 1 à 17");
  });

  it("re-words the deck parser's notices, and leaves an unknown sentence as it is", async () => {
    await loadLanguage("ru");
    const t = i18n.getFixedT("ru");
    const { notices } = parseDeck("pie~sdgs!sdg.19!nonsense");
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices) expect(translateDeckNotice(notice, t).translated, notice).toBe(true);
    expect(translateDeckNotice("Something new.", t)).toEqual({ text: "Something new.", translated: false });
  });
});
