import { describe, expect, it } from "vitest";
import { makeReference } from "../../../tests/fixtures/dataset";
import { TEN_ROWS_CSV, toCsvText, validRow } from "../../../tests/fixtures/import-csv";
import type { ImportProgress } from "./import-result";
import { parseInBackground } from "./parse-in-background";

// jsdom has no Worker: these run the main-thread fallback, in slices.
describe("parseInBackground without a Worker", () => {
  it("parses a CSV file in slices, reporting progress up to the whole text", async () => {
    const rows = Array.from({ length: 1200 }, (_, index) => validRow(`R${index}`));
    const text = toCsvText(rows);
    const progress: ImportProgress[] = [];
    const result = await parseInBackground(
      { blob: new Blob([text]), fileName: "big.csv", reference: makeReference() },
      (update) => progress.push(update),
    );
    expect(result.validCount).toBe(1200);
    expect(progress[0]).toEqual({ phase: "reading", done: 0, total: 0 });
    const parsing = progress.filter((update) => update.phase === "parsing");
    expect(parsing.length).toBeGreaterThan(2);
    expect(parsing.at(-1)).toEqual({ phase: "parsing", done: text.length, total: text.length });
  });

  it("reads a file that is not UTF-8 as Windows-1252, and says so", async () => {
    const latin1 = new Uint8Array(
      [...new TextEncoder().encode(TEN_ROWS_CSV.replace("Rural", "R\u00e9ral"))].flatMap(
        (byte, index, all) =>
          byte === 0xc3 && all[index + 1] === 0xa9
            ? [0xe9]
            : byte === 0xa9 && all[index - 1] === 0xc3
              ? []
              : [byte],
      ),
    );
    const result = await parseInBackground(
      { blob: new Blob([latin1]), fileName: "excel.csv", reference: makeReference() },
      () => {},
    );
    expect(result.issues[0]!.message).toMatch(/^the file is not UTF-8/);
    expect(result.reports[0]!.activities[0]!.title).toBe("Réral broadband pilot");
  });

  it("stops when aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("cancelled"));
    await expect(
      parseInBackground(
        { blob: new Blob([TEN_ROWS_CSV]), fileName: "a.csv", reference: makeReference() },
        () => {},
        controller.signal,
      ),
    ).rejects.toThrow("cancelled");
  });
});
