import { act, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { makeDatasetFiles } from "../../tests/fixtures/dataset";
import { datasetHandlers } from "../../tests/msw/dataset-handlers";
import { server } from "../../tests/msw/server";
import { renderApp } from "../../tests/unit/render-app";

// The overview's model is computed by the page itself, outside any chart's boundary: a fault there
// takes the page down, and only the page.
vi.mock("../shared/views/overview-model", () => ({
  buildOverviewModel: () => {
    throw new Error("overview model fault");
  },
}));

describe("a page that fails", () => {
  it("shows an error card in place of the page; the header works and other routes render", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    server.use(...datasetHandlers(makeDatasetFiles()));
    renderApp("#/");
    expect(await screen.findByRole("alert", {}, { timeout: 10_000 })).toHaveTextContent(
      "This page could not be shown.",
    );
    expect(screen.getByRole("navigation", { name: "Main" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Load data" })).toBeInTheDocument();

    act(() => {
      window.location.hash = "#/activities";
    });
    expect(await screen.findByTestId("activity-count", {}, { timeout: 10_000 })).toHaveTextContent("5");
    expect(screen.queryByText("This page could not be shown.")).not.toBeInTheDocument();
  });
});
