import react from "@vitejs/plugin-react";
import { createServer, type Plugin } from "vite";
import { readShippedFiles } from "../data/vite-plugin-data.ts";

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;
const EMPTY_ROOT = '<div id="root"></div>';
const SERVER_ENTRY = "/src/app/prerender/render-landing.tsx";

/** What the server entry (src/app/prerender/render-landing.tsx) gives the build. */
export interface LandingRender {
  /** The markup of #root. */
  markup: string;
  /** The pre-paint script's text. */
  script: string;
  /** The attribute #root carries while it holds the markup, with the digest of the data it shows. */
  rootAttribute: string;
  dataDigest: string;
  /** The attribute that carries each element's style until the client hydrates. */
  styleAttribute: string;
}

// A style attribute in the markup (React's style props, ECharts' SVG text). React and ECharts escape
// every quote inside attribute values, so the first `"` ends the value.
const STYLE_ATTRIBUTE = / style="([^"]*)"/g;
const ENTITIES: Record<string, string> = {
  "&quot;": '"',
  "&#x27;": "'",
  "&#39;": "'",
  "&lt;": "<",
  "&gt;": ">",
};
const decodeAttribute = (value: string) =>
  value.replace(/&(?:quot|#x27|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity).replace(/&amp;/g, "&");
const cssString = (value: string) =>
  `"${value.replace(/["\\\n]/g, (character) => `\\${character.charCodeAt(0).toString(16)} `)}"`;

/**
 * The page's policy refuses style attributes in the markup (style-src 'self', no 'unsafe-inline'), so the
 * prerender carries them as `data-style`, drawn by one stylesheet in the page (allowed by its hash) until
 * the client moves them into each element's style before it hydrates (src/app/prerender/hydrate-landing.ts).
 */
export function withoutStyleAttributes(markup: string, attribute: string): { markup: string; css: string } {
  const styles = new Set<string>();
  const moved = markup.replace(STYLE_ATTRIBUTE, (_whole, value: string) => {
    styles.add(decodeAttribute(value));
    return ` ${attribute}="${value}"`;
  });
  const css = [...styles].map((style) => `[${attribute}=${cssString(style)}]{${style}}`).join("\n");
  // Styles come from the code (sizes, palette colours), never from data; one that could end its rule or the
  // stylesheet stops the build rather than be written.
  if ([...styles].some((style) => /[{}<\\]/.test(style)))
    throw new Error("a prerendered style cannot be a CSS rule");
  return { markup: moved, css };
}

/** index.html with the landing view's markup in #root and the pre-paint script first in <head>. */
export function withPrerender(html: string, render: LandingRender): string {
  if (!/^[\w-]*$/.test(render.dataDigest)) throw new Error(`not a data digest: ${render.dataDigest}`);
  if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html needs an empty ${EMPTY_ROOT}`);
  if (!CHARSET.test(html)) throw new Error('index.html needs <meta charset="UTF-8" /> first in <head>');
  const { markup, css } = withoutStyleAttributes(render.markup, render.styleAttribute);
  const head = `<script>${render.script}</script>\n    <style>${css}</style>`;
  // Function replacements: a `$` in the markup is text, not a pattern.
  return html
    .replace(CHARSET, (charset) => `${charset}\n    ${head}`)
    .replace(
      EMPTY_ROOT,
      () => `<div id="root" ${render.rootAttribute}="${render.dataDigest}">${markup}</div>`,
    );
}

/** The app's server render of `#/`, loaded through Vite's SSR module loading from the sources. */
async function renderLanding(root: string, texts: Map<string, string>): Promise<LandingRender> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: "error",
    appType: "custom",
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
    // Its ES modules import without file extensions, which Node does not resolve: Vite does.
    ssr: { noExternal: ["echarts-for-react"] },
  });
  try {
    const entry = (await server.ssrLoadModule(SERVER_ENTRY)) as {
      renderLanding: (texts: ReadonlyMap<string, string>) => Promise<LandingRender>;
    };
    return await entry.renderLanding(texts);
  } finally {
    await server.close();
  }
}

/**
 * Puts `#/` as the app renders it from the shipped data (English, light theme) into the built index.html,
 * with the inline script that shows it only to the visitors it was drawn for (pre-paint-script.ts). The CSP
 * plugin, after this one, allows that script by its hash. Build only: the dev server renders in the browser.
 */
export function prerenderLandingPlugin(dataDir: string): Plugin {
  let root = process.cwd();
  return {
    name: "wsis-prerender-landing",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: "post",
      async handler(html) {
        const texts = new Map(
          [...readShippedFiles(dataDir)].map(([path, bytes]) => [path, bytes.toString("utf8")] as const),
        );
        return withPrerender(html, await renderLanding(root, texts));
      },
    },
  };
}
