import { describe, expect, it } from "vitest";
import { withOriginals } from "./originals";

const COPY = "https://issuu.com/walledashwah/docs/e_waste_2017.docx";
const ORIGINAL = "https://www.itu.int/en/ITU-D/Environment/Pages/Toolbox/Global-E-waste-Monitor-2017.aspx";

describe("withOriginals", () => {
  it("puts a copy's official original before it", () => {
    expect(withOriginals([COPY, "https://dig.watch/x"])).toEqual([ORIGINAL, COPY, "https://dig.watch/x"]);
  });

  it("moves an original the row already cites later up, without repeating it", () => {
    expect(withOriginals([COPY, "https://dig.watch/x", ORIGINAL])).toEqual([
      ORIGINAL,
      COPY,
      "https://dig.watch/x",
    ]);
  });

  it("leaves addresses without a known original alone", () => {
    expect(withOriginals(["https://studylib.net/doc/1", "https://www.itu.int/"])).toEqual([
      "https://studylib.net/doc/1",
      "https://www.itu.int/",
    ]);
  });

  it("inserts a scoped original only for the activities it belongs to", () => {
    const annex =
      "https://docsbay.net/wsis-stocktaking-process-provides-a-register-of-activities-carried-out-by-governments";
    expect(withOriginals([annex], "A042")[0]).toMatch(/^https:\/\/www\.itu-ilibrary\.org\//);
    expect(withOriginals([annex], "A034")).toEqual([annex]);
    expect(withOriginals([annex])).toEqual([annex]);
  });
});
