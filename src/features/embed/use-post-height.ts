import { useEffect, type RefObject } from "react";
import type { EmbedHeightMessage } from "../../url-state/embed-contract";

/**
 * Tells the host page how tall the embed's content is, so a snippet can size the iframe to fit.
 * The message carries only the view name and a height, so "*" as target origin leaks nothing;
 * the embed never reads messages from its parent.
 */
export function usePostHeight(ref: RefObject<HTMLElement | null>, view: string): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || window.parent === window) return;
    let lastHeight = -1;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === lastHeight) return;
      lastHeight = height;
      const message: EmbedHeightMessage = { type: "wsis-dashboard:height", view, height };
      window.parent.postMessage(message, "*");
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, view]);
}
