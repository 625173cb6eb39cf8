import { useEffect, type RefObject } from "react";

/**
 * Closes an open panel on Escape and on a press anywhere outside it and its trigger. Escape takes focus
 * back to the trigger and goes no further (a detail panel behind the menu stays open); a press elsewhere
 * lets focus go where the press sends it, and back to the trigger if it was inside the panel and the
 * press sends it nowhere.
 */
export function useLightDismiss(
  open: boolean,
  trigger: RefObject<HTMLElement | null>,
  panel: RefObject<HTMLElement | null>,
  close: () => void,
) {
  useEffect(() => {
    if (!open) return;
    const inside = (node: EventTarget | null) =>
      node instanceof Node && (trigger.current?.contains(node) || panel.current?.contains(node));
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      event.preventDefault();
      close();
      trigger.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (inside(event.target)) return;
      const focusWasInside = inside(document.activeElement);
      close();
      // After the press has moved focus: to what it pressed, or back to the trigger if to nothing.
      if (focusWasInside)
        window.setTimeout(() => {
          const now = document.activeElement;
          if (now === null || now === document.body) trigger.current?.focus({ preventScroll: true });
        });
    };
    // Capture: the menu answers before anything behind it that also listens for Escape.
    document.addEventListener("keydown", onKeyDown, true);
    document.addEventListener("pointerdown", onPointerDown, true);
    return () => {
      document.removeEventListener("keydown", onKeyDown, true);
      document.removeEventListener("pointerdown", onPointerDown, true);
    };
  }, [open, trigger, panel, close]);
}
