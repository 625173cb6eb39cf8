import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
// The app's translations (English), as main.tsx has them, with the parts these texts come from.
import { Trans } from "./Trans";

describe("Trans", () => {
  it("puts each tag's text into its element, in the translation's order", () => {
    const { container } = render(
      <Trans
        i18nKey="notFound.body"
        values={{ path: "#/nowhere" }}
        components={{ code: <code />, home: <em /> }}
      />,
    );
    expect(container.innerHTML).toBe(
      "There is no view at <code>#/nowhere</code>. <em>Go to the overview</em>.",
    );
  });

  it("never reads markup in values: a hostile file name stays text", () => {
    const { container } = render(
      <Trans
        i18nKey="importData.refused"
        values={{ file: "<img src=x onerror=alert(1)>.csv", message: "<b>bad</b>", line: "" }}
        components={{ file: <strong />, message: <span /> }}
      />,
    );
    expect(container.querySelector("img, b")).toBeNull();
    expect(container.querySelector("strong")?.textContent).toBe("<img src=x onerror=alert(1)>.csv");
    expect(container.querySelector("span")?.textContent).toBe("<b>bad</b>");
  });

  it("picks the plural form from count", () => {
    const one = render(<Trans i18nKey="share.addedToDeck" count={1} components={{ open: <em /> }} />);
    expect(one.container.textContent).toBe("Added to the deck (1 slide) – open presentation");
    const many = render(<Trans i18nKey="share.addedToDeck" count={3} components={{ open: <em /> }} />);
    expect(many.container.textContent).toBe("Added to the deck (3 slides) – open presentation");
    expect(many.container.querySelector("em")?.textContent).toBe("open presentation");
  });

  it("shows a tag without an element as its text", () => {
    const { container } = render(<Trans i18nKey="importData.help.body" />);
    expect(container.querySelector("code")).toBeNull();
    expect(container.textContent).toContain("lists separated by ;)");
  });

  it("accepts only keys of the English catalog", () => {
    // @ts-expect-error: a misspelt key fails typecheck (and shows as itself at run time).
    const { container } = render(<Trans i18nKey="notFound.bodyy" />);
    expect(container.textContent).toBe("notFound.bodyy");
  });
});
