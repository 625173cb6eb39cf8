import { describe, expect, it } from "vitest";
import { iframeSnippet } from "./share-links";

describe("iframeSnippet", () => {
  const snippet = iframeSnippet(
    'https://dash.example.org/wsis/#/embed/sdgs?sdg=5&title="x"',
    "Activities <by> SDG",
  );

  it("has a title, lazy loading, a width and a height", () => {
    expect(snippet).toMatch(
      /<iframe src="https:\/\/dash\.example\.org\/wsis\/#\/embed\/sdgs\?sdg=5&amp;title=&quot;x&quot;"/,
    );
    expect(snippet).toContain('title="Activities &lt;by> SDG"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('width="800" height="480"');
  });

  it("only trusts height messages from the dashboard's origin", () => {
    expect(snippet).toContain('event.origin !== "https://dash.example.org"');
    expect(snippet).toContain('event.data.type !== "wsis-dashboard:height"');
  });
});
