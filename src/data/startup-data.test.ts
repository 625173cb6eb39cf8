import { describe, expect, it } from "vitest";
import { startupTextsOf, takeStartupText } from "./startup-data";

describe("startupTextsOf", () => {
  it("keeps the string texts by path and ignores everything else", () => {
    const texts = startupTextsOf({
      files: { "manifest.json": "{}", "reports/2024.json": 42, "x.json": null },
    });
    expect([...texts]).toEqual([["manifest.json", "{}"]]);
  });

  it.each([null, "files", [], { files: "nope" }, { files: null }, {}])("finds no texts in %j", (input) => {
    expect(startupTextsOf(input).size).toBe(0);
  });
});

describe("takeStartupText", () => {
  const texts = () => Promise.resolve(new Map([["reference.json", '{"a":1}']]));

  it("hands a text out once: a second ask fetches the file itself", async () => {
    const available = new Map([["reference.json", '{"a":1}']]);
    const source = () => Promise.resolve(available);
    await expect(takeStartupText("reference.json", true, source)).resolves.toBe('{"a":1}');
    await expect(takeStartupText("reference.json", true, source)).resolves.toBeUndefined();
  });

  it("has nothing for a file startup.json lacks", async () => {
    await expect(takeStartupText("reports/2024.json", true, texts)).resolves.toBeUndefined();
  });

  it("asks for nothing when the build made no startup.json (dev, tests)", async () => {
    let asked = false;
    const source = () => {
      asked = true;
      return texts();
    };
    await expect(takeStartupText("reference.json", false, source)).resolves.toBeUndefined();
    expect(asked).toBe(false);
    // This test run has no build: by default there is no startup.json, and nothing is fetched.
    await expect(takeStartupText("reference.json")).resolves.toBeUndefined();
  });
});
