import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import type { ShareableChart } from "../../components/chart/chart-actions";
import type { Slide } from "../../url-state/deck-params";
import { DeckCapture } from "./DeckCapture";
import type { DeckServices } from "./deck-services";

/** Whether the element has come into view once (never, where IntersectionObserver is missing). */
function useSeen(element: Element | null): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (!element || seen || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, seen]);
  return seen;
}

/**
 * A small picture of each slide's chart for the deck editor: once the list is in view, the charts are
 * drawn out of sight (as for the export), then each becomes an SVG image. Edits to a slide's words keep
 * the pictures.
 */
export function useDeckThumbnails(
  slides: readonly Slide[],
  services: DeckServices,
  list: Element | null,
): { capture: ReactNode; thumbnails: ReadonlyArray<string | undefined> } {
  const seen = useSeen(list);
  const charts = useMemo(() => slides.map((slide) => ({ view: slide.view, query: slide.query })), [slides]);
  const key = charts.map((chart) => `${chart.view}?${chart.query}`).join("~");
  const [drawn, setDrawn] = useState<{ key: string; images: string[] }>({ key: "", images: [] });
  const onCaptured = useCallback(
    (captured: ShareableChart[]) =>
      setDrawn({ key, images: captured.map((chart) => services.thumbnail(chart)) }),
    [key, services],
  );
  const capturing = seen && drawn.key !== key && slides.length > 0;
  return {
    capture: capturing ? (
      <DeckCapture key={key} slides={charts} services={services} onCaptured={onCaptured} />
    ) : null,
    thumbnails: drawn.key === key ? drawn.images : [],
  };
}
