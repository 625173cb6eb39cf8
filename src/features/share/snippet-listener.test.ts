// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { iframeSnippet } from "./share-links";

const DASHBOARD = "https://dash.example.org";

/** Puts the copied snippet into a host page, as an embedder would, and runs its script. */
function pasteSnippet(): HTMLIFrameElement {
  const snippet = iframeSnippet(`${DASHBOARD}/wsis/#/embed/sdgs`, "Activities by SDG");
  const pasted = new DOMParser().parseFromString(snippet, "text/html");
  const frame = document.importNode(pasted.querySelector("iframe")!, true);
  document.body.append(frame);
  // The host page runs the snippet's script; here a Function stands in for the <script> element.
  new Function(pasted.querySelector("script")!.textContent)();
  return frame;
}

function post(frame: HTMLIFrameElement, origin: string, data: unknown) {
  window.dispatchEvent(new MessageEvent("message", { origin, data, source: frame.contentWindow }));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("the iframe snippet's height listener", () => {
  it("resizes its iframe on the dashboard's height message", () => {
    const frame = pasteSnippet();
    post(frame, DASHBOARD, { type: "wsis-dashboard:height", view: "sdgs", height: 412 });
    expect(frame.style.height).toBe("412px");
  });

  it("ignores the same message from another origin, and other messages from the dashboard", () => {
    const frame = pasteSnippet();
    post(frame, "https://evil.example", { type: "wsis-dashboard:height", view: "sdgs", height: 9999 });
    post(frame, DASHBOARD, { type: "something-else", height: 9999 });
    post(frame, DASHBOARD, null);
    expect(frame.style.height).toBe("");
  });
});
