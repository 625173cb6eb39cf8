import { EMBED_VIEW_IDS, viewById, type EmbedViewId } from "../../domain/views";

/** The views an embed can show: #/embed/<view>. Part of the public URL contract. */
export const EMBED_VIEWS = EMBED_VIEW_IDS;

export type EmbedView = EmbedViewId;

export function isEmbedView(value: string): value is EmbedView {
  return (EMBED_VIEWS as readonly string[]).includes(value);
}

/** The full-dashboard page that shows the same view, for the embed's "open" link. */
export function fullViewPath(view: EmbedView): string {
  return viewById(view)?.page ?? "/";
}
