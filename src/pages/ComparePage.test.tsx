import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { makeActivity, makeManifest, makeReference, makeReport } from "../../tests/fixtures/dataset";
import { datasetHandlers, type FakeFile } from "../../tests/msw/dataset-handlers";
import { server } from "../../tests/msw/server";
import { renderApp } from "../../tests/unit/render-app";
import type { Indicators } from "../schema/indicators";

const gs = { code: "GS", basis: "assigned" } as const;
const itud = { code: "ITU-D", basis: "stated" } as const;

// 2021: 1 activity; 2022: 3; 2023: 4. The WSIS Forum and the drill continue (the Forum under a new
// title); the old programme stops; the radio seminar (ITU-R, absent in 2022) and the skills push are new.
const indicators: Indicators = {
  formatVersion: 1,
  metrics: [{ id: "forum", label: "Forum participants", group: "WSIS Forum" }],
  points: [2022, 2023].map((year) => ({
    metric: "forum",
    year,
    value: year === 2022 ? 1000 : 1500,
    unit: "participants",
    sources: [`https://www.itu.int/forum/${year}`],
  })),
};

function files(overrides: Record<string, FakeFile> = {}): Record<string, FakeFile> {
  return {
    "manifest.json": makeManifest([2021, 2022, 2023]),
    "reference.json": makeReference(),
    "indicators.json": indicators,
    "reports/2021.json": makeReport(2021, [
      makeActivity({
        id: "F21",
        key: "wsis-forum",
        title: "WSIS Forum 2021",
        sector: gs,
        actionLines: [],
        sdgs: [],
      }),
    ]),
    "reports/2022.json": makeReport(2022, [
      makeActivity({
        id: "F22",
        key: "wsis-forum",
        title: "WSIS Forum 2022",
        sector: gs,
        actionLines: [],
        sdgs: [],
      }),
      makeActivity({ id: "D22", key: "cyber-drill", title: "Cyber drill for Africa", sector: itud }),
      makeActivity({ id: "G22", key: "old-programme", title: "Old programme", sector: itud }),
    ]),
    "reports/2023.json": makeReport(2023, [
      makeActivity({
        id: "F23",
        key: "wsis-forum",
        title: "WSIS Forum 2023: hybrid",
        sector: gs,
        actionLines: [],
        sdgs: [],
      }),
      makeActivity({ id: "D23", key: "cyber-drill", title: "Cyber drill for Africa", sector: itud }),
      makeActivity({
        id: "R23",
        key: "radio-seminar",
        title: "Radio seminar",
        sector: { code: "ITU-R", basis: "stated" },
        sources: [{ url: "https://www.itu.int/en/ITU-R/seminars/" }],
      }),
      makeActivity({ id: "N23", key: "skills-push", title: "Digital skills push", sector: itud }),
    ]),
    ...overrides,
  };
}

async function openCompare(hash: string, overrides?: Record<string, FakeFile>) {
  server.use(...datasetHandlers(files(overrides)));
  renderApp(hash);
  // The page is lazy-loaded: its first import in a run can take longer than findBy's default second.
  return screen.findByTestId("total-change", {}, { timeout: 5000 });
}

const selectedYear = (name: RegExp) => (screen.getByRole("combobox", { name }) as HTMLSelectElement).value;

async function showTable(cardName: string) {
  const card = screen.getByRole("region", { name: cardName });
  await userEvent.click(within(card).getByRole("button", { name: "Show as table" }));
  return card;
}

