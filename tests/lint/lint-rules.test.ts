import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

/** The rule ids ESLint reports for a snippet placed at a path of the project (the file need not exist). */
async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? "parse-error");
}

describe("lint rules that hold the embed's isolation", () => {
  it.each([
    ["posts to the parent frame", "window.parent.postMessage('x', '*');", "no-restricted-syntax"],
    ["listens to messages", "window.addEventListener('message', () => {});", "no-restricted-syntax"],
    ["sets onmessage", "window.onmessage = () => {};", "no-restricted-syntax"],
    ["reads the top frame", "export const top = window.top;", "no-restricted-properties"],
    ["reads the opener", "export const opener = window.opener;", "no-restricted-properties"],
    ["reads the referrer", "export const from = document.referrer;", "no-restricted-properties"],
  ])("rejects a module that %s", async (_what, code, rule) => {
    expect(await rulesBroken("src/features/overview/fixture.ts", code)).toContain(rule);
  });

  it("lets the embed post its height and the import worker hear its caller", async () => {
    expect(
      await rulesBroken("src/features/embed/use-post-height.ts", "window.parent.postMessage('x', '*');"),
    ).toEqual([]);
    expect(
      await rulesBroken(
        "src/data/import/parse-in-background.ts",
        "const worker = new Worker('w.js');\nworker.onmessage = () => {};\n",
      ),
    ).toEqual([]);
  });

  it("still rejects HTML from strings where messages are allowed", async () => {
    expect(
      await rulesBroken("src/features/embed/use-post-height.ts", "document.body.innerHTML = location.hash;"),
    ).toContain("no-restricted-syntax");
  });
});
