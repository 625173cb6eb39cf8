import type { Plugin } from "vite";
import { CSP_DIRECTIVES, serializeCsp } from "./content-security-policy.ts";

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

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
        const meta = `<meta http-equiv="Content-Security-Policy" content="${serializeCsp(CSP_DIRECTIVES)}" />`;
        return html.replace(CHARSET, (charset) => `${charset}\n    ${meta}`);
      },
    },
  };
}
