/** The views an embed can show: #/embed/<view>. Part of the public URL contract. */
export const EMBED_VIEWS = [
  "sectors",
  "action-lines",
  "sdgs",
  "matrix",
  "trend",
  "compare",
  "activities",
] as const;

export type EmbedView = (typeof EMBED_VIEWS)[number];

export function isEmbedView(value: string): value is EmbedView {
  return (EMBED_VIEWS as readonly string[]).includes(value);
}

/** The full-dashboard page that shows the same view, for the embed's "open" link. */
export function fullViewPath(view: EmbedView): string {
  if (view === "activities") return "/activities";
  return view === "compare" ? "/compare" : "/";
}
