import { describe, expect, it } from "vitest";
import { slideForKey } from "./slide-keys";

describe("slideForKey", () => {
  it.each([
    ["ArrowRight", 2, 3],
    [" ", 2, 3],
    ["PageDown", 3, 4],
    ["ArrowRight", 4, 4],
    ["ArrowLeft", 2, 1],
    ["PageUp", 1, 1],
    ["Home", 3, 1],
    ["End", 1, 4],
    ["Escape", 2, "leave"],
    ["x", 2, null],
  ])("%j on slide %i of 4 gives %s", (key, number, expected) => {
    expect(slideForKey(key, number, 4)).toBe(expected);
  });
});
