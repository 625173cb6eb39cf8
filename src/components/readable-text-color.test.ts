import { describe, expect, it } from "vitest";
import { readableTextColor } from "./readable-text-color";

describe("readableTextColor", () => {
  it.each([
    ["#19486A", "#ffffff"],
    ["#C5192D", "#ffffff"],
    ["#FCC30B", "#1b2330"],
    ["#DDA63A", "#1b2330"],
    ["#ffffff", "#1b2330"],
    ["#FF3A21", "#000000"],
  ])("%s takes %s", (background, text) => expect(readableTextColor(background)).toBe(text));
});
