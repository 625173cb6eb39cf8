/** Set on <html> by the pre-paint script when the visitor is to see the prerendered landing view. */
export const LANDING_ATTRIBUTE = "data-landing";
export const LANDING_SHOWN = "prerendered";
/** The same attribute once the app has hydrated the prerender: from then on it answers input. */
export const LANDING_HYDRATED = "hydrated";

/**
 * On #root while it holds the prerendered landing view, with the digest of the data it shows
 * (styles/global.css hides it unless shown).
 */
export const PRERENDERED_ROOT_ATTRIBUTE = "data-prerendered";

/** What the build renames the prerender's style attributes to (the CSP refuses style attributes in markup). */
export const PRERENDERED_STYLE_ATTRIBUTE = "data-style";

/** Whether #root holds the prerendered landing view and the pre-paint script showed it. */
export function isPrerenderShown(container: HTMLElement): boolean {
  return (
    container.hasAttribute(PRERENDERED_ROOT_ATTRIBUTE) &&
    document.documentElement.getAttribute(LANDING_ATTRIBUTE) === LANDING_SHOWN
  );
}

/** Empties #root of the prerender (if it holds one), for the app to render itself. */
export function discardPrerender(container: HTMLElement): void {
  document.documentElement.removeAttribute(LANDING_ATTRIBUTE);
  if (!container.hasAttribute(PRERENDERED_ROOT_ATTRIBUTE)) return;
  container.replaceChildren();
  container.removeAttribute(PRERENDERED_ROOT_ATTRIBUTE);
}
