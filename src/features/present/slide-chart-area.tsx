import { useEffect } from "react";
import { useElementSize } from "../../components/use-element-width";

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
  const size = useElementSize(element);
  return size === null ? null : Math.max(120, size.height);
}
