import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeActivity, makeReference, makeReport } from "../../../tests/fixtures/dataset";
import type { ShareableChart } from "../../components/chart/chart-actions";
import { ShareMenu } from "./ShareMenu";

const chart: ShareableChart = {
  view: "sdgs",
  title: "Activities by SDG",
  optionFor: () => ({}),
  table: [
    ["SDG", "Activities"],
    ["SDG 5", 3],
  ],
};

function renderMenu() {
  render(
    <ShareMenu
      chart={chart}
      filters={{ years: [2023], sectors: [], lines: [], sdgs: [5], q: "" }}
      reference={makeReference()}
      reports={[makeReport(2023, [makeActivity({ id: "A1" })])]}
      params={new URLSearchParams("sdg=5&year=2023")}
    />,
  );
  return screen.getByRole("button", { name: /^Share\s*Activities by SDG$/ });
}

afterEach(() => vi.unstubAllGlobals());

// The panel is a chunk of its own: these check that it still arrives on the first open, by mouse and keys.
describe("ShareMenu", () => {
  it("opens with a click and shows the panel once its code is in", async () => {
    const trigger = renderMenu();
    await userEvent.click(trigger);
    expect(trigger).toHaveAttribute("aria-expanded", "true");
    expect(await screen.findByRole("button", { name: "Copy link to this view" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Download the numbers (CSV)" })).toBeInTheDocument();
  });

  it("opens with Enter from the keyboard, and Tab goes from the trigger into the panel", async () => {
    const trigger = renderMenu();
    await userEvent.tab();
    expect(trigger).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    const first = await screen.findByRole("button", { name: "Copy link to this view" });
    await userEvent.tab();
    expect(first).toHaveFocus();
  });

  it("downloads the chart's numbers as a CSV named after the filters", async () => {
    const created: Blob[] = [];
    vi.stubGlobal(
      "URL",
      Object.assign(URL, { createObjectURL: (blob: Blob) => (created.push(blob), "blob:x") }),
    );
    URL.revokeObjectURL = () => {};
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await userEvent.click(renderMenu());
    await userEvent.click(await screen.findByRole("button", { name: "Download the numbers (CSV)" }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect(names).toEqual(["wsis-sdgs_year-2023_sdg-5.csv"]);
    expect(await created[0]!.text()).toContain("SDG 5");
    expect(await screen.findByRole("status")).toHaveTextContent(/CSV/);
  });
});
