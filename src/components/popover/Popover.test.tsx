import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { Popover } from "./Popover";

function Page({ onEscape }: { onEscape?: () => void }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- a test stand-in for a page's own Escape
    <div onKeyDown={(event) => event.key === "Escape" && onEscape?.()}>
      <Popover className="test-menu" trigger="Sector" panelLabel="Sector">
        {() => (
          <>
            <label>
              <input type="checkbox" /> ITU-D
            </label>
            <label>
              <input type="checkbox" /> ITU-R
            </label>
          </>
        )}
      </Popover>
      <button type="button">Download JSON</button>
    </div>
  );
}

const trigger = () => screen.getByRole("button", { name: "Sector" });
const panel = () => screen.queryByRole("group", { name: "Sector" });

describe("Popover", () => {
  it("opens and closes with its button, and says so", async () => {
    render(<Page />);
    expect(trigger()).toHaveAttribute("aria-expanded", "false");
    expect(panel()).toBeNull();
    await userEvent.click(trigger());
    expect(trigger()).toHaveAttribute("aria-expanded", "true");
    expect(trigger()).toHaveAttribute("aria-controls", panel()?.id);
    await userEvent.click(trigger());
    expect(panel()).toBeNull();
  });

  it("opens with Enter and Space", async () => {
    render(<Page />);
    trigger().focus();
    await userEvent.keyboard("{Enter}");
    expect(panel()).not.toBeNull();
    await userEvent.keyboard(" ");
    expect(panel()).toBeNull();
    await userEvent.keyboard(" ");
    expect(panel()).not.toBeNull();
  });

  it("closes on Escape from inside, gives focus back to the trigger, and stops the Escape there", async () => {
    let pageEscapes = 0;
    render(<Page onEscape={() => (pageEscapes += 1)} />);
    await userEvent.click(trigger());
    await userEvent.click(screen.getByRole("checkbox", { name: "ITU-R" }));
    expect(screen.getByRole("checkbox", { name: "ITU-R" })).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    expect(panel()).toBeNull();
    expect(trigger()).toHaveFocus();
    expect(pageEscapes).toBe(0);
    // With the menu closed, Escape belongs to the page again.
    await userEvent.keyboard("{Escape}");
    expect(pageEscapes).toBe(1);
  });

  it("stays open for clicks inside and closes on a click elsewhere, which still reaches its target", async () => {
    let downloads = 0;
    render(<Page />);
    screen.getByRole("button", { name: "Download JSON" }).addEventListener("click", () => (downloads += 1));
    await userEvent.click(trigger());
    await userEvent.click(screen.getByRole("checkbox", { name: "ITU-D" }));
    expect(panel()).not.toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Download JSON" }));
    expect(panel()).toBeNull();
    expect(downloads).toBe(1);
  });

  it("returns focus to the trigger when a press elsewhere closes it with focus inside", async () => {
    render(<Page />);
    await userEvent.click(trigger());
    screen.getByRole("checkbox", { name: "ITU-D" }).focus();
    await userEvent.pointer({ keys: "[MouseLeft]", target: document.body });
    expect(panel()).toBeNull();
    await waitFor(() => expect(trigger()).toHaveFocus());
  });

  it("closes when Tab leaves the panel, and Tab reaches the panel right after its trigger", async () => {
    render(<Page />);
    await userEvent.click(trigger());
    await userEvent.tab();
    expect(screen.getByRole("checkbox", { name: "ITU-D" })).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole("button", { name: "Download JSON" })).toHaveFocus();
    expect(panel()).toBeNull();
  });

  it("keeps one menu open at a time: opening another closes the first", async () => {
    render(
      <>
        <Popover className="a" trigger="Sector" panelLabel="Sector">
          {() => <button type="button">ITU-D</button>}
        </Popover>
        <Popover className="b" trigger="Columns" panelLabel="Columns">
          {() => <button type="button">Title</button>}
        </Popover>
      </>,
    );
    await userEvent.click(trigger());
    await userEvent.click(screen.getByRole("button", { name: "Columns" }));
    expect(panel()).toBeNull();
    expect(screen.getByRole("group", { name: "Columns" })).toBeInTheDocument();
  });

  it("tells when its trigger is pointed at or focused, before any click, so a lazy panel can load", async () => {
    const intents: string[] = [];
    render(
      <Popover className="a" trigger="Share" panelLabel="Share" onIntent={() => intents.push("intent")}>
        {() => <button type="button">Copy link</button>}
      </Popover>,
    );
    await userEvent.hover(screen.getByRole("button", { name: "Share" }));
    expect(intents).toEqual(["intent"]);
    await userEvent.tab();
    expect(intents).toEqual(["intent", "intent"]);
    expect(screen.queryByRole("group", { name: "Share" })).toBeNull();
  });
});
