import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Vitest runs from the project root (jsdom gives import.meta.url no file: scheme).
const SRC = join(process.cwd(), "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative(SRC, path)] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({ path, text: readFileSync(join(SRC, path), "utf8") }));
const using = (pattern: RegExp) => files.filter((file) => pattern.test(file.text)).map((file) => file.path);

/** What an embed may say to the page around it, and what it may hear from it: nothing. */
describe("the embed and its parent page", () => {
  it("only the import worker and its caller handle messages; the iframe snippet's listener is host-page text", () => {
    expect(using(/addEventListener\(\s*["']message["']|\bonmessage\s*=/).sort()).toEqual([
      "data/import/parse-in-background.ts",
      "data/import/parse.worker.ts",
      "features/share/share-links.ts",
    ]);
    // The worker is a Worker object, never the window: nothing listens to messages from other frames.
    expect(files.find((file) => file.path === "data/import/parse-in-background.ts")?.text).toMatch(
      /worker\.onmessage\s*=/,
    );
  });

  it("touches window.parent only to post its height, and never reads the top frame, opener or referrer", () => {
    expect(using(/window\.parent/)).toEqual(["features/embed/use-post-height.ts"]);
    const post = files.find((file) => file.path === "features/embed/use-post-height.ts")!.text;
    const uses = post.match(/window\.parent[^;\n]*/g);
    expect(uses).toEqual(["window.parent === window) return", 'window.parent.postMessage(message, "*")']);
    expect(using(/window\.top\b|window\.opener\b|document\.referrer|window\.frames\b/)).toEqual([]);
  });
});
