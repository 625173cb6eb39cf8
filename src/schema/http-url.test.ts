import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HttpUrlSchema } from "./common";
import { isHttpUrl, sourceHost } from "./http-url";
import { INPUT_LIMITS } from "./input-limits";

describe("isHttpUrl", () => {
  it.each([
    "http://:80/",
    "https://a:b:c/",
    "https://[::1",
    "https://%zz/",
    "javascript:alert(1)",
    "https://",
  ])("refuses %s, which the URL parser cannot read as http(s)", (value) => {
    expect(isHttpUrl(value)).toBe(false);
    expect(HttpUrlSchema.safeParse(value).success).toBe(false);
  });

  it("accepts ordinary addresses", () => {
    expect(isHttpUrl("https://www.itu.int/en/ITU-D/Pages/default.aspx")).toBe(true);
    expect(isHttpUrl("http://[::1]:8080/x")).toBe(true);
  });

  it("refuses addresses longer than the cap", () => {
    expect(isHttpUrl(`https://itu.int/${"a".repeat(INPUT_LIMITS.urlLength)}`)).toBe(false);
  });

  it("gives one issue for a refused address, not two", () => {
    const result = HttpUrlSchema.safeParse("ftp://x");
    expect(result.success ? [] : result.error.issues).toHaveLength(1);
  });

  it("whatever the string, accepted means the URL parser reads it as http(s)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `https://${s}`),
        ),
        (value) => {
          if (isHttpUrl(value)) expect(["http:", "https:"]).toContain(new URL(value).protocol);
        },
      ),
    );
  });
});

describe("sourceHost", () => {
  it("whatever the string, never throws and names something", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `https://${s}`),
        ),
        (value) => {
          expect(typeof sourceHost(value)).toBe("string");
        },
      ),
    );
    expect(sourceHost("http://:80/")).toBe("http://:80/");
    expect(sourceHost("https://www.itu.int/x")).toBe("itu.int");
  });
});

describe("kindOfSource", () => {
  it("whatever the address, never throws (it is drawn in every table row)", async () => {
    const { kindOfSource } = await import("../domain/source-kind");
    expect(() => kindOfSource({ url: "https://x.org/?u=https%3A%2F%2F%zz" })).not.toThrow();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.string().map((s) => `https://a.org/?u=https%3A%2F%2F${s}`),
        ),
        (url) => {
          expect(() => kindOfSource({ url })).not.toThrow();
        },
      ),
    );
  });
});
