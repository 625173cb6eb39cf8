import { createHash } from "node:crypto";
import type { Plugin } from "vite";
import { CSP_DIRECTIVES, serializeCsp } from "./content-security-policy.ts";

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;
// A classic script or a stylesheet written in the page: with no attributes (module scripts have a src).
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style>([\s\S]*?)<\/style>/g;

/** The CSP source that allows one inline script or stylesheet: the SHA-256 of its exact text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

const hashesOf = (html: string, pattern: RegExp) =>
  [...html.matchAll(pattern)].map(([, text]) => hashSource(text ?? ""));

/** The policy of a page: the app's, with its own inline scripts and stylesheets (only those) allowed by hash. */
export function policyFor(html: string): string {
  return serializeCsp({
    ...CSP_DIRECTIVES,
    "script-src": [...(CSP_DIRECTIVES["script-src"] ?? []), ...hashesOf(html, INLINE_SCRIPT)],
    "style-src": [...(CSP_DIRECTIVES["style-src"] ?? []), ...hashesOf(html, INLINE_STYLE)],
  });
}

/**
 * Puts the Content Security Policy into the built index.html, right after the charset and before every
 * script and stylesheet, so that it covers them all. Build only: the dev server's hot reload runs inline
 * scripts, so `npm run dev` has no policy.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: "wsis-content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html) {
        if (!CHARSET.test(html)) throw new Error('index.html needs <meta charset="UTF-8" /> first in <head>');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
        return html.replace(CHARSET, (charset) => `${charset}\n    ${meta}`);
      },
    },
  };
}
