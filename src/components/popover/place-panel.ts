import type { Placement } from "@floating-ui/dom";

/**
 * Places an open panel next to its trigger (follow-trigger.ts). Floating UI loads on the first menu
 * opened, not with the first screen; until it has placed the panel, a panel in the top layer stays
 * invisible rather than flash in the corner. Returns the function that stops following.
 */
export function placePanel(
  trigger: HTMLElement,
  panel: HTMLElement,
  placement: Placement,
  hideUntilPlaced: boolean,
): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  if (hideUntilPlaced) panel.style.visibility = "hidden";
  void import("./follow-trigger").then(({ followTrigger }) => {
    if (stopped) return;
    stop = followTrigger(trigger, panel, placement, () => (panel.style.visibility = ""));
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
