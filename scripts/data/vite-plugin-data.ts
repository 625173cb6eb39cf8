import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { HtmlTagDescriptor, Plugin } from "vite";
import { STARTUP_DATA_FILE } from "../../src/data/startup-data.ts";
import { buildManifest } from "./manifest.ts";
import { startupDataJson } from "./startup-data.ts";

const URL_PREFIX = "/data/";

/** JSON Schemas in data/schema are for people editing data by hand; the app does not load them. */
const FOLDERS_NOT_SHIPPED = new Set(["schema"]);

function listJsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return FOLDERS_NOT_SHIPPED.has(name) ? [] : listJsonFiles(path);
    return name.endsWith(".json") ? [path] : [];
  });
}

/** The files a build ships, by path under data/. */
export function readShippedFiles(dataDir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const filePath of listJsonFiles(dataDir))
    files.set(relative(dataDir, filePath).split(sep).join("/"), readFileSync(filePath));
  const manifest = buildManifest(dataDir);
  files.set("manifest.json", Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  return files;
}

/**
 * Every page starts from data/startup.json (see ./startup-data.ts); the HTML asks for it at once, so that it
 * downloads alongside the JavaScript instead of after the page's chunks (the app's fetch() then finds it in
 * the preload cache). `crossorigin` makes the preload match fetch()'s mode, or the file would come twice.
 */
const STARTUP_PRELOAD: HtmlTagDescriptor = {
  tag: "link",
  attrs: { rel: "preload", as: "fetch", crossorigin: "", href: `./data/${STARTUP_DATA_FILE}` },
  injectTo: "head",
};

/**
 * Serves data/ as static JSON under ./data/ in dev and copies it into the build, adding a manifest
 * generated from data/reports. data/ stays a plain folder of files that maintainers edit and review.
 */
export function datasetPlugin(dataDir: string): Plugin {
  return {
    name: "wsis-dataset",
    // Only a build emits data/startup.json; the dev server serves each file alone.
    config(_config, { command }) {
      if (command !== "build") return;
      return { define: { __WSIS_STARTUP_DATA__: "true" } };
    },
    configureServer(server) {
      server.watcher.add(dataDir);
      server.middlewares.use((request, response, next) => {
        const url = (request.url ?? "").split("?")[0] ?? "";
        const base = server.config.base;
        const prefix = `${base.replace(/\/$/, "")}${URL_PREFIX}`;
        if (!url.startsWith(prefix)) return next();
        const relativePath = decodeURIComponent(url.slice(prefix.length));
        response.setHeader("Content-Type", "application/json; charset=utf-8");
        if (relativePath === "manifest.json") {
          response.end(JSON.stringify(buildManifest(dataDir)));
          return;
        }
        const filePath = join(dataDir, relativePath);
        const inside = !relative(dataDir, filePath).startsWith("..");
        if (!inside || !relativePath.endsWith(".json")) return next();
        try {
          response.end(readFileSync(filePath));
        } catch {
          response.statusCode = 404;
          response.end(JSON.stringify({ error: `not found: ${relativePath}` }));
        }
      });
    },
    transformIndexHtml: {
      order: "post",
      handler: (_html, context) => (context.server ? [] : [STARTUP_PRELOAD]),
    },
    generateBundle() {
      const files = readShippedFiles(dataDir);
      for (const [path, source] of files) this.emitFile({ type: "asset", fileName: `data/${path}`, source });
      this.emitFile({
        type: "asset",
        fileName: `data/${STARTUP_DATA_FILE}`,
        source: startupDataJson(files, buildManifest(dataDir)),
      });
    },
  };
}
