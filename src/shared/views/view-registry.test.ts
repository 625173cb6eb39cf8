import { describe, expect, it } from "vitest";
import { CHART_VIEW_IDS, DECK_VIEW_IDS, EMBED_VIEW_IDS, OVERVIEW_VIEW_IDS, VIEWS } from "../../domain/views";
import ar from "../../i18n/locales/ar.json";
import en from "../../i18n/locales/en.json";
import es from "../../i18n/locales/es.json";
import fr from "../../i18n/locales/fr.json";
import ru from "../../i18n/locales/ru.json";
import zh from "../../i18n/locales/zh.json";
import { CHART_VIEWS } from "./chart-views";

const CATALOGS = { ar, zh, en, fr, ru, es };

function textAt(catalog: object, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalog);
}

describe("the registry of views", () => {
  it("names each view once", () => {
    const ids = VIEWS.map((view) => view.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps every view an old link can name (the public URL contract)", () => {
    expect(EMBED_VIEW_IDS).toEqual(
      expect.arrayContaining(["sectors", "action-lines", "sdgs", "matrix", "trend", "compare", "activities"]),
    );
    expect(DECK_VIEW_IDS).toEqual(
      expect.arrayContaining(["sectors", "action-lines", "sdgs", "matrix", "trend"]),
    );
  });

  it("draws every chart view with a card, and only charts", () => {
    expect(Object.keys(CHART_VIEWS).sort()).toEqual([...CHART_VIEW_IDS].sort());
    for (const id of [...DECK_VIEW_IDS, ...OVERVIEW_VIEW_IDS]) expect(CHART_VIEW_IDS).toContain(id);
  });

  it("gives every chart its title, its error-card name and (on a slide) its deck-menu name in every catalog", () => {
    const missing: string[] = [];
    for (const view of VIEWS) {
      if (view.kind !== "chart") continue;
      const keys: string[] = [view.titleKey, view.panelKey];
      if (view.accepts.deck) keys.push(`present.view.${view.id}`);
      for (const [language, catalog] of Object.entries(CATALOGS))
        for (const key of keys)
          if (typeof textAt(catalog, key) !== "string") missing.push(`${language}: ${key} (${view.id})`);
    }
    expect(missing).toEqual([]);
  });

  it("sizes every chart for print: bars by their rows, the others as the registry says", () => {
    for (const view of VIEWS) {
      if (view.kind !== "chart" || !view.accepts.docx) continue;
      expect("print" in view || view.chart === "bars", view.id).toBe(true);
    }
  });

  it("sends to a slide, an image or a document only views that are charts", () => {
    for (const view of VIEWS) {
      const { deck, image, pptx, docx } = view.accepts;
      if (view.kind !== "chart")
        expect([deck, image, pptx, docx], view.id).toEqual([false, false, false, false]);
      if (deck) expect(pptx, view.id).not.toBe(false);
    }
  });
});
