import { useEffect, useLayoutEffect, useState } from "react";

/** Hands the drawn chart's note (how it counts) up to the slide, which writes it in its footer. */
export function NoteReport({
  note,
  onNote,
}: {
  note: string | undefined;
  onNote: (note: string | undefined) => void;
}) {
  useEffect(() => onNote(note), [note, onNote]);
  return null;
}

/** An element's height in CSS pixels, followed as the window (and so the slideshow's stage) resizes. */
export function useElementHeight(element: HTMLElement | null): number | null {
  const [height, setHeight] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => setHeight(Math.max(120, Math.floor(element.clientHeight)));
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return height;
}
