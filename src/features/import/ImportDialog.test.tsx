import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeDatasetFiles } from "../../../tests/fixtures/dataset";
import { TEN_ROWS_CSV, toCsvText, validRow } from "../../../tests/fixtures/import-csv";
import { datasetHandlers } from "../../../tests/msw/dataset-handlers";
import { server } from "../../../tests/msw/server";
import { renderAppWithStore } from "../../../tests/unit/render-app-with-store";
import { MAX_IMPORT_BYTES } from "../../data/import/import-limits";
import { createMemoryStore } from "../../data/user-datasets/user-dataset-store";

// The fixture has 5 shipped activities: T1, T2 in 2022; T3, T4, T5 in 2023.
async function openImport(hash = "#/") {
  server.use(...datasetHandlers(makeDatasetFiles()));
  const view = renderAppWithStore(hash);
  // The first test also pays for loading the lazy page and dialog modules.
  await screen.findByTestId("activity-count", {}, { timeout: 5000 });
  await userEvent.click(screen.getByRole("button", { name: "Load data" }));
  return { ...view, dialog: await screen.findByRole("dialog", { name: "Load data" }, { timeout: 5000 }) };
}

async function upload(dialog: HTMLElement, file: File) {
  await userEvent.upload(within(dialog).getByLabelText("Choose a file"), file);
  return within(dialog).findByRole("region", { name: file.name });
}

const csvFile = (text: string, name = "ten.csv") => new File([text], name, { type: "text/csv" });

