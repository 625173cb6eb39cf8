import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeDatasetFiles } from "../../../tests/fixtures/dataset";
import { HOSTILE, HOSTILE_CSV } from "../../../tests/fixtures/hostile-strings";
import { datasetHandlers } from "../../../tests/msw/dataset-handlers";
import { server } from "../../../tests/msw/server";
import { renderAppWithStore } from "../../../tests/unit/render-app-with-store";

/** Nothing from the file may become an element or a link: only text. (The real browser test runs it too.) */
function expectInert(container: HTMLElement) {
  expect(container.querySelectorAll("img, script, svg:not([aria-hidden]) [onload], b")).toHaveLength(0);
  expect(container.querySelector('[href^="javascript:" i]')).toBeNull();
  expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
}

describe("hostile strings in a loaded file", () => {
  it("are shown as text in the review and in the activities, and unsafe rows are refused", async () => {
    server.use(...datasetHandlers(makeDatasetFiles()));
    const { container } = renderAppWithStore("#/activities");
    await screen.findByTestId("activity-count", {}, { timeout: 5000 });
    await userEvent.click(screen.getByRole("button", { name: "Load data" }));
    const dialog = await screen.findByRole("dialog", { name: "Load data" }, { timeout: 5000 });
    await userEvent.upload(
      within(dialog).getByLabelText("Choose a file"),
      new File([HOSTILE_CSV], "hostile.csv", { type: "text/csv" }),
    );
    const review = await within(dialog).findByRole("region", { name: "hostile.csv" });
    expect(within(review).getByTestId("import-summary")).toHaveTextContent(
      "5 rows read: 3 valid, 2 with problems.",
    );
    expect(within(review).getByRole("table")).toHaveTextContent(HOSTILE.markup.slice(0, 60));
    expectInert(container);

    await userEvent.click(within(review).getByRole("button", { name: "Import 3 valid rows" }));
    await within(dialog).findByText(/Imported 3 activities/);
    await userEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.getByTestId("activity-count")).toHaveTextContent("8");
    expect(screen.getAllByText(HOSTILE.markup).length).toBeGreaterThan(0);
    expectInert(container);
  });
});
