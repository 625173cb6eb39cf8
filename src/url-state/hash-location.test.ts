import { describe, expect, it } from "vitest";
import { formatHash, parseHash } from "./hash-location";

describe("parseHash", () => {
  it.each([
    ["", "/"],
    ["#", "/"],
    ["#/", "/"],
    ["#/activities", "/activities"],
    ["#activities/", "/activities"],
    ["#/embed/sdgs?sdg=5", "/embed/sdgs"],
  ])("%j is the route %j", (hash, path) => {
    expect(parseHash(hash).path).toBe(path);
  });

  it("keeps the query parameters", () => {
    expect(parseHash("#/?sdg=5~9&q=e-health").params.get("sdg")).toBe("5~9");
  });
});

describe("formatHash", () => {
  it("keeps ~ and , readable and escapes what must be", () => {
    expect(
      formatHash("/", [
        ["sdg", "5~9"],
        ["q", "a&b c"],
      ]),
    ).toBe("#/?sdg=5~9&q=a%26b%20c");
    expect(formatHash("/compare", [])).toBe("#/compare");
  });
});