describe("Load data", () => {
  it("shows each bad row's line, column and reason, imports the valid rows, then removes them", async () => {
    const { dialog, store } = await openImport();
    const review = await upload(dialog, csvFile(TEN_ROWS_CSV));
    expect(within(review).getByTestId("import-summary")).toHaveTextContent(
      "10 rows read: 7 valid, 3 with problems.",
    );
    const table = within(review).getByRole("table", { name: "3 problems" });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole("cell")
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ["5U26-03", "sdgs", "SDG 19 does not exist; SDGs are 1-17"],
      [
        "8U26-06",
        "source_urls",
        '"javascript:alert(1)" is not a web address; sources start with https:// or http://',
      ],
      ["11U26-09", "action_lines", '"C12": must be an action line code such as "C2" or "C7.e-health"'],
    ]);
    expect(await store.list()).toEqual([]);

    await userEvent.click(within(review).getByRole("button", { name: "Import 7 valid rows" }));
    expect(
      await within(dialog).findByText("Imported 7 activities from ten.csv as user data for 2026."),
    ).toBeInTheDocument();
    expect(await store.list()).toHaveLength(1);
    const list = within(dialog).getByRole("region", { name: "Your datasets" });
    expect(list).toHaveTextContent(/ten\.csv2026 · 7 activities · added · loaded/);

    await userEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.getByTestId("activity-count")).toHaveTextContent("12");
    expect(screen.getByRole("complementary", { name: "User data" })).toHaveTextContent(
      "7 activities of 2026 come from data loaded in this browser (ten.csv), not from ITU.",
    );

    await userEvent.click(screen.getByRole("button", { name: "Load data" }));
    await userEvent.click(await screen.findByRole("button", { name: "Remove ten.csv" }));
    expect(await screen.findByText(/None yet/)).toBeInTheDocument();
    expect(await store.list()).toEqual([]);
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.getByTestId("activity-count")).toHaveTextContent("5");
    expect(screen.queryByRole("complementary", { name: "User data" })).toBeNull();
  });

  it("takes a file dropped on the drop zone", async () => {
    const { dialog } = await openImport();
    const file = new File([JSON.stringify({ formatVersion: 1, reports: [] })], "empty.json");
    fireEvent.drop(within(dialog).getByTestId("drop-zone"), { dataTransfer: { files: [file] } });
    const review = await within(dialog).findByRole("region", { name: "empty.json" });
    expect(
      within(review).getByRole("row", { name: /reports must be a list of at least one report/ }),
    ).toBeInTheDocument();
  });

  it("changes nothing when the user cancels", async () => {
    const { dialog, store } = await openImport();
    const review = await upload(dialog, csvFile(TEN_ROWS_CSV));
    await userEvent.click(within(review).getByRole("button", { name: "Cancel" }));
    expect(within(dialog).queryByRole("region", { name: "ten.csv" })).toBeNull();
    expect(await store.list()).toEqual([]);
  });

  it("refuses a file over the size limit before reading it", async () => {
    const { dialog } = await openImport();
    const big = csvFile("id\n", "huge.csv");
    Object.defineProperty(big, "size", { value: MAX_IMPORT_BYTES + 1 });
    await userEvent.upload(within(dialog).getByLabelText("Choose a file"), big);
    expect(within(dialog).getByRole("alert")).toHaveTextContent(
      "huge.csv was not loaded: the file is 20.0 MB; files up to 20.0 MB can be loaded: split it by year and load the parts.",
    );
    expect(within(dialog).getByRole("alert").textContent).not.toContain("..");
  });

  it("offers to replace a shipped year, which frees its ids", async () => {
    const { dialog } = await openImport();
    const text = toCsvText([validRow("T3", { year: "2023" }), validRow("N1", { year: "2023" })]);
    const review = await upload(dialog, csvFile(text, "redo-2023.csv"));
    expect(within(review).getByRole("table")).toHaveTextContent(
      'id "T3" is already used by the shipped 2023 report; give this record another id',
    );
    await userEvent.click(within(review).getByRole("radio", { name: /Replace it with this data/ }));
    expect(within(review).queryByRole("table")).toBeNull();
    await userEvent.click(within(review).getByRole("button", { name: "Import 2 rows" }));
    await within(dialog).findByText(/Imported 2 activities/);
    await userEvent.click(within(dialog).getByRole("button", { name: "Close" }));
    // 2022: T1, T2; 2023: the two user rows instead of T3, T4, T5.
    expect(screen.getByTestId("activity-count")).toHaveTextContent("4");
    expect(screen.getByRole("complementary", { name: "User data" })).toHaveTextContent(
      "They replace the shipped report of 2023.",
    );
  });

  it("names record and field for JSON files", async () => {
    const { dialog } = await openImport();
    const json = JSON.stringify({ formatVersion: 1, meta: { year: 2026 }, activities: [] });
    const review = await upload(dialog, new File([json], "draft.json", { type: "application/json" }));
    expect(within(review).getByRole("columnheader", { name: "Field" })).toBeInTheDocument();
    expect(within(review).getByRole("row", { name: /meta\.title/ })).toBeInTheDocument();
    expect(within(review).getByRole("button", { name: /^Import/ })).toBeDisabled();
  });

  it("loads ?dataset= at once and drops it from the link once imported", async () => {
    server.use(...datasetHandlers(makeDatasetFiles()));
    let requests = 0;
    const { http, HttpResponse } = await import("msw");
    server.use(
      http.get("https://data.example.org/wsis-2026.csv", () => {
        requests += 1;
        return new HttpResponse(toCsvText([validRow("W1")]));
      }),
    );
    renderAppWithStore("#/?dataset=https%3A%2F%2Fdata.example.org%2Fwsis-2026.csv&sdg=9");
    const dialog = await screen.findByRole("dialog", { name: "Load data" }, { timeout: 5000 });
    const review = await within(dialog).findByRole("region", { name: "wsis-2026.csv" }, { timeout: 5000 });
    await userEvent.click(within(review).getByRole("button", { name: "Import 1 row" }));
    await within(dialog).findByText(/Imported 1 activity/);
    expect(window.location.hash).toBe("#/?sdg=9");
    expect(within(dialog).getByRole("region", { name: "Your datasets" })).toHaveTextContent(
      "https://data.example.org/wsis-2026.csv",
    );
    expect(requests).toBe(1);
  });

  it("says which saved data it had to leave out, and why", async () => {
    server.use(...datasetHandlers(makeDatasetFiles()));
    const { makeActivity, makeReport } = await import("../../../tests/fixtures/dataset");
    const report = makeReport(2026, [makeActivity({ id: "T1" }), makeActivity({ id: "N1" })]);
    const store = createMemoryStore([
      {
        id: "old",
        label: "older.csv",
        source: "file",
        importedAt: "2026-01-01T00:00:00Z",
        mode: "add",
        reports: [{ ...report, meta: { ...report.meta, kind: "user" } }],
      },
    ]);
    renderAppWithStore("#/", store);
    expect(await screen.findByTestId("activity-count", {}, { timeout: 5000 })).toHaveTextContent("6");
    const notice = screen.getByRole("complementary", { name: "User data" });
    expect(notice).toHaveTextContent("1 activity of 2026 comes from data loaded in this browser (older.csv)");
    expect(notice).toHaveTextContent(
      "older.csv › record T1 › field id: left out: the id is already used by the shipped 2022 report",
    );
  });
});
