import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startupTextsOf } from "../../src/data/startup-data";
import { buildManifest } from "./manifest";
import { startupDataFromDir, startupDataJson, startupPaths } from "./startup-data";

const DATA_DIR = join(import.meta.dirname, "../../data");

describe("startup.json", () => {
  it("holds the manifest, the reference and every report of the shipped data", () => {
    const manifest = buildManifest(DATA_DIR);
    const texts = startupTextsOf(JSON.parse(startupDataFromDir(DATA_DIR)));
    expect([...texts.keys()].sort()).toEqual(startupPaths(manifest).sort());
    expect(texts.size).toBe(manifest.reports.length + 2);
  });

  it("keeps each file's exact text, so that its issues point into the file as shipped", () => {
    const texts = startupTextsOf(JSON.parse(startupDataFromDir(DATA_DIR)));
    for (const path of ["reference.json", "reports/2024.json"]) {
      const text = texts.get(path);
      expect(text, path).toBeDefined();
      expect(text).toBe(readFileSync(join(DATA_DIR, path), "utf8"));
    }
  });

  it("leaves out a startup file it was not given (the app fetches that one by itself)", () => {
    const manifest = buildManifest(DATA_DIR);
    const texts = startupTextsOf(JSON.parse(startupDataJson(new Map([["manifest.json", "{}"]]), manifest)));
    expect([...texts]).toEqual([["manifest.json", "{}"]]);
  });
});
