import { useCallback, useEffect, useMemo, useRef } from "react";
import { usePublishedDataset } from "../../data/published-dataset";
import { useLocalized } from "../../shared/dataset/localized-dataset";
import {
  fullViewHash,
  isEmbedView,
  parseEmbedOptions,
  type EmbedOptions,
} from "../../url-state/embed-contract";
import { useHashLocation } from "../../url-state/use-hash-location";
import { showDocumentTheme } from "../../url-state/document-theme";
import { usePostHeight } from "./use-post-height";

/**
 * What #/embed/<view> needs besides the view itself: its options, the published data, the page's theme,
 * the height message to the host page and the links out to the full dashboard.
 */
export function useEmbed() {
  const location = useHashLocation();
  const requested = location.path.replace(/^\/embed\//, "");
  const options = useMemo(() => parseEmbedOptions(location.params), [location.params]);
  // Embeds show the published data only: what a page embeds must not depend on a visitor's browser.
  const dataset = useLocalized(usePublishedDataset());
  const root = useRef<HTMLDivElement>(null);
  usePostHeight(root, requested);
  useEmbedDocument(options);

  const fullViewUrl = useMemo(
    () => `${window.location.origin}${window.location.pathname}${fullViewHash(requested, location.params)}`,
    [location.params, requested],
  );
  const openActivity = useCallback(
    (id: string) =>
      window.open(
        `${fullViewUrl.replace(/#.*$/, "")}#/activities?activity=${encodeURIComponent(id)}`,
        "_blank",
        "noopener",
      ),
    [fullViewUrl],
  );

  return {
    /** The view asked for, and null when it is none of the embeddable ones. */
    view: isEmbedView(requested) ? requested : null,
    requested,
    params: location.params,
    options,
    dataset,
    root,
    fullViewUrl,
    openActivity,
  };
}

/** The embed owns the whole document: its theme and background are the page's. */
function useEmbedDocument(options: EmbedOptions): void {
  useEffect(() => {
    document.documentElement.dataset.embed = "true";
    showDocumentTheme(options.theme);
    document.documentElement.dataset.background = options.background;
  }, [options.theme, options.background]);
}
