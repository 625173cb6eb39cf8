import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { makeDatasetFiles } from "../../../tests/fixtures/dataset";
import { datasetHandlers } from "../../../tests/msw/dataset-handlers";
import { server } from "../../../tests/msw/server";
import { renderApp } from "../../../tests/unit/render-app";
import type * as BarOption from "../../shared/views/bar.option";
import type { CountRow } from "../../shared/views/chart-rows";

const fault = vi.hoisted(() => ({ on: false }));

// The SDG chart's option builder throws while the fault is on; the sector chart uses the same builder
// and keeps working, so the failure is one chart's, not the builder's.
vi.mock("../../shared/views/bar.option", async (importOriginal) => {
  const actual = await importOriginal<typeof BarOption>();
  return {
    ...actual,
    buildBarOption: (rows: readonly CountRow[], ...rest: unknown[]) => {
      if (fault.on && rows.some((row) => /^\d+$/.test(row.value))) throw new Error("option builder fault");
      return (actual.buildBarOption as (...args: unknown[]) => unknown)(rows, ...rest);
    },
  };
});

describe("a chart that fails", () => {
  it("shows an error card with Retry; the other charts and the filters keep working", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    fault.on = true;
    server.use(...datasetHandlers(makeDatasetFiles()));
    renderApp("#/");
    await screen.findByTestId("activity-count", {}, { timeout: 10_000 });
    const card = screen.getByRole("alert");
    expect(card).toHaveTextContent("The chart by SDG could not be shown.");
    expect(screen.queryByRole("group", { name: "Activities by SDG" })).not.toBeInTheDocument();
    expect(logged.mock.calls.flat().some((arg) => String(arg).includes("option builder fault"))).toBe(true);

    // The rest of the page still works: a click on the sector chart filters every other panel.
    const sectors = screen.getByRole("group", { name: "Activities by sector" });
    await userEvent.click(within(sectors).getByRole("button", { name: /^GS/ }));
    expect(screen.getByTestId("activity-count")).toHaveTextContent("1");
    expect(screen.getByRole("group", { name: "Action lines × SDGs" })).toBeInTheDocument();

    fault.on = false;
    await userEvent.click(within(card).getByRole("button", { name: "Retry" }));
    expect(screen.getByRole("group", { name: "Activities by SDG" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
