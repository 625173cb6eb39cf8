import { useCallback, useEffect, useMemo, useRef, type ReactNode } from "react";
import { ChartActionsContext, type ShareableChart } from "../../components/chart/chart-actions";
import type { Slide } from "../../url-state/deck-params";
import type { DeckServices } from "./deck-services";
import { slideFilters } from "./slide-text";

function Report({
  index,
  chart,
  onReport,
}: {
  index: number;
  chart: ShareableChart;
  onReport: (index: number, chart: ShareableChart) => void;
}) {
  useEffect(() => onReport(index, chart), [index, chart, onReport]);
  return null;
}

function CapturedSlide({
  slide,
  index,
  services,
  onReport,
}: {
  slide: Slide;
  index: number;
  services: DeckServices;
  onReport: (index: number, chart: ShareableChart) => void;
}) {
  const filters = useMemo(() => slideFilters(slide), [slide]);
  const actions = useCallback(
    (chart: ShareableChart): ReactNode => <Report index={index} chart={chart} onReport={onReport} />,
    [index, onReport],
  );
  return (
    <ChartActionsContext.Provider value={actions}>
      {services.renderChart(slide.view, filters, new URLSearchParams(slide.query))}
    </ChartActionsContext.Provider>
  );
}

/**
 * Renders every slide's chart off screen, once, to collect the exact option each one draws (the same code
 * as on screen, so the exported image is the chart the audience saw), then hands them over in deck order.
 */
export function DeckCapture({
  slides,
  services,
  onCaptured,
}: {
  slides: readonly Slide[];
  services: DeckServices;
  onCaptured: (charts: ShareableChart[]) => void;
}) {
  const charts = useRef<Array<ShareableChart | undefined>>([]);
  const done = useRef(false);
  const onReport = useCallback(
    (index: number, chart: ShareableChart) => {
      charts.current[index] = chart;
      const all = slides.map((_, slideIndex) => charts.current[slideIndex]);
      if (done.current || all.some((item) => item === undefined)) return;
      done.current = true;
      onCaptured(all as ShareableChart[]);
    },
    [slides, onCaptured],
  );
  return (
    <div className="present-capture" inert aria-hidden="true">
      {slides.map((slide, index) => (
        <CapturedSlide key={index} slide={slide} index={index} services={services} onReport={onReport} />
      ))}
    </div>
  );
}
