import type { EChartsOption } from "echarts";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { flushSync } from "react-dom";
import { drawQueue, type DrawTicket } from "./draw-queue";
import { nearWatcher } from "./in-view";

/** What the chart is drawn with, for the instance it was drawn on. */
interface Shown {
  option: EChartsOption;
  identity: string | null;
}

/** "waiting": nothing drawn yet; "stale": drawn with an older option than the latest; "drawn": up to date. */
export type DrawState = "waiting" | "stale" | "drawn";

export interface ChartDrawing {
  /** The option to hand to ECharts: the latest once the chart's turn has come, the one drawn before until then. */
  shown: EChartsOption | null;
  state: DrawState;
  /** Call when ECharts has drawn the chart for the first time. */
  endFirstDraw: () => void;
}

/** The host's attribute while its drawing is stale and was out of view when it became so (global.css). */
const HIDDEN_WHILE_STALE = "data-hidden-while-stale";

function isInViewport(element: Element): boolean {
  const { top, bottom, left, right } = element.getBoundingClientRect();
  return bottom > 0 && top < window.innerHeight && right > 0 && left < window.innerWidth;
}

/**
 * When a chart takes its `latest` option: through the page's draw queue (draw-queue.ts), near charts
 * first, far ones when they come near or the browser is idle. A chart whose ECharts instance is rebuilt
 * (`identity` changes) takes the latest option at once: it redraws anyway.
 */
export function useChartDrawing(
  host: RefObject<HTMLElement | null>,
  latest: EChartsOption | null,
  identity: string | null,
): ChartDrawing {
  const [shown, setShown] = useState<Shown | null>(null);
  if (shown && latest && shown.identity !== identity) setShown({ option: latest, identity });
  const nearRef = useRef(false);
  const latestRef = useRef({ option: latest, identity });
  const waiting = useRef<DrawTicket | null>(null);
  const drawingTurn = useRef<DrawTicket | null>(null);

  useLayoutEffect(() => {
    latestRef.current = { option: latest, identity };
  });

  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    return nearWatcher().watch(element, (isNear) => {
      nearRef.current = isNear;
      waiting.current?.setNear(isNear);
    });
  }, [host]);

  const endTurn = useCallback(() => {
    drawingTurn.current?.end();
    drawingTurn.current = null;
  }, []);

  // An update is drawn in the commit that hands it to ECharts; a first draw ends with endFirstDraw.
  const previous = useRef<Shown | null>(null);
  useLayoutEffect(() => {
    if (previous.current !== null && shown !== previous.current) endTurn();
    previous.current = shown;
  }, [shown, endTurn]);

  useEffect(() => {
    if (latest === null || latest === shown?.option || waiting.current) return;
    const ticket = drawQueue().request(nearRef.current, (now) => {
      waiting.current = null;
      drawingTurn.current = ticket;
      const next = latestRef.current;
      if (next.option === null) return endTurn();
      const take = () => setShown({ option: next.option as EChartsOption, identity: next.identity });
      if (now) flushSync(take);
      else take();
    });
    waiting.current = ticket;
  }, [latest, shown, endTurn]);

  useEffect(
    () => () => {
      waiting.current?.end();
      waiting.current = null;
      endTurn();
    },
    [endTurn],
  );

  const state: DrawState = shown === null ? "waiting" : shown.option === latest ? "drawn" : "stale";
  // A chart in view when its numbers change stays visible while it updates (its turn comes next); one out of
  // view is hidden before the next paint and stays so until it has redrawn, so that scrolling to it never
  // shows the older numbers. An attribute of the host (HIDDEN_WHILE_STALE), set here without a render.
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    if (state !== "stale") element.removeAttribute(HIDDEN_WHILE_STALE);
    else if (!element.hasAttribute(HIDDEN_WHILE_STALE) && !isInViewport(element))
      element.setAttribute(HIDDEN_WHILE_STALE, "");
  }, [state, latest, host]);
  return { shown: shown?.option ?? null, state, endFirstDraw: endTurn };
}
