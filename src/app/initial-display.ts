import { resolveDisplay } from "../url-state/display-params";
import { readSavedPattern, readSavedTheme } from "../url-state/display-storage";
import { parseEmbedOptions } from "../url-state/embed-contract";
import { parseHash } from "../url-state/hash-location";
import { matchQuery } from "../url-state/use-display-preferences";
import { showDocumentTheme } from "../url-state/document-theme";

/**
 * Sets the theme on <html> before the first render, so the page never shows the wrong theme while the
 * app loads. Not an inline script in index.html (the Content-Security-Policy forbids those): until this
 * runs, styles/themes.css already follows prefers-color-scheme.
 */
export function applyInitialDisplay() {
  const { path, params } = parseHash(window.location.hash);
  const theme = path.startsWith("/embed/")
    ? parseEmbedOptions(params).theme
    : resolveDisplay({
        url: params,
        savedTheme: readSavedTheme(),
        savedPattern: readSavedPattern(),
        system: {
          prefersDark: matchQuery("(prefers-color-scheme: dark)")?.matches ?? false,
          prefersMoreContrast: matchQuery("(prefers-contrast: more)")?.matches ?? false,
        },
      }).theme;
  showDocumentTheme(theme);
}
