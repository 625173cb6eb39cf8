import { act, screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { makeDatasetFiles } from "../../../tests/fixtures/dataset";
import { datasetHandlers } from "../../../tests/msw/dataset-handlers";
import { server } from "../../../tests/msw/server";
import { renderApp } from "../../../tests/unit/render-app";

/** What the browser does when the connection drops or comes back: navigator.onLine and an event. */
function setConnection(online: boolean) {
  vi.spyOn(navigator, "onLine", "get").mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? "online" : "offline"));
  });
}

const OFFLINE = /You appear to be offline\. What is already loaded stays on screen/;

describe("offline", () => {
  it("says so when the data cannot be fetched, and loads by itself when the connection is back", async () => {
    server.use(http.get("*/data/*", () => HttpResponse.error()));
    renderApp("#/");
    const error = await screen.findByRole("alert", {}, { timeout: 10_000 });
    expect(within(error).getByRole("heading")).toHaveTextContent(
      "You appear to be offline: the dashboard data could not be loaded",
    );
    expect(error).toHaveTextContent("data/manifest.json");
    expect(error).toHaveTextContent("could not be fetched: no answer (you may be offline)");

    setConnection(false);
    expect(screen.getByText(OFFLINE)).toBeInTheDocument();

    // Back online: no click on "Try again", the failed request is made again.
    server.use(...datasetHandlers(makeDatasetFiles()));
    setConnection(true);
    expect(await screen.findByTestId("activity-count", {}, { timeout: 10_000 })).toHaveTextContent("5");
    expect(screen.queryByText(OFFLINE)).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("keeps what is loaded on screen when the connection drops", async () => {
    server.use(...datasetHandlers(makeDatasetFiles()));
    renderApp("#/");
    expect(await screen.findByTestId("activity-count", {}, { timeout: 10_000 })).toHaveTextContent("5");
    server.use(http.get("*/data/*", () => HttpResponse.error()));
    setConnection(false);
    expect(screen.getByText(OFFLINE)).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Activities by SDG" })).toBeInTheDocument();
    expect(screen.getByTestId("activity-count")).toHaveTextContent("5");
    setConnection(true);
    expect(screen.queryByText(OFFLINE)).not.toBeInTheDocument();
    expect(screen.getByTestId("activity-count")).toHaveTextContent("5");
  });
});
