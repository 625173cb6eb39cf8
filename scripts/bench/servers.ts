import { fileURLToPath } from "node:url";
import { preview, type PreviewServer } from "vite";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** Serves a finished build folder on loopback (the same static serving a CDN would do). */
export async function serveBuild(outDir: string, port: number): Promise<Served> {
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    base: "./",
    logLevel: "warn",
    build: { outDir },
    preview: { port, strictPort: false, host: "127.0.0.1" },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`could not serve ${outDir}`);
  return { url, close: () => server.close() };
}
