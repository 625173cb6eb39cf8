/**
 * The Content Security Policy of the built app (see SECURITY.md). Only same-origin scripts run: no inline
 * script, no eval. Data may be fetched from the app's own origin and, for `?dataset=`, from any https: host.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  // Stylesheets only from the app's files. React's style props and ECharts' tooltip write styles through
  // the CSSOM (element.style), which CSP allows; nothing writes <style> elements or style="" attributes.
  "style-src": ["'self'"],
  // data: and blob: are the chart images the share menu and the PowerPoint export draw in the page.
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'", "https:"],
  // The import parser runs in a module worker from the app's files; the service worker too.
  "worker-src": ["'self'", "blob:"],
  "manifest-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'none'"],
};

/** Directives a <meta> cannot carry: hosts send them as HTTP headers (README, Deploying). */
export const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  "frame-ancestors": ["*"],
};

export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}
