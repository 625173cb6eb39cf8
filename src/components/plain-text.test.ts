import { createElement, Fragment } from "react";
import { describe, expect, it } from "vitest";
import { plainText } from "./plain-text";

describe("plainText", () => {
  it("joins the text of nested elements and fragments", () => {
    const note = createElement(
      Fragment,
      null,
      "Each activity counts once.",
      " ",
      createElement("span", null, "C7 in English."),
    );
    expect(plainText(note)).toBe("Each activity counts once. C7 in English.");
  });

  it("writes numbers and drops empty parts", () => {
    expect(plainText([1, null, false, "x", undefined])).toBe("1x");
  });
});
