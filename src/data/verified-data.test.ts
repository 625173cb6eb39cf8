import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isVerifiedAtBuild } from "./verified-data";

const TEXT = '{"formatVersion":1,"meta":{"year":2023}}';
const hashOf = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

describe("isVerifiedAtBuild", () => {
  it("vouches for the exact bytes the build hashed for that path", async () => {
    expect(await isVerifiedAtBuild("reports/2023.json", TEXT, { "reports/2023.json": hashOf(TEXT) })).toBe(
      true,
    );
  });

  it("does not vouch for a file changed after the build, even by one character", async () => {
    const tampered = TEXT.replace("2023", "2024");
    expect(
      await isVerifiedAtBuild("reports/2023.json", tampered, { "reports/2023.json": hashOf(TEXT) }),
    ).toBe(false);
  });

  it("does not vouch for valid bytes served at another path (a reference file is no report)", async () => {
    expect(await isVerifiedAtBuild("reports/2024.json", TEXT, { "reports/2023.json": hashOf(TEXT) })).toBe(
      false,
    );
  });

  it("vouches for nothing outside a build (dev server and tests)", async () => {
    expect(await isVerifiedAtBuild("reports/2023.json", TEXT)).toBe(false);
  });
});
