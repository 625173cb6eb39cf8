import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

export interface Bytes {
  raw: number;
  gzip: number;
  files: string[];
  /** Gzip bytes of each file, largest first: where the page's bytes go (bench:bytes -- --files). */
  perFile: Array<{ file: string; gzip: number }>;
}

/** A page is loaded when its first chart is drawn, or (pages without charts) when an element shows. */
export type ReadyWhen = { mark: string } | { selector: string };

export interface PageBytes {
  js: Bytes;
  css: Bytes;
}

function sum(outDir: string, files: readonly string[]): Bytes {
  let raw = 0;
  let gzip = 0;
  const perFile: Bytes["perFile"] = [];
  for (const file of files) {
    const content = readFileSync(join(outDir, file));
    const zipped = gzipSync(content, { level: 9 }).length;
    raw += content.length;
    gzip += zipped;
    perFile.push({ file, gzip: zipped });
  }
  perFile.sort((a, b) => b.gzip - a.gzip);
  return { raw, gzip, files: [...files].sort(), perFile };
}

/**
 * The JS and CSS a page really loads (lazy chunks included), measured on the files in the build folder:
 * which files load is decided by the browser, their sizes by the disk, so the figure is deterministic.
 */
export async function measurePageBytes(
  browser: Browser,
  baseUrl: string,
  hash: string,
  outDir: string,
  ready: ReadyWhen,
): Promise<PageBytes> {
  const page = await browser.newPage();
  const files = new Set<string>();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(baseUrl).origin && /\.(js|css)$/.test(url.pathname))
      files.add(url.pathname.replace(/^\//, ""));
  });
  await page.goto(new URL(hash, baseUrl).toString());
  if ("mark" in ready) {
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, ready.mark, {
      timeout: 60_000,
    });
  } else await page.waitForSelector(ready.selector, { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  // "networkidle" can come while the page is still busy drawing (no request for 500 ms) and then never
  // again, so chunks requested after that work were missed: wait until the page is idle and has asked
  // for no new file for a full second.
  let seen = -1;
  while (seen !== files.size) {
    seen = files.size;
    await page.evaluate(
      () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 5000 })),
    );
    await page.waitForTimeout(1000);
  }
  await page.close();
  const list = [...files];
  return {
    js: sum(
      outDir,
      list.filter((file) => file.endsWith(".js")),
    ),
    css: sum(
      outDir,
      list.filter((file) => file.endsWith(".css")),
    ),
  };
}
