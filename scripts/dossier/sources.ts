/** The dossier's source URLs as data sources: originals for wrappers, and a kind by the host rules. */
import { sourceKindOfUrl, sourceWrapper, unwrapSourceUrl } from "../../src/domain/source-kind";
import type { Source } from "../../src/schema/common";
import { symbolOf, withOriginals } from "./originals";

const COPY_NOTE = "third-party copy or transcript of the document";
const MIRROR_NOTE = "mirror of a page whose original address it does not show";

/**
 * One source per distinct address: a wrapper's original, with "read via" naming the wrapper, and a copy's
 * official original (scripts/dossier/originals.ts) before the copy.
 */
export function sourcesOf(urls: readonly string[], activityId?: string): Source[] {
  const byUrl = new Map<string, Source>();
  for (const raw of withOriginals(urls, activityId)) {
    const { url, via } = unwrapSourceUrl(raw);
    const kind = sourceKindOfUrl(url);
    const symbol = symbolOf(raw);
    const copyNote = symbol ? `${COPY_NOTE}: ${symbol}` : COPY_NOTE;
    const note = via
      ? `read via ${via}`
      : sourceWrapper(url)
        ? MIRROR_NOTE
        : kind === "copy"
          ? copyNote
          : undefined;
    const known = byUrl.get(url);
    if (known) {
      if (note && !known.note) byUrl.set(url, { ...known, note });
      continue;
    }
    byUrl.set(url, { url, ...(note ? { note } : {}), kind });
  }
  return [...byUrl.values()];
}
