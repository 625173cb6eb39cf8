import { autoUpdate, computePosition, flip, offset, shift, size, type Placement } from "@floating-ui/dom";

/** Room kept between a panel and the viewport's edges. */
const EDGE = 8;
/** At or below this viewport width a panel spans the screen, as a sheet under its trigger. */
export const SHEET_MAX_WIDTH = 400;

/**
 * Keeps a panel inside the viewport next to its trigger while it is open: below it (above when there is
 * no room), shifted along the edge, never wider or taller than the room left. "start" and "end" follow the
 * page's direction. Returns the function that stops following.
 */
export function followTrigger(
  trigger: HTMLElement,
  panel: HTMLElement,
  placement: Placement,
  onPlaced: () => void,
): () => void {
  const update = async () => {
    const viewport = document.documentElement.clientWidth;
    const sheet = viewport <= SHEET_MAX_WIDTH;
    const { x, y } = await computePosition(trigger, panel, {
      strategy: "fixed",
      placement,
      middleware: [
        offset(4),
        flip({ padding: EDGE }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply({ availableWidth, availableHeight, elements }) {
            // The room left, for the CSS to cap each kind of panel's own size with (global.css).
            const style = elements.floating.style;
            style.setProperty("--popover-room-x", `${Math.max(0, availableWidth)}px`);
            style.setProperty("--popover-room-y", `${Math.max(160, availableHeight)}px`);
            style.width = sheet ? `${viewport - 2 * EDGE}px` : "";
          },
        }),
      ],
    });
    Object.assign(panel.style, { left: `${x}px`, top: `${y}px` });
    onPlaced();
  };
  return autoUpdate(trigger, panel, () => void update());
}
