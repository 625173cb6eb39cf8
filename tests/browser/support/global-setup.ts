import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { preview } from "vite";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL("../../..", import.meta.url));

/** Serves the production build (npm run build first: `npm run test:browser` does) for every browser test. */
export default async function setup(project: TestProject) {
  // E2E_DIST names another build folder, so that parallel work can build and test without sharing dist/.
  const outDir = process.env.E2E_DIST ?? "dist";
  if (!existsSync(`${root}/${outDir}/index.html`)) {
    throw new Error(
      `No build in ${outDir}/: run \`npm run build\` (or \`npm run test:browser\`, which builds first).`,
    );
  }
  const server = await preview({
    root,
    configFile: `${root}/vite.config.ts`,
    logLevel: "warn",
    build: { outDir },
    preview: { port: 4318, strictPort: false, host: "127.0.0.1" },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  project.provide("baseUrl", url);
  return async () => {
    await server.close();
  };
}
