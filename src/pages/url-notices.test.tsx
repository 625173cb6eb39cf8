import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeDatasetFiles } from "../../tests/fixtures/dataset";
import { datasetHandlers } from "../../tests/msw/dataset-handlers";
import { server } from "../../tests/msw/server";
import { renderApp } from "../../tests/unit/render-app";

/** The page's list of ignored link values, item by item, once it shows. */
async function ignoredValues(hash: string, label = "Link values ignored"): Promise<string[]> {
  server.use(...datasetHandlers(makeDatasetFiles()));
  renderApp(hash);
  const notice = await screen.findByRole("complementary", { name: label }, { timeout: 20_000 });
  return within(notice)
    .getAllByRole("listitem")
    .map((item) => item.textContent ?? "");
}

// The first test also pays for loading the lazy pages; a busy machine needs the room.
describe("every dropped value of a link is said", { timeout: 40_000 }, () => {
  it("on the activities page: sort, hide, activity, theme, lang, and the good values still apply", async () => {
    const items = await ignoredValues(
      "#/activities?sdg=9&sort=-nope&hide=summary~bogus&activity=ZZZ&theme=purple&lang=xx&pattern=2",
    );
    expect(items).toEqual([
      expect.stringMatching(
        /^sort=-nope \(not a column of the table; columns: \u2068year, .*relevance\u2069\)$/,
      ),
      expect.stringMatching(/^hide=bogus \(not a column/),
      "activity=ZZZ (no activity with this id in the loaded data)",
      "theme=purple (themes are light, dark, contrast and contrast-dark)",
      "pattern=2 (expected 1 (on) or 0 (off))",
      "lang=xx (languages are ar, zh, en, fr, ru and es)",
    ]);
    expect(await screen.findByTestId("activity-count")).toHaveTextContent("3");
    expect(screen.queryByRole("columnheader", { name: /Summary/ })).toBeNull();
  });

  it("on the overview: by and share, in the reader's language", async () => {
    const items = await ignoredValues("#/?lang=fr&by=colour&share=maybe", "Valeurs du lien ignorées");
    expect(items).toEqual([
      "by=colour (valeur attendue\u00a0: sector, line ou sdg)",
      "share=maybe (valeur attendue\u00a0: 1 (oui) ou 0 (non))",
    ]);
  });

  it("on the present page: a theme beside the deck's own notices", async () => {
    const items = await ignoredValues("#/present?theme=neon&deck=pie");
    expect(items).toEqual(["theme=neon (themes are light, dark, contrast and contrast-dark)"]);
    expect(screen.getByText("pie").closest("li")).toHaveTextContent(/^Slide 1: pie \(not a chart/);
  });

  it("in an embed: compact, with its options, and hidden on request", async () => {
    server.use(...datasetHandlers(makeDatasetFiles()));
    renderApp("#/embed/trend?by=nope&title=maybe&bg=pink&sdg=99&legend=0&sector=ITU-X");
    const notice = await screen.findByRole("complementary", { name: "Link values ignored" });
    // Once the data is in, a sector it lacks is counted too (by=nope and sector=ITU-X: two more).
    await within(notice).findByText("… and 2 more values", {}, { timeout: 5000 });
    expect(notice).toHaveTextContent(
      /^Ignored in this link: sdg=99 \(SDGs are numbered 1 to 17\)title=maybe \(expected 1 \(on\) or 0 \(off\)\)bg=pink \(expected transparent\)… and 2 more values×$/,
    );
    await userEvent.click(within(notice).getByRole("button", { name: "Hide this notice" }));
    expect(screen.queryByRole("complementary", { name: "Link values ignored" })).toBeNull();
  });
});