describe("#/compare", () => {
  it("compares the latest two report years by default, and says what compiled years mean", async () => {
    expect(await openCompare("#/compare")).toHaveTextContent("3 → 4");
    expect(selectedYear(/^From/)).toBe("2022");
    expect(selectedYear(/^To/)).toBe("2023");
    expect(screen.getByRole("region", { name: "Years compared" })).toHaveTextContent(
      "With compiled data, “A vs B” compares activity years",
    );
    expect(screen.getByRole("complementary", { name: "About this data" })).toBeInTheDocument();
  });

  it("reads a and b from the URL, and writes them back when a year is picked", async () => {
    expect(await openCompare("#/compare?a=2021&b=2023")).toHaveTextContent("1 → 4");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^From/ }), "2022");
    expect(window.location.hash).toBe("#/compare");
    expect(screen.getByTestId("total-change")).toHaveTextContent("3 → 4");
    await userEvent.click(screen.getByRole("button", { name: /^Swap the years/ }));
    expect(window.location.hash).toBe("#/compare?a=2023&b=2022");
    expect(screen.getByTestId("total-change")).toHaveTextContent("4 → 3");
  });

  it("falls back to the default for a bad a, with a visible notice", async () => {
    expect(await openCompare("#/compare?a=20x2&b=2021")).toHaveTextContent("3 → 1");
    const notice = await screen.findByRole("complementary", { name: "Link values ignored" });
    expect(notice).toHaveTextContent("a=20x2 (a year has four digits, e.g. 2023; showing 2022)");
  });

  it("allows A = B: every change is zero", async () => {
    expect(await openCompare("#/compare?a=2023&b=2023")).toHaveTextContent("4 → 4");
    expect(screen.getByTestId("added-count")).toHaveTextContent("0");
    expect(screen.getByTestId("removed-count")).toHaveTextContent("0");
    expect(screen.getByTestId("compare-sums")).toHaveTextContent(
      "2023: 0 new + 4 continued = 4 activities. 2023: 4 continued + 0 no longer reported = 4 activities.",
    );
  });

  it("shows 'new' rather than a percentage when A is 0, and the tables sort", async () => {
    await openCompare("#/compare");
    const card = await showTable("Change by sector");
    const radio = within(card).getByRole("row", { name: /ITU-R/ });
    expect(
      within(radio)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["0", "1", "▲ +1", "new"]);
    const itud = within(card).getByRole("row", { name: /ITU-D/ });
    expect(
      within(itud)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["2", "2", "■ 0", "0%"]);

    const header = within(card).getByRole("columnheader", { name: /% change/ });
    await userEvent.click(within(header).getByRole("button"));
    expect(header).toHaveAttribute("aria-sort", "descending");
    expect(within(card).getAllByRole("row")[1]).toHaveTextContent(/^ITU-R/);
  });

  it("lists new, continued and no longer reported initiatives by key, with detail and source links", async () => {
    await openCompare("#/compare");
    const added = screen.getByRole("region", { name: /^New in 2023/ });
    expect(
      within(added)
        .getAllByRole("listitem")
        .map((item) => item.querySelector("a")?.textContent),
    ).toEqual(["Radio seminar", "Digital skills push"]);
    expect(within(added).getByRole("link", { name: "Radio seminar" })).toHaveAttribute(
      "href",
      "#/activities?activity=R23",
    );
    const source = within(added).getAllByRole("link", { name: /itu\.int/ })[0]!;
    expect(source).toHaveAttribute("target", "_blank");
    expect(source).toHaveAttribute("rel", "noopener noreferrer");

    const continued = screen.getByRole("region", { name: /^Continued/ });
    expect(within(continued).getByRole("link", { name: "WSIS Forum 2023: hybrid" })).toBeInTheDocument();
    expect(within(continued).getByText("In 2022:").parentElement).toHaveTextContent(
      "In 2022: WSIS Forum 2022",
    );
    expect(within(continued).queryByText("Old programme")).toBeNull();

    const removed = screen.getByRole("region", { name: /^No longer reported/ });
    expect(within(removed).getByRole("link", { name: "Old programme" })).toBeInTheDocument();
  });

  it("filters each list with its own box", async () => {
    await openCompare("#/compare");
    const added = screen.getByRole("region", { name: /^New in 2023/ });
    await userEvent.type(within(added).getByRole("searchbox", { name: /Filter/ }), "radio");
    expect(within(added).getAllByRole("listitem")).toHaveLength(1);
    expect(within(added).getByRole("status")).toHaveTextContent("1 of 2 match");
  });

  it("applies the shared filters but not the year filter, which it explains", async () => {
    expect(await openCompare("#/compare?sector=ITU-D&year=2021")).toHaveTextContent("2 → 2");
    expect(screen.queryByRole("group", { name: "Report year" })).toBeNull();
    expect(
      screen.getByText(/The report-year filter of the other pages \(2021\) does not apply here/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Remove filter Sector ITU-D" }));
    expect(window.location.hash).toBe("#/compare?year=2021");
    expect(screen.getByTestId("total-change")).toHaveTextContent("3 → 4");
  });

  it("shows ITU's roles where they differ between the editions in force", async () => {
    await openCompare("#/compare");
    const roles = screen.getByRole("region", { name: "ITU's role per action line" });
    const table = within(roles).getByRole("table", { name: /differs between 2022 and 2023/ });
    expect(within(table).getByRole("row", { name: /^C2/ })).toHaveTextContent(
      "facilitatorchanged: no role stated",
    );
    expect(within(table).getByRole("row", { name: /^C4/ })).toHaveTextContent(
      "no role statedchanged: facilitator",
    );
  });

  it("shows the yearly indicators with their change between A and B", async () => {
    await openCompare("#/compare");
    expect(await screen.findByTestId("indicator-summary")).toHaveTextContent(
      "2022 → 2023: 1,000 participants → 1,500 participants, ▲ +500 (+50%).",
    );
    const card = await showTable("Yearly indicators");
    const row = within(card).getByRole("row", { name: /^2023/ });
    expect(row).toHaveTextContent("1,500 participants▲ +500 (+50%) since 2022");
    expect(within(row).getByRole("link", { name: /itu\.int/ })).toHaveAttribute(
      "href",
      "https://www.itu.int/forum/2023",
    );
  });

  it("keeps the comparison when only the indicators fail", async () => {
    await openCompare("#/compare", { "indicators.json": { status: 500 } });
    expect(await screen.findByText("The yearly indicators could not be loaded")).toBeInTheDocument();
    expect(screen.getByTestId("total-change")).toHaveTextContent("3 → 4");
  });

  it("with one report year loaded, compares it with itself and says so", async () => {
    await openCompare("#/compare", {
      "manifest.json": makeManifest([2023]),
    });
    expect(screen.getByTestId("total-change")).toHaveTextContent("4 → 4");
    expect(screen.getByText(/Only one report year is loaded \(2023\)/)).toBeInTheDocument();
  });
});
