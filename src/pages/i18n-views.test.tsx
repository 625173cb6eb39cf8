import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { makeDatasetFiles, makeReference } from "../../tests/fixtures/dataset";
import { datasetHandlers } from "../../tests/msw/dataset-handlers";
import { server } from "../../tests/msw/server";
import { renderApp } from "../../tests/unit/render-app";
import { flattenCatalog, placeholdersOf } from "../i18n/catalog-check";
import { i18n } from "../i18n/i18n";
import en from "../i18n/locales/en.json";
import fr from "../i18n/locales/fr.json";

afterEach(async () => {
  await i18n.changeLanguage("en");
  document.documentElement.lang = "en";
  document.documentElement.dir = "ltr";
});

// English UI sentences that French words differently: none of them may be left on a French page.
const french = flattenCatalog(fr);
const englishUi = [...flattenCatalog(en)]
  .filter(
    ([key, text]) => placeholdersOf(text).length === 0 && text.trim().length >= 6 && french.get(key) !== text,
  )
  .map(([, text]) => text.trim());

/**
 * Everything a user sees or hears as UI: the text and the accessible names and hints in attributes. Text
 * marked lang="en" is data (titles, summaries, names with no official translation), not UI; translate="no"
 * marks what no language changes (the printed link).
 */
function everythingShown(): string {
  const ui = document.body.cloneNode(true) as HTMLElement;
  for (const data of ui.querySelectorAll('[lang="en"], [translate="no"]')) data.remove();
  const attributes = [...ui.querySelectorAll("[aria-label], [title], [placeholder], [aria-roledescription]")]
    .flatMap((element) =>
      ["aria-label", "title", "placeholder", "aria-roledescription"].map(
        (name) => element.getAttribute(name) ?? "",
      ),
    )
    .join("\n");
  return `${ui.textContent ?? ""}\n${attributes}`;
}

/**
 * The fixture's line titles ("Action line C1") would read as the UI's English "Action line": here they
 * are data-like titles, which the French page shows in English (no official translation) without a clash.
 */
function files() {
  const reference = makeReference();
  return {
    ...makeDatasetFiles(),
    "reference.json": {
      ...reference,
      actionLines: reference.actionLines.map((line) => ({ ...line, title: `Title of ${line.code}` })),
    },
  };
}

const ROUTES = [
  ["#/?lang=fr", "activity-count", fr.overview.heading],
  ["#/activities?lang=fr&activity=T4", "activity-count", fr.activities.heading],
  ["#/compare?lang=fr", "total-change", fr.compare.heading],
] as const;

describe("a view in French has no English UI left", () => {
  it("knows enough English UI sentences for the check to mean something", () => {
    expect(englishUi.length).toBeGreaterThan(200);
    expect(englishUi).toContain("Show as table");
  });

  for (const [hash, ready, heading] of ROUTES) {
    it(`${hash.split("?")[0]} in French`, async () => {
      server.use(...datasetHandlers(files()));
      renderApp(hash);
      await screen.findByTestId(ready, {}, { timeout: 8000 });
      expect(document.documentElement.lang).toBe("fr");
      expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(heading);
      const shown = everythingShown();
      const leftovers = englishUi.filter((text) => shown.includes(text));
      expect(leftovers).toEqual([]);
      // The official French SDG name comes from data/sdg-names-i18n.json.
      expect(shown).toContain("Égalité entre les sexes");
    });
  }

  it("in Arabic the page is right to left", async () => {
    server.use(...datasetHandlers(files()));
    renderApp("#/?lang=ar");
    await screen.findByTestId("activity-count", {}, { timeout: 8000 });
    expect(document.documentElement.dir).toBe("rtl");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "مساهمة الاتحاد الدولي للاتصالات في نتائج القمة العالمية لمجتمع المعلومات",
    );
  });
});
