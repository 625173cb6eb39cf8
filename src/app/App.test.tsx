import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeActivity, makeDatasetFiles, makeReport } from "../../tests/fixtures/dataset";
import { datasetHandlers } from "../../tests/msw/dataset-handlers";
import { server } from "../../tests/msw/server";
import { renderApp } from "../../tests/unit/render-app";

function serve(overrides: Record<string, unknown> = {}) {
  server.use(...datasetHandlers({ ...makeDatasetFiles(), ...overrides }));
}

describe("loading the dataset", () => {
  it("shows a loading state, then the activities of every report", async () => {
    serve();
    renderApp();
    expect(
      screen
        .getAllByRole("status")
        .map((status) => status.textContent)
        .join(" "),
    ).toMatch(/Loading/);
    expect(await screen.findByTestId("activity-count")).toHaveTextContent("5");
    expect(screen.getByTestId("activity-count").closest("[role=status]")).toHaveTextContent(
      "5 activities match (all)",
    );
    expect(screen.getByRole("complementary", { name: "About this data" })).toHaveTextContent("Compiled data");
  });

  it("shows an error naming the file when the manifest is missing, with a retry", async () => {
    serve({ "manifest.json": undefined });
    renderApp();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The dashboard data could not be loaded");
    expect(alert).toHaveTextContent("data/manifest.json");
    expect(alert).toHaveTextContent("404");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  it("keeps the other years when one report answers 500", async () => {
    serve({ "reports/2022.json": { status: 500 } });
    renderApp();
    expect(await screen.findByTestId("activity-count")).toHaveTextContent("3");
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("The 2022 report could not be loaded");
    expect(alert).toHaveTextContent("data/reports/2022.json");
    expect(alert).toHaveTextContent("500");
  });

  it("reports malformed JSON in one report", async () => {
    serve({ "reports/2023.json": { malformed: '{"formatVersion": 1,' } });
    renderApp();
    expect(await screen.findByTestId("activity-count")).toHaveTextContent("2");
    expect(screen.getByRole("alert")).toHaveTextContent(/data\/reports\/2023\.json: not valid JSON/);
  });

  it("names the file, record and field of a schema error while the other year still shows", async () => {
    const broken = makeReport(2023, [
      makeActivity({ id: "T3" }),
      makeActivity({ id: "BAD-1", sdgs: [{ sdg: 19, basis: "stated" }] }),
    ]);
    serve({ "reports/2023.json": broken });
    renderApp();
    expect(await screen.findByTestId("activity-count")).toHaveTextContent("2");
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(
      "data/reports/2023.json › record BAD-1 › field sdgs[0].sdg: SDGs are numbered 1-17",
    );
  });

  it("shows data strings as text, never as markup", async () => {
    const hostile = makeReport(2023, [makeActivity({ id: "<img src=x onerror=alert(1)>" })]);
    serve({ "reports/2023.json": hostile });
    const { container } = renderApp();
    await screen.findByTestId("activity-count");
    expect(container.querySelector("img")).toBeNull();
  });
});
