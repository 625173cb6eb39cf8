import { useCallback, useEffect, useRef, useState } from "react";

// Charts that mount together (the overview's five) draw one after another, each in a task of its own:
// drawn together they make one long task right after the first chart, and a click or key press in that
// time waits for all of them (docs/decisions/008).
let tail: Promise<void> = Promise.resolve();

// A turn that never ends (a chart whose drawing failed) must not hold the others back for long.
const LONGEST_TURN_MS = 1000;

// A task of its own, `ms` from now (0: the next task).
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A place in the queue: `ready` resolves when the charts that asked before have drawn; call `end` once drawn. */
export function requestDrawTurn(): { ready: Promise<void>; end: () => void } {
  let end = () => {};
  const ended = new Promise<void>((resolve) => {
    end = resolve;
  });
  const ready = tail.then(() => delay(0));
  tail = ready.then(() => Promise.race([ended, delay(LONGEST_TURN_MS)]));
  return { ready, end };
}

/**
 * True once this chart may draw (it waits for the charts that asked before it); `endTurn` lets the next one
 * go. A chart asks once, when it first has something to draw; later redraws do not queue.
 */
export function useDrawTurn(wanted: boolean): { drawing: boolean; endTurn: () => void } {
  const [drawing, setDrawing] = useState(false);
  const endRef = useRef(() => {});
  useEffect(() => {
    if (!wanted) return;
    const turn = requestDrawTurn();
    endRef.current = turn.end;
    let live = true;
    void turn.ready.then(() => {
      if (live) setDrawing(true);
    });
    return () => {
      live = false;
      turn.end();
    };
  }, [wanted]);
  const endTurn = useCallback(() => endRef.current(), []);
  return { drawing, endTurn };
}
