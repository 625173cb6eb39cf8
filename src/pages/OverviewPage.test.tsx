import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeDatasetFiles } from "../../tests/fixtures/dataset";
import { datasetHandlers } from "../../tests/msw/dataset-handlers";
import { server } from "../../tests/msw/server";
import { renderApp } from "../../tests/unit/render-app";

// Fixture: 2022 has T1 (ITU-D, C2, SDG 9) and T2 (GS, no links); 2023 has T3 (like T1),
// T4 (ITU-D, C4, SDGs 4 and 5) and T5 (no sector, C2, SDG 9).
async function openOverview(hash: string) {
  server.use(...datasetHandlers(makeDatasetFiles()));
  renderApp(hash);
  return screen.findByTestId("activity-count");
}

describe("overview filters in the URL", () => {
  it("#/?sdg=9 shows only activities linked to SDG 9, with an SDG 9 chip", async () => {
    expect(await openOverview("#/?sdg=9")).toHaveTextContent("3");
    const chips = screen.getByRole("list", { name: "Active filters" });
    expect(within(chips).getByText("SDG 9: Goal 9")).toBeInTheDocument();
    expect(screen.getByTestId("kpi-sdgs")).toHaveTextContent("1 of 17");
    expect(screen.getByRole("button", { name: /9\s*Goal 9/, pressed: true })).toBeInTheDocument();
  });

  it("removing the chip restores the totals and writes the URL", async () => {
    await openOverview("#/?sdg=9");
    await userEvent.click(screen.getByRole("button", { name: "Remove filter SDG 9: Goal 9" }));
    expect(screen.getByTestId("activity-count")).toHaveTextContent("5");
    expect(window.location.hash).toBe("#/");
  });

  it("a click on a chart value toggles that filter in the URL", async () => {
    await openOverview("#/");
    const sectorChart = screen.getByRole("group", { name: "Activities by sector" });
    await userEvent.click(within(sectorChart).getByRole("button", { name: /^GS/ }));
    expect(window.location.hash).toBe("#/?sector=GS");
    expect(screen.getByTestId("activity-count")).toHaveTextContent("1");
  });

  it("a matrix cell filters by its line and SDG together", async () => {
    await openOverview("#/");
    const matrix = screen.getByRole("group", { name: "Action lines × SDGs" });
    await userEvent.click(within(matrix).getByRole("button", { name: /^C4 and SDG 5/ }));
    expect(window.location.hash).toBe("#/?line=C4&sdg=5");
    expect(screen.getByTestId("activity-count")).toHaveTextContent("1");
  });

  it("the table twin shows the same numbers and filters like the chart", async () => {
    await openOverview("#/?year=2023");
    const card = screen.getByRole("region", { name: "Activities by sector" });
    await userEvent.click(within(card).getByRole("button", { name: "Show as table" }));
    const row = within(card).getByRole("row", { name: /ITU-D/ });
    expect(row).toHaveTextContent("2");
    await userEvent.click(within(row).getByRole("button"));
    expect(window.location.hash).toBe("#/?year=2023&sector=ITU-D");
  });

  it("names the link values it ignored and still shows the rest", async () => {
    expect(await openOverview("#/?sdg=9~19&sector=ITU-X&year=1999")).toHaveTextContent("3");
    const notice = await screen.findByRole("complementary", { name: "Link values ignored" });
    expect(notice).toHaveTextContent("sdg=19 (SDGs are numbered 1 to 17)");
    expect(notice).toHaveTextContent("sector=ITU-X (not in the loaded data)");
    expect(notice).toHaveTextContent("year=1999 (not in the loaded data)");
  });

  it("shows an empty state when nothing matches", async () => {
    expect(await openOverview("#/?sdg=17")).toHaveTextContent("0");
    expect(screen.getByRole("heading", { name: "No activities match these filters" })).toBeInTheDocument();
  });

  it("the search box writes q to the URL when submitted", async () => {
    await openOverview("#/");
    await userEvent.type(screen.getByRole("searchbox", { name: "Search activities" }), "Activity T4{Enter}");
    expect(window.location.hash).toBe("#/?q=Activity%20T4");
    expect(screen.getByTestId("activity-count")).toHaveTextContent("1");
  });

  it("KPI tiles compare the latest year with the previous report year", async () => {
    await openOverview("#/");
    expect(screen.getByTestId("kpi-activities").closest("li")).toHaveTextContent("2023: 3 ▲ +1 vs 2022");
  });
});
