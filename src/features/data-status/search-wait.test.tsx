import { act, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { makeDatasetFiles } from "../../../tests/fixtures/dataset";
import { datasetHandlers } from "../../../tests/msw/dataset-handlers";
import { server } from "../../../tests/msw/server";
import { renderApp } from "../../../tests/unit/render-app";

// The text search module arrives only when the test lets it.
const textSearch = vi.hoisted(() => {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { arrived, release };
});
vi.mock("../../domain/text-search", async (importOriginal) => {
  await textSearch.arrived;
  return importOriginal();
});

describe("a query while the text search loads", () => {
  it("shows a loading state, never the numbers without the query, then the query's numbers", async () => {
    // Fixture: five activities, one of them (T4) titled "Activity T4".
    server.use(...datasetHandlers(makeDatasetFiles()));
    renderApp("#/");
    expect(await screen.findByTestId("activity-count", {}, { timeout: 10_000 })).toHaveTextContent("5");

    act(() => {
      window.location.hash = "#/?q=T4";
      window.dispatchEvent(new HashChangeEvent("hashchange"));
    });
    expect(await screen.findByText("Loading the WSIS reports…")).toBeInTheDocument();
    expect(screen.queryByTestId("activity-count")).not.toBeInTheDocument();

    textSearch.release();
    expect(await screen.findByTestId("activity-count", {}, { timeout: 10_000 })).toHaveTextContent("1");
  });
});
