// @vitest-environment node
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildManifest } from "./manifest";
import { hashVerifiedDataFiles } from "./verified-data-hashes";

const dataDir = fileURLToPath(new URL("../../data", import.meta.url));

function shippedFiles(): Map<string, Buffer> {
  const files = new Map<string, Buffer>([
    ["reference.json", readFileSync(join(dataDir, "reference.json"))],
    ["indicators.json", readFileSync(join(dataDir, "indicators.json"))],
  ]);
  for (const name of readdirSync(join(dataDir, "reports")))
    files.set(`reports/${name}`, readFileSync(join(dataDir, "reports", name)));
  return files;
}

describe("hashVerifiedDataFiles", () => {
  it("hashes every shipped file that passes its checks, with the SHA-256 of its exact bytes", () => {
    const files = shippedFiles();
    const manifest = buildManifest(dataDir);
    const verified = hashVerifiedDataFiles(files, manifest);
    expect(Object.keys(verified).sort()).toEqual(
      ["reference.json", "indicators.json", ...manifest.reports.map((entry) => entry.path)].sort(),
    );
    expect(verified["reference.json"]).toBe(
      createHash("sha256").update(files.get("reference.json")!).digest("base64"),
    );
  });

  it("leaves out a report that fails its schema and a file that is not JSON, so the browser checks them", () => {
    const files = shippedFiles();
    const manifest = buildManifest(dataDir);
    const [first, second] = manifest.reports;
    const report = JSON.parse(files.get(first!.path)!.toString("utf8")) as {
      activities: Array<{ sdgs: unknown }>;
    };
    report.activities[0]!.sdgs = [{ sdg: 19, basis: "stated" }];
    files.set(first!.path, Buffer.from(JSON.stringify(report)));
    files.set(second!.path, Buffer.from("{ not json"));
    const verified = hashVerifiedDataFiles(files, manifest);
    expect(verified[first!.path]).toBeUndefined();
    expect(verified[second!.path]).toBeUndefined();
    expect(verified["reference.json"]).toBeDefined();
  });
});
