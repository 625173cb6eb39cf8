import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? "parse-error");
}

// Wherever the registry keeps them, option builders are *.option.ts files under src/.
const BUILDER = "src/features/overview/fixture.option.ts";

describe("option builders take their colours from the palette", () => {
  it.each([
    ["a hex colour", 'export const style = { color: "#1b2330" };'],
    ["a short hex colour", "export const style = { color: '#333' };"],
    ["an rgba colour", 'export const style = { color: "rgba(0, 0, 0, 0.5)" };'],
    ["a colour inside a template", "export const css = (size: number) => `${size}px solid #0b4f8a`;"],
  ])("rejects %s in a builder", async (_what, code) => {
    expect(await rulesBroken(BUILDER, code)).toContain("no-restricted-syntax");
  });

  it("accepts palette roles and data colours, and keeps other modules free to name colours", async () => {
    const fromPalette =
      'import type { ChartPalette } from "../../components/chart/chart-palette";\n' +
      "export const style = (palette: ChartPalette, data: string) => ({ color: data, borderColor: palette.ink });\n";
    expect(await rulesBroken(BUILDER, fromPalette)).toEqual([]);
    expect(await rulesBroken("src/features/overview/fixture.ts", 'export const c = "#1b2330";')).toEqual([]);
  });

  it("still rejects HTML from strings in a builder", async () => {
    expect(await rulesBroken(BUILDER, "document.body.innerHTML = location.hash;")).toContain(
      "no-restricted-syntax",
    );
  });
});
