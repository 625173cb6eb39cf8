/**
 * How the app looks, as opposed to what it shows: the colour theme and the chart patterns. Both can be
 * set by the URL (`theme=`, `pattern=`), by a choice saved in this browser, or by the system settings,
 * in that order. Pure: the hook in use-display-preferences.ts feeds it the three sources.
 */
export const THEMES = ["light", "dark", "contrast", "contrast-dark"] as const;
export type Theme = (typeof THEMES)[number];

/** What the theme picker offers: a theme, or "system" to follow prefers-color-scheme/prefers-contrast. */
export type ThemeChoice = Theme | "system";

// Spellings people type by hand; the canonical values are the THEMES themselves.
export const THEME_ALIASES: Readonly<Record<string, Theme>> = {
  "high-contrast": "contrast",
  "contrast-light": "contrast",
  hc: "contrast",
  "dark-contrast": "contrast-dark",
  "high-contrast-dark": "contrast-dark",
};

/** Lenient like every URL value: unknown or empty means "not set", never an error. */
export function parseTheme(raw: string | null | undefined): Theme | undefined {
  const value = raw?.trim().toLowerCase() ?? "";
  if ((THEMES as readonly string[]).includes(value)) return value as Theme;
  return THEME_ALIASES[value];
}

/** `pattern=1` turns decal patterns on, `pattern=0` off; anything else means "not set". */
export function parsePattern(raw: string | null | undefined): boolean | undefined {
  const value = raw?.trim().toLowerCase();
  if (value === undefined) return undefined;
  if (["1", "true", "yes", "on"].includes(value)) return true;
  if (["0", "false", "no", "off"].includes(value)) return false;
  return undefined;
}

export interface SystemDisplay {
  prefersDark: boolean;
  prefersMoreContrast: boolean;
}

export function systemTheme({ prefersDark, prefersMoreContrast }: SystemDisplay): Theme {
  if (prefersMoreContrast) return prefersDark ? "contrast-dark" : "contrast";
  return prefersDark ? "dark" : "light";
}

export interface DisplaySources {
  url: URLSearchParams;
  savedTheme: ThemeChoice;
  savedPattern: boolean;
  system: SystemDisplay;
}

export interface Display {
  theme: Theme;
  pattern: boolean;
}

/** The URL wins (a shared link or an embed shows what its author chose), then the saved choice, then the system. */
export function resolveDisplay({ url, savedTheme, savedPattern, system }: DisplaySources): Display {
  const theme = parseTheme(url.get("theme")) ?? (savedTheme === "system" ? systemTheme(system) : savedTheme);
  return { theme, pattern: parsePattern(url.get("pattern")) ?? savedPattern };
}
