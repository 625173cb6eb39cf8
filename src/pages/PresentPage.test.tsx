import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { makeDatasetFiles } from "../../tests/fixtures/dataset";
import { datasetHandlers } from "../../tests/msw/dataset-handlers";
import { server } from "../../tests/msw/server";
import { renderApp } from "../../tests/unit/render-app";
import { DECK_STORAGE_KEY, appendSlideToSavedDeck, readSavedDeck, saveDeck } from "../url-state/deck-storage";

const DECK = "sdgs!sdg.5~trend~matrix!year.2023!title.Our%20year";

async function openPresent(hash: string) {
  server.use(...datasetHandlers(makeDatasetFiles()));
  renderApp(hash);
  // The first test pays for transforming the page's lazy modules, which on a busy two-core machine can
  // take longer than the usual wait.
  return screen.findByRole("list", { name: "Slides" }, { timeout: 14_000 });
}

const slideTitles = (list: HTMLElement) =>
  within(list)
    .getAllByRole("textbox", { name: /^Title of slide/ })
    .map((input) => (input as HTMLInputElement).value || (input as HTMLInputElement).placeholder);

afterEach(() => window.localStorage.clear());

describe("#/present deck editor", () => {
  it("lists the slides of the deck in the URL, with their filters in words", async () => {
    const list = await openPresent(`#/present?deck=${DECK}`);
    expect(slideTitles(list)).toEqual([
      "Activities by SDG",
      "Activities per report year, by sector",
      "Our year",
    ]);
    const items = within(list).getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("By SDG · Filters: SDG 5: Goal 5");
    expect(items[1]).toHaveTextContent("Per year · All activities");
    expect(within(items[2]!).getByRole("link", { name: "Open view" })).toHaveAttribute(
      "href",
      expect.stringMatching(/#\/\?year=2023$/),
    );
  });

  it("moves and removes slides, writing the URL and remembering the deck", async () => {
    const list = await openPresent(`#/present?deck=${DECK}`);
    await userEvent.click(within(list).getByRole("button", { name: "Move down slide 1" }));
    expect(window.location.hash).toBe("#/present?deck=trend~sdgs!sdg.5~matrix!year.2023!title.Our%20year");
    await userEvent.click(screen.getByRole("button", { name: "Remove slide 3" }));
    expect(window.location.hash).toBe("#/present?deck=trend~sdgs!sdg.5");
    expect(slideTitles(screen.getByRole("list", { name: "Slides" }))).toEqual([
      "Activities per report year, by sector",
      "Activities by SDG",
    ]);
    expect(readSavedDeck().slides).toEqual([
      { view: "trend", query: "" },
      { view: "sdgs", query: "sdg=5" },
    ]);
  });

  it("renames a slide when its title field is left", async () => {
    const list = await openPresent("#/present?deck=trend");
    const title = within(list).getByRole("textbox", { name: "Title of slide 1" });
    await userEvent.type(title, "Ten years of work{Enter}");
    expect(window.location.hash).toBe("#/present?deck=trend!title.Ten%20years%20of%20work");
  });

  it("shows the deck saved in this browser when the URL has none", async () => {
    window.localStorage.setItem(
      DECK_STORAGE_KEY,
      JSON.stringify({ version: 1, slides: [{ view: "sectors", query: "sector=GS" }] }),
    );
    const list = await openPresent("#/present");
    expect(slideTitles(list)).toEqual(["Activities by sector"]);
    expect(list).toHaveTextContent("Filters: Sector GS");
  });

  it("says what it left out of a corrupt deck and never fails", async () => {
    server.use(...datasetHandlers(makeDatasetFiles()));
    renderApp("#/present?deck=pie!x~~%E0");
    expect(await screen.findByText(/The deck is empty/)).toBeInTheDocument();
    const item = screen.getByText("pie").closest("li")!;
    expect(item).toHaveTextContent(/^Slide 1: pie \(not a chart; charts: \u2068sectors, .*trend\u2069\)$/);
  });

  it("ignores a corrupt saved deck with a notice", async () => {
    window.localStorage.setItem(DECK_STORAGE_KEY, "{not json");
    server.use(...datasetHandlers(makeDatasetFiles()));
    renderApp("#/present");
    expect(await screen.findByText(/The deck is empty/)).toBeInTheDocument();
    expect(screen.getByText(/saved in this browser could not be read/)).toBeInTheDocument();
  });

  it("presents the deck and moves with the keys", async () => {
    await openPresent(`#/present?deck=${DECK}`);
    await userEvent.click(screen.getByRole("button", { name: "Present" }));
    const show = screen.getByRole("dialog", { name: "Slideshow" });
    expect(window.location.hash).toBe(`#/present?deck=${DECK}&slide=1`);
    expect(within(show).getByTestId("slide-number")).toHaveTextContent("1 / 3");
    await userEvent.keyboard("{End}");
    expect(within(show).getByRole("heading", { level: 2, name: "Our year" })).toBeInTheDocument();
    expect(show).toHaveTextContent("Filters: Year 2023");
    await userEvent.keyboard("{ArrowLeft}");
    expect(within(show).getByTestId("slide-number")).toHaveTextContent("2 / 3");
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(window.location.hash).toBe(`#/present?deck=${DECK}`);
  });

  it("draws a trend slide by SDG as shares, as its link says", async () => {
    await openPresent("#/present?deck=trend!by.sdg!share.1");
    await userEvent.click(screen.getByRole("button", { name: "Present" }));
    const show = screen.getByRole("dialog", { name: "Slideshow" });
    expect(
      await within(show).findByRole("region", { name: "Activities per report year, by SDG" }),
    ).toBeInTheDocument();
    expect(within(show).queryByRole("combobox", { name: "Draw by" })).toBeNull();
  });

  it("pins a chart from the overview's share menu, with the page's filters", async () => {
    server.use(...datasetHandlers(makeDatasetFiles()));
    renderApp("#/?sdg=9&year=2023");
    const card = await screen.findByRole("region", { name: "Activities by SDG" });
    await userEvent.click(within(card).getByText("Share"));
    // The panel's code is a chunk of its own: it is in a moment after the first open.
    await userEvent.click(await within(card).findByRole("button", { name: "Add to slide deck" }));
    // The saved deck's code loads on first use, so the confirmation comes a moment later.
    await waitFor(() =>
      expect(within(card).getByRole("status")).toHaveTextContent(
        "Added to the deck (1 slide) – open presentation",
      ),
    );
    await userEvent.click(within(card).getByRole("link", { name: "open presentation" }));
    const list = await screen.findByRole("list", { name: "Slides" });
    expect(slideTitles(list)).toEqual(["Activities by SDG"]);
    expect(list).toHaveTextContent("Filters: Year 2023 · SDG 9: Goal 9");
  });

  it("says how many slides the deck has now, not how many it had at the click", async () => {
    server.use(...datasetHandlers(makeDatasetFiles()));
    renderApp("#/");
    const card = await screen.findByRole("region", { name: "Activities by SDG" });
    await userEvent.click(within(card).getByText("Share"));
    // The panel's code is a chunk of its own: it is in a moment after the first open.
    await userEvent.click(await within(card).findByRole("button", { name: "Add to slide deck" }));
    const status = () => within(card).getByRole("status");
    await waitFor(() => expect(status()).toHaveTextContent("Added to the deck (1 slide)"));
    await userEvent.click(within(card).getByRole("button", { name: "Add to slide deck" }));
    await waitFor(() => expect(status()).toHaveTextContent("Added to the deck (2 slides)"));
    // Another chart (or another tab) adds one, and one is taken away in the editor: the line follows.
    act(() => void appendSlideToSavedDeck("trend", new URLSearchParams()));
    await waitFor(() => expect(status()).toHaveTextContent("Added to the deck (3 slides)"));
    act(() => void saveDeck([]));
    await waitFor(() => expect(status()).toBeEmptyDOMElement());
  });
});
