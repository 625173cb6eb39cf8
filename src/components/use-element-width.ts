import { useLayoutEffect, useState } from "react";

interface ElementSize {
  width: number;
  height: number;
}

/** An element's size in CSS pixels, followed as it resizes (null until measured). */
export function useElementSize(element: HTMLElement | null): ElementSize | null {
  const [size, setSize] = useState<ElementSize | null>(null);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () =>
      setSize({ width: Math.floor(element.clientWidth), height: Math.floor(element.clientHeight) });
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return size;
}

/** An element's width in CSS pixels, followed as it resizes (null until measured). */
export function useElementWidth(element: HTMLElement | null): number | null {
  return useElementSize(element)?.width ?? null;
}
