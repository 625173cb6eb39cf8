// @vitest-environment jsdom
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readDatasetParam } from "../../features/import/dataset-param";
import { parseLanguage, resolveLanguage } from "../../i18n/languages";
import { resolveDisplay } from "../../url-state/display-params";
import {
  PATTERN_STORAGE_KEY,
  readSavedPattern,
  readSavedTheme,
  THEME_STORAGE_KEY,
} from "../../url-state/display-storage";
import { parseHash } from "../../url-state/hash-location";
import { LANDING_MIN_VIEWPORT } from "./landing-layout";
import { LANDING_ATTRIBUTE, LANDING_SHOWN } from "../../components/prerendered-landing";
import { PRE_PAINT_SCRIPT } from "./pre-paint-script";
import { DOCUMENT_THEME_ATTRIBUTE, showDocumentTheme } from "../../url-state/document-theme";

interface Visitor {
  search: string;
  hash: string;
  languages: string[];
  savedTheme: string | null;
  savedPattern: string | null;
  prefersDark: boolean;
  prefersMoreContrast: boolean;
  width: number;
}

function arrive(visitor: Visitor) {
  window.history.replaceState(null, "", `/${visitor.search}${visitor.hash}`);
  vi.spyOn(navigator, "languages", "get").mockReturnValue(visitor.languages);
  vi.spyOn(navigator, "language", "get").mockReturnValue(visitor.languages[0] ?? "en-US");
  localStorage.clear();
  if (visitor.savedTheme !== null) localStorage.setItem(THEME_STORAGE_KEY, visitor.savedTheme);
  if (visitor.savedPattern !== null) localStorage.setItem(PATTERN_STORAGE_KEY, visitor.savedPattern);
  window.matchMedia = ((query: string) => ({
    matches:
      (query === "(prefers-color-scheme: dark)" && visitor.prefersDark) ||
      (query === "(prefers-contrast: more)" && visitor.prefersMoreContrast),
  })) as unknown as typeof window.matchMedia;
  Object.defineProperty(window, "innerWidth", { value: visitor.width, configurable: true });
  document.documentElement.removeAttribute(LANDING_ATTRIBUTE);
  document.documentElement.removeAttribute(DOCUMENT_THEME_ATTRIBUTE);
}

/** The script's verdict, as it runs in the page's <head>. */
function scriptShows(visitor: Visitor): boolean {
  arrive(visitor);
  new Function(PRE_PAINT_SCRIPT)();
  return document.documentElement.getAttribute(LANDING_ATTRIBUTE) === LANDING_SHOWN;
}

/** What the app itself will show this visitor, read by its own parsers: `#/` in English and the light theme. */
function appShowsLanding(visitor: Visitor): boolean {
  arrive(visitor);
  const { path, params } = parseHash(window.location.hash);
  // LanguageGate: the URL's `lang`, else the browser's languages.
  const language = parseLanguage(params.get("lang")) ?? resolveLanguage(null, navigator.languages);
  const display = resolveDisplay({
    url: params,
    savedTheme: readSavedTheme(),
    savedPattern: readSavedPattern(),
    system: { prefersDark: visitor.prefersDark, prefersMoreContrast: visitor.prefersMoreContrast },
  });
  return (
    path === "/" &&
    [...params].length === 0 &&
    readDatasetParam(window.location) === undefined &&
    language === "en" &&
    display.theme === "light" &&
    !display.pattern &&
    window.innerWidth >= LANDING_MIN_VIEWPORT
  );
}

const LANDING: Visitor = {
  search: "",
  hash: "#/",
  languages: ["en-US", "en"],
  savedTheme: null,
  savedPattern: null,
  prefersDark: false,
  prefersMoreContrast: false,
  width: 1440,
};

const CHOICES = {
  search: ["", "?utm_source=mail", "?dataset=https://example.org/data.csv", "?dataset=", "?dataset=%20"],
  hash: [
    "",
    "#",
    "#/",
    "#//",
    "#/?",
    "#/?sdg=5",
    "#/?lang=en",
    "#/?lang=fr",
    "#/?theme=light",
    "#/activities",
    "#/embed/sdgs",
    "#/?pattern=0",
  ],
  languages: [
    ["en-US"],
    ["fr-FR", "en"],
    ["de-DE", "en-GB"],
    ["de"],
    ["ar"],
    ["EN_gb"],
    [" fr "],
    ["zh-Hans-CN"],
    [],
  ],
  savedTheme: [null, "light", "dark", "contrast", "hc", " LIGHT ", "Dark-Contrast", "system", "bogus", ""],
  savedPattern: [null, "1", "0", "on"],
  prefersDark: [false, true],
  prefersMoreContrast: [false, true],
  width: [390, 1439, 1440, 1920],
} satisfies { [K in keyof Visitor]: readonly Visitor[K][] };

afterEach(() => {
  localStorage.clear();
  window.history.replaceState(null, "", "/");
});

describe("the pre-paint script", () => {
  it("shows the prerender to the visitor it was drawn for, at #/, # and no hash", () => {
    for (const hash of ["#/", "#", ""]) expect(scriptShows({ ...LANDING, hash })).toBe(true);
  });

  it("agrees with the app's own parsers on every choice, one at a time", () => {
    for (const [key, values] of Object.entries(CHOICES)) {
      for (const value of values) {
        const visitor = { ...LANDING, [key]: value };
        expect({ visitor, shown: scriptShows(visitor) }).toEqual({
          visitor,
          shown: appShowsLanding(visitor),
        });
      }
    }
  });

  it("agrees with the app's own parsers on any mix of them", () => {
    const visitor = fc.record(
      Object.fromEntries(
        Object.entries(CHOICES).map(([key, values]) => [key, fc.constantFrom(...(values as unknown[]))]),
      ) as { [K in keyof Visitor]: fc.Arbitrary<Visitor[K]> },
    );
    fc.assert(
      fc.property(visitor, (one) => scriptShows(one) === appShowsLanding(one)),
      { numRuns: 400 },
    );
  });

  it("gives a shown prerender the theme the app then sets, so that the app's own write changes nothing", () => {
    scriptShows(LANDING);
    const theme = resolveDisplay({
      url: new URLSearchParams(),
      savedTheme: readSavedTheme(),
      savedPattern: readSavedPattern(),
      system: { prefersDark: false, prefersMoreContrast: false },
    }).theme;
    expect(document.documentElement.getAttribute(DOCUMENT_THEME_ATTRIBUTE)).toBe(theme);
    const observer = new MutationObserver(() => undefined);
    observer.observe(document.documentElement, { attributeFilter: [DOCUMENT_THEME_ATTRIBUTE] });
    showDocumentTheme(theme);
    expect(observer.takeRecords()).toHaveLength(0);
    showDocumentTheme("dark");
    expect(observer.takeRecords()).toHaveLength(1);
    observer.disconnect();
    expect(document.documentElement.getAttribute(DOCUMENT_THEME_ATTRIBUTE)).toBe("dark");
  });

  it("leaves the theme to the app when the prerender is not shown", () => {
    expect(scriptShows({ ...LANDING, hash: "#/?sdg=5" })).toBe(false);
    expect(document.documentElement.hasAttribute(DOCUMENT_THEME_ATTRIBUTE)).toBe(false);
  });

  it("counts storage that cannot be read as nothing saved, as the app does", () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new Error("blocked");
    });
    expect(scriptShows(LANDING)).toBe(true);
    expect(scriptShows({ ...LANDING, prefersDark: true })).toBe(false);
  });
});
