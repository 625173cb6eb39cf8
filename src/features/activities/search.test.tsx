import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeActivity, makeDatasetFiles, makeReport } from "../../../tests/fixtures/dataset";
import { datasetHandlers } from "../../../tests/msw/dataset-handlers";
import { server } from "../../../tests/msw/server";
import { renderApp } from "../../../tests/unit/render-app";

// 2022: S1 names cybersecurity in its summary only; 2023: S2 in its title, S3 as two words, S4 not at all.
function searchFiles() {
  return {
    ...makeDatasetFiles(),
    "reports/2022.json": makeReport(2022, [
      makeActivity({ id: "S1", title: "Regional forum", summary: "A session on cybersecurity." }),
    ]),
    "reports/2023.json": makeReport(2023, [
      makeActivity({ id: "S2", title: "Global Cybersecurity Index", summary: "Measures commitment." }),
      makeActivity({ id: "S3", title: "Cyber security drills", summary: "Exercises for teams." }),
      makeActivity({ id: "S4", title: "Spectrum management", summary: "Radio planning.", sdgs: [] }),
    ]),
  };
}

async function openActivities(hash: string) {
  server.use(...datasetHandlers(searchFiles()));
  renderApp(hash);
  return screen.findByTestId("activity-count", {}, { timeout: 5000 });
}

const shownTitles = () =>
  screen
    .getAllByRole("button", { name: /./ })
    .flatMap((button) => (button.classList.contains("title-button") ? [button.textContent] : []));

describe("searching activities", () => {
  it("forgives a typo, finds the split form, and agrees with the facet counts", async () => {
    const count = await openActivities("#/activities?q=cybersecurty");
    expect(count).toHaveTextContent("2");
    expect(shownTitles().sort()).toEqual(["Global Cybersecurity Index", "Regional forum"]);
    await userEvent.clear(screen.getByRole("searchbox"));
    await userEvent.type(screen.getByRole("searchbox"), "cybersecurity{Enter}");
    await expect.poll(() => screen.getByTestId("activity-count").textContent).toBe("3");
    expect(shownTitles()).toContain("Cyber security drills");
    // The SDG tile counts the same rows as the table (all three link SDG 9).
    expect(screen.getByRole("button", { name: "9 Goal 9 3 activities" })).toBeInTheDocument();
  });

  it("highlights the matched words in titles and summaries as <mark> elements", async () => {
    await openActivities("#/activities?q=cybersecurity");
    const title = screen.getByRole("button", { name: "Global Cybersecurity Index" });
    expect([...title.querySelectorAll("mark")].map((mark) => mark.textContent)).toEqual(["Cybersecurity"]);
    const split = screen.getByRole("button", { name: "Cyber security drills" });
    expect([...split.querySelectorAll("mark")].map((mark) => mark.textContent)).toEqual(["Cyber security"]);
    const summary = screen.getByText(/A session on/);
    expect(within(summary).getByText("cybersecurity").tagName).toBe("MARK");
  });

  it("sorts by relevance from the toolbar, kept in the URL, and back", async () => {
    await openActivities("#/activities?q=cybersecurity");
    // Default order without sort=relevance: newest year first.
    expect(shownTitles().at(-1)).toBe("Regional forum");
    const toggle = screen.getByRole("button", { name: "Best match first" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(toggle);
    expect(window.location.hash).toBe("#/activities?q=cybersecurity&sort=relevance");
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    // A title match ranks above a match in the summary only.
    const titles = shownTitles();
    expect(titles.indexOf("Global Cybersecurity Index")).toBeLessThan(titles.indexOf("Regional forum"));
    expect(screen.getByRole("table")).toHaveAccessibleName(/relevance, best match first/);
    await userEvent.click(toggle);
    expect(window.location.hash).toBe("#/activities?q=cybersecurity");
  });

  it("shows the default order for sort=relevance without a query, and no toggle", async () => {
    await openActivities("#/activities?sort=relevance");
    expect(screen.queryByRole("button", { name: "Best match first" })).toBeNull();
    expect(shownTitles()[0]).not.toBe("Regional forum");
    expect(screen.getByRole("columnheader", { name: /Year/ })).toHaveAttribute("aria-sort", "descending");
  });
});
