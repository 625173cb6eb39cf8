import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SourceKindTag } from "./SourceKindTag";

describe("SourceKindTag", () => {
  it("says 'copy' in words for a document-sharing copy, with what that means", () => {
    render(<SourceKindTag source={{ url: "https://studylib.net/doc/12982243/x" }} />);
    const tag = screen.getByText("copy");
    expect(tag).toHaveAttribute("title", "a third-party copy of an ITU or UN document");
  });

  it("says 'press' for a news site, and trusts a source's own kind over its host", () => {
    const { rerender } = render(<SourceKindTag source={{ url: "https://dig.watch/event/x" }} />);
    expect(screen.getByText("press")).toBeInTheDocument();
    rerender(<SourceKindTag source={{ url: "https://www.itu.int/en/", kind: "press" }} />);
    expect(screen.getByText("press")).toBeInTheDocument();
  });

  it("shows no tag for an official source", () => {
    const { container } = render(<SourceKindTag source={{ url: "https://www.itu.int/en/" }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
