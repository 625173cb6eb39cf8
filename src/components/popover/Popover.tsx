import { useCallback, useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import type { Placement } from "@floating-ui/dom";
import { placePanel } from "./place-panel";
import { useLightDismiss } from "./use-light-dismiss";

// Browsers without the Popover API (and jsdom) show the panel in place, fixed to the viewport.
const TOP_LAYER =
  typeof HTMLElement !== "undefined" && typeof HTMLElement.prototype.showPopover === "function";

interface PopoverProps {
  /** What the trigger button shows; its accessible name unless `triggerLabel` is given. */
  trigger: ReactNode;
  triggerLabel?: string;
  /** The panel's accessible name, which makes it a group (leave out when the content is a fieldset). */
  panelLabel?: string;
  className: string;
  /** "bottom-start" opens towards the reading direction, "bottom-end" back from a row's end. */
  placement?: Extract<Placement, "bottom-start" | "bottom-end">;
  /** Built only while open: a closed menu costs nothing when its page re-renders. */
  children: () => ReactNode;
  /** Called when the trigger is pointed at or focused: a panel whose code loads apart fetches it then. */
  onIntent?: () => void;
}

/**
 * The one menu mechanism of the app: a button that opens a panel, closed again by the button, Escape, a
 * press elsewhere or focus leaving it. The panel goes to the top layer (the Popover API) where a browser
 * has it, so no card's overflow clips it and it never widens the page, and is placed inside the viewport
 * by Floating UI (follow-trigger.ts). It stays right after its trigger in the DOM, so Tab reaches it next.
 */
export function Popover({
  trigger,
  triggerLabel,
  panelLabel,
  className,
  placement = "bottom-start",
  children,
  onIntent,
}: PopoverProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useLightDismiss(open, triggerRef, panelRef, close);

  useLayoutEffect(() => {
    const panel = panelRef.current;
    const button = triggerRef.current;
    if (!open || !panel || !button) return;
    if (TOP_LAYER) panel.showPopover();
    return placePanel(button, panel, placement, TOP_LAYER);
  }, [open, placement]);

  return (
    <div
      className={`popover ${className}`}
      data-open={open ? "" : undefined}
      onBlur={(event) => {
        // Tab past the last item closes the menu; a press elsewhere is the light dismiss's.
        const next = event.relatedTarget;
        if (open && next instanceof Node && !event.currentTarget.contains(next)) close();
      }}
    >
      <button
        ref={triggerRef}
        type="button"
        className="popover__trigger"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={triggerLabel}
        onPointerEnter={onIntent}
        onFocus={onIntent}
        onClick={() => setOpen((was) => !was)}
      >
        {trigger}
      </button>
      {open ? (
        <div
          ref={panelRef}
          id={panelId}
          role={panelLabel ? "group" : undefined}
          aria-label={panelLabel}
          className="popover__panel"
          popover={TOP_LAYER ? "manual" : undefined}
        >
          {children()}
        </div>
      ) : null}
    </div>
  );
}
