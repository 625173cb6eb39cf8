import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeDatasetFiles, type makeReport } from "../../tests/fixtures/dataset";
import { datasetHandlers } from "../../tests/msw/dataset-handlers";
import { server } from "../../tests/msw/server";
import { renderApp } from "../../tests/unit/render-app";

// Fixture: 2022 has T1 (ITU-D, C2, SDG 9) and T2 (GS, no links); 2023 has T3 (like T1),
// T4 (ITU-D, C4, SDGs 4 and 5) and T5 (no sector, C2, SDG 9).
async function openActivities(hash: string) {
  server.use(...datasetHandlers(makeDatasetFiles()));
  renderApp(hash);
  // The first test also pays for loading the lazy page module.
  return screen.findByTestId("activity-count", {}, { timeout: 5000 });
}

describe("activities explorer", () => {
  it("shows the filtered count, politely announced, and the URL's filters", async () => {
    const count = await openActivities("#/activities?sdg=9");
    expect(count).toHaveTextContent("3");
    expect(count.closest("[role=status]")).toHaveAttribute("aria-live", "polite");
    expect(screen.getByRole("status")).toHaveTextContent("3 activities of 5");
  });

  it("shows live facet counts on the SDG tiles and in the menus", async () => {
    await openActivities("#/activities?year=2023");
    expect(screen.getByRole("button", { name: "9 Goal 9 2 activities" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Sector", expanded: false }));
    const itu = screen.getByRole("checkbox", { name: /ITU-D/ });
    expect(itu.closest("label")).toHaveTextContent("2");
  });

  it("sorts by a column header and writes the sort into the URL", async () => {
    await openActivities("#/activities?year=2023");
    await userEvent.click(screen.getByRole("button", { name: /^Title/ }));
    expect(window.location.hash).toBe("#/activities?year=2023&sort=title");
    const header = screen.getByRole("columnheader", { name: /Title/ });
    expect(header).toHaveAttribute("aria-sort", "ascending");
  });

  it("opens a row's detail with every field and its source, and closes it with Escape", async () => {
    await openActivities("#/activities");
    await userEvent.click(screen.getByRole("button", { name: "Activity T4" }));
    expect(window.location.hash).toBe("#/activities?activity=T4");
    const detail = screen.getByRole("region", { name: "Activity T4" });
    expect(within(detail).getByRole("link", { name: /https:\/\/www\.itu\.int\/en\// })).toHaveAttribute(
      "rel",
      "noopener noreferrer",
    );
    expect(detail).toHaveTextContent(/C4 Action line C4\W*\(stated\)/);
    await userEvent.keyboard("{Escape}");
    expect(window.location.hash).toBe("#/activities");
  });

  it("marks a copy and a press source in the table and the detail, and sorts official sources first", async () => {
    const files = makeDatasetFiles();
    const report = files["reports/2023.json"] as ReturnType<typeof makeReport>;
    report.activities[0]!.sources = [{ url: "https://studylib.net/doc/1/x", kind: "copy" }];
    // A user's file may give no kind: the host rules say what it is.
    report.activities[1]!.sources = [{ url: "https://dig.watch/event/x" }];
    server.use(...datasetHandlers(files));
    renderApp("#/activities?year=2023&sort=source");
    await screen.findByTestId("activity-count", {}, { timeout: 5000 });
    const sourceCells = screen
      .getAllByRole("row")
      .slice(1)
      .map((row) => within(row).getAllByRole("cell").at(-1)!);
    expect(sourceCells.map((cell) => cell.textContent?.replace(/\s*\(opens in a new tab\)/, ""))).toEqual([
      "itu.int",
      "studylib.netcopy",
      "dig.watchpress",
    ]);
    await userEvent.click(screen.getByRole("button", { name: "Activity T3" }));
    const detail = screen.getByRole("region", { name: "Activity T3" });
    expect(within(detail).getByText("copy")).toHaveAttribute(
      "title",
      "a third-party copy of an ITU or UN document",
    );
  });

  it("hides a column through the column menu, kept in the URL", async () => {
    await openActivities("#/activities");
    await userEvent.click(screen.getByRole("button", { name: /^Columns/, expanded: false }));
    await userEvent.click(screen.getByRole("checkbox", { name: "Summary" }));
    expect(window.location.hash).toBe("#/activities?hide=summary");
    expect(screen.queryByRole("columnheader", { name: "Summary" })).not.toBeInTheDocument();
  });
});
