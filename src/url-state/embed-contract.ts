// The embed's public contract, all of it: which views #/embed/<view> shows, its options, the full view its
// "open" link leads to, and the one message it posts to the page around it. Documented in the README.
import { EMBED_VIEW_IDS, viewById, type EmbedViewId } from "../domain/views";
import { formatHash } from "./hash-location";
import { parsePattern, parseTheme, type Theme } from "./display-params";
import { parseLanguage, type Language } from "../i18n/languages";
import { urlIssue, type UrlIssue } from "./url-issue";

/** Options of #/embed/<view>: part of the public URL contract, documented in the README. */
export interface EmbedOptions {
  /** title=0 hides the chart title (it stays the chart's accessible name). */
  title: boolean;
  /** legend=0 hides chart legends. */
  legend: boolean;
  /** light (default: the host page decides, not the visitor's system), dark, contrast, contrast-dark. */
  theme: Theme;
  /** pattern=1 fills chart series with patterns as well as colours. */
  pattern: boolean;
  /** bg=transparent lets the host page show through. */
  background: "default" | "transparent";
  /**
   * UI language, one of the six (SUPPORTED_LANGUAGES, as on every route); null when absent or unknown,
   * which means the app's default: the browser's language if it is one of the six, else English.
   */
  lang: Language | null;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  title: true,
  legend: true,
  theme: "light",
  pattern: false,
  background: "default",
  lang: null,
};

export const EMBED_PARAMS = ["title", "legend", "theme", "pattern", "bg", "lang"] as const;

function readFlag(params: URLSearchParams, param: string, fallback: boolean, dropped: UrlIssue[]): boolean {
  const value = params.get(param);
  if (value === null) return fallback;
  const normalized = value.trim().toLowerCase();
  if (["0", "false", "no", "off"].includes(normalized)) return false;
  if (["1", "true", "yes", "on"].includes(normalized)) return true;
  if (normalized !== "") dropped.push(urlIssue("flag", param, value.trim()));
  return fallback;
}

function readBackground(params: URLSearchParams, dropped: UrlIssue[]): EmbedOptions["background"] {
  const raw = params.get("bg")?.trim() ?? "";
  if (raw.toLowerCase() === "transparent") return "transparent";
  if (raw !== "" && raw.toLowerCase() !== "default") dropped.push(urlIssue("background", "bg", raw));
  return DEFAULT_EMBED_OPTIONS.background;
}

/**
 * Lenient by design: embed URLs are hand-edited by page authors, so any bad value means the default,
 * and is named in `dropped` (theme, pattern and lang are named by sharedParamIssues, as on every route).
 */
export function parseEmbedOptions(params: URLSearchParams, dropped: UrlIssue[] = []): EmbedOptions {
  return {
    title: readFlag(params, "title", DEFAULT_EMBED_OPTIONS.title, dropped),
    legend: readFlag(params, "legend", DEFAULT_EMBED_OPTIONS.legend, dropped),
    theme: parseTheme(params.get("theme")) ?? DEFAULT_EMBED_OPTIONS.theme,
    pattern: parsePattern(params.get("pattern")) ?? DEFAULT_EMBED_OPTIONS.pattern,
    background: readBackground(params, dropped),
    lang: parseLanguage(params.get("lang")),
  };
}

/** The message an embed posts to its parent whenever its content height changes. */
export interface EmbedHeightMessage {
  type: "wsis-dashboard:height";
  view: string;
  height: number;
}

/** The views an embed can show: #/embed/<view> (src/domain/views.ts says which). */
export const EMBED_VIEWS = EMBED_VIEW_IDS;

export type EmbedView = EmbedViewId;

export function isEmbedView(value: string): value is EmbedView {
  return (EMBED_VIEWS as readonly string[]).includes(value);
}

/** The full-dashboard page that shows the same view, for the embed's "open" link. */
export function fullViewPath(view: EmbedView): string {
  return viewById(view)?.page ?? "/";
}

/**
 * The hash of the full view an embed's "open" link leads to: embed-only options stay behind, the filters
 * and the language (lang) carry over. An unknown view leads to the overview.
 */
export function fullViewHash(view: string, params: URLSearchParams): string {
  const kept = [...params].filter(
    ([key]) => key === "lang" || !(EMBED_PARAMS as readonly string[]).includes(key),
  );
  return formatHash(isEmbedView(view) ? fullViewPath(view) : "/", kept);
}
