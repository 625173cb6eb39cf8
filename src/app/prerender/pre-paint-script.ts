import { DATASET_PARAM } from "../../features/import/dataset-param";
import { DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES } from "../../i18n/languages";
import { THEME_ALIASES, THEMES, type Theme } from "../../url-state/display-params";
import { PATTERN_STORAGE_KEY, THEME_STORAGE_KEY } from "../../url-state/display-storage";
import { DOCUMENT_THEME_ATTRIBUTE } from "../../url-state/document-theme";
import { LANDING_MIN_VIEWPORT } from "./landing-layout";
import { LANDING_ATTRIBUTE, LANDING_SHOWN } from "../../components/prerendered-landing";

// Every spelling of a theme the app reads back from storage, and the theme it means.
const THEME_SPELLINGS = { ...Object.fromEntries(THEMES.map((theme) => [theme, theme])), ...THEME_ALIASES };

const CONSTANTS = {
  themes: THEME_SPELLINGS,
  languages: SUPPORTED_LANGUAGES,
  fallback: DEFAULT_LANGUAGE,
  themeKey: THEME_STORAGE_KEY,
  patternKey: PATTERN_STORAGE_KEY,
  dataset: DATASET_PARAM,
  minWidth: LANDING_MIN_VIEWPORT,
  attribute: LANDING_ATTRIBUTE,
  shown: LANDING_SHOWN,
  themeAttribute: DOCUMENT_THEME_ATTRIBUTE,
  prerenderedTheme: "light" satisfies Theme,
};

/**
 * Runs in <head> before the first paint, inline (its hash is in the page's CSP), and decides whether this
 * visitor sees the prerendered `#/`: only at `#/` with no parameter and no `?dataset=`, in English (no
 * `lang`, so the browser's languages as LanguageGate reads them), in the light theme (saved, else the
 * system's) without saved patterns, and where the page is as wide as the prerender was drawn for.
 * Otherwise the stylesheet hides the prerendered markup and main.tsx replaces it. A failing read of
 * storage counts as nothing saved, as in display-storage.ts. A shown prerender gets its theme here too:
 * set later by main.tsx, it would restyle the whole prerendered page after it has painted.
 */
function decide(c: typeof CONSTANTS): void {
  const body = location.hash.replace(/^#/, "");
  const queryAt = body.indexOf("?");
  const path = queryAt < 0 ? body : body.slice(0, queryAt);
  const query = queryAt < 0 ? "" : body.slice(queryAt + 1);
  const dataset = (new URLSearchParams(location.search).get(c.dataset) ?? "").trim();
  let language: string = c.fallback;
  const asked = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const candidate of asked) {
    const base = (candidate ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
    if ((c.languages as readonly string[]).includes(base)) {
      language = base;
      break;
    }
  }
  const saved = (key: string) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const savedTheme = (saved(c.themeKey) ?? "").trim().toLowerCase();
  const system = () =>
    !matchMedia("(prefers-color-scheme: dark)").matches && !matchMedia("(prefers-contrast: more)").matches;
  const light = Object.prototype.hasOwnProperty.call(c.themes, savedTheme)
    ? c.themes[savedTheme as keyof typeof c.themes] === "light"
    : system();
  const shown =
    path.replace(/^\/+/, "").replace(/\/+$/, "") === "" &&
    new URLSearchParams(query).toString() === "" &&
    dataset === "" &&
    language === "en" &&
    light &&
    saved(c.patternKey) !== "1" &&
    innerWidth >= c.minWidth;
  if (shown) {
    document.documentElement.setAttribute(c.attribute, c.shown);
    document.documentElement.setAttribute(c.themeAttribute, c.prerenderedTheme);
  }
}

/** The script's text, as it goes into index.html (and into the CSP's hash). */
export const PRE_PAINT_SCRIPT = `(${decide.toString()})(${JSON.stringify(CONSTANTS)})`;
