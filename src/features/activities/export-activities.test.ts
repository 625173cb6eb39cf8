import { describe, expect, it } from "vitest";
import { makeActivity, makeReport } from "../../../tests/fixtures/dataset";
import { flattenReports } from "../../domain/activity-record";
import { activitiesToCsv, activitiesToJson } from "./export-activities";

describe("activitiesToCsv", () => {
  it("carries each source's kind next to the sources, in the same order", () => {
    const rows = flattenReports([
      makeReport(2023, [
        makeActivity({
          id: "K1",
          sources: [{ url: "https://www.itu.int/en/" }, { url: "https://studylib.net/doc/1", kind: "copy" }],
        }),
      ]),
    ]);
    const [header, line] = activitiesToCsv(rows, ["source"])
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(header).toBe("id,sources,source_kinds");
    expect(line).toBe("K1,https://www.itu.int/en/ | https://studylib.net/doc/1,official | copy");
  });

  it("leaves the kinds out when the source column is hidden", () => {
    const rows = flattenReports([makeReport(2023, [makeActivity({ id: "K1" })])]);
    expect(activitiesToCsv(rows, ["title"]).split("\r\n")[0]).toBe("\uFEFFid,title");
  });

  it("gives every source its kind in the JSON, derived from the site when the file had none", () => {
    const rows = flattenReports([
      makeReport(2023, [makeActivity({ id: "K1", sources: [{ url: "https://dig.watch/x" }] })]),
    ]);
    const [record] = JSON.parse(activitiesToJson(rows)) as Array<{ sources: unknown[] }>;
    expect(record!.sources).toEqual([{ url: "https://dig.watch/x", kind: "press" }]);
  });
});
