import type { Theme } from "./display-params";

/** The attribute of <html> that styles/themes.css reads: `data-theme`. */
export const DOCUMENT_THEME_ATTRIBUTE = "data-theme";

/**
 * Puts the theme on <html> for the stylesheet. Only a change is written: the attribute sets the page's
 * colour scheme, so every write restyles the whole document, and the prerendered landing view already has
 * its theme from the pre-paint script.
 */
export function showDocumentTheme(theme: Theme): void {
  const root = document.documentElement;
  if (root.getAttribute(DOCUMENT_THEME_ATTRIBUTE) !== theme)
    root.setAttribute(DOCUMENT_THEME_ATTRIBUTE, theme);
}
