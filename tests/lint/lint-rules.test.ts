import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

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

// For the layers: an import that resolves to nothing is an error (so that an allowed case cannot pass by a
// typo), and the cycle check, which walks the whole import graph, stays out of the way.
const layerLint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { rules: { "import-x/no-unresolved": "error", "import-x/no-cycle": "off" } },
});

// Loading the config and the plugins is the slow part of a first lint; it is not what a case measures.
beforeAll(async () => {
  await Promise.all([eslint, layerLint].map((linter) => linter.lintText("", { filePath: "src/fixture.ts" })));
}, 120_000);

/** The rules broken by a module at `filePath` that imports `specifier` for its side effects only. */
async function importing(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await layerLint.lintText(`import "${specifier}";\n`, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? "parse-error");
}

describe("lint rules that hold the layers (docs/architecture.md)", () => {
  it.each([
    ["a feature imports another feature", "src/features/overview/fixture.ts", "../compare/CompareView"],
    [
      "a feature reaches another through src/",
      "src/features/overview/fixture.ts",
      "../../features/activities/ActivitiesView",
    ],
    ["a feature imports a page", "src/features/overview/fixture.ts", "../../pages/OverviewPage"],
    ["shared imports a feature", "src/shared/filters/fixture.ts", "../../features/overview/OverviewView"],
    ["shared imports a page", "src/shared/filters/fixture.ts", "../../pages/OverviewPage"],
    ["components import a feature", "src/components/fixture.ts", "../features/overview/OverviewView"],
    [
      "components import a feature from three folders down",
      "src/components/chart/modules/fixture.ts",
      "../../../features/overview/OverviewView",
    ],
    ["components import shared", "src/components/fixture.ts", "../shared/filters/FilterBar"],
    ["components import the app", "src/components/fixture.ts", "../app/App"],
    ["i18n imports a feature", "src/i18n/fixture.ts", "../features/overview/OverviewView"],
    ["i18n imports components", "src/i18n/fixture.ts", "../components/ErrorState"],
    ["i18n imports the data layer", "src/i18n/fixture.ts", "../data/use-dataset"],
    ["data imports i18n", "src/data/fixture.ts", "../i18n/use-translation"],
    ["data imports url-state", "src/data/fixture.ts", "../url-state/use-filters"],
    ["data imports components", "src/data/import/fixture.ts", "../../components/ErrorState"],
    ["url-state imports translation", "src/url-state/fixture.ts", "../i18n/use-translation"],
    ["url-state imports the data layer", "src/url-state/fixture.ts", "../data/use-dataset"],
    ["domain imports the data layer", "src/domain/fixture.ts", "../data/use-dataset"],
    ["domain imports i18n", "src/domain/fixture.ts", "../i18n/languages"],
    ["schema imports url-state", "src/schema/fixture.ts", "../url-state/filter-params"],
    ["a page imports the app", "src/pages/fixture.ts", "../app/App"],
    ["the app imports the entry point", "src/app/fixture.ts", "../main.tsx"],
    ["a component imports the global styles", "src/components/fixture.ts", "../styles/global.css"],
  ])("rejects an import where %s", async (_what, filePath, specifier) => {
    expect(await importing(filePath, specifier)).toContain("import-x/no-restricted-paths");
  });

  it.each([
    ["domain imports schema", "src/domain/fixture.ts", "../schema/reference"],
    ["schema imports domain", "src/schema/fixture.ts", "../domain/source-kind"],
    ["data imports domain", "src/data/fixture.ts", "../domain/filter-state"],
    ["url-state reads the language list", "src/url-state/fixture.ts", "../i18n/languages"],
    ["i18n imports schema", "src/i18n/fixture.ts", "../schema/reference"],
    ["components import data, url-state and i18n", "src/components/fixture.ts", "../url-state/use-filters"],
    [
      "components import a chart package's features",
      "src/components/chart/modules/fixture.ts",
      "echarts/features",
    ],
    [
      "shared imports components and another shared",
      "src/shared/document/fixture.ts",
      "../filters/FilterBar",
    ],
    ["a feature imports shared", "src/features/overview/fixture.ts", "../../shared/filters/FilterBar"],
    ["a feature imports itself", "src/features/overview/fixture.ts", "./OverviewView"],
    ["a page imports features", "src/pages/fixture.ts", "../features/overview/OverviewView"],
    ["the app imports pages", "src/app/fixture.ts", "../pages/OverviewPage"],
    ["the entry point imports the app and the styles", "src/fixture.ts", "./styles/global.css"],
  ])("allows an import where %s", async (_what, filePath, specifier) => {
    expect(await importing(filePath, specifier)).toEqual([]);
  });

  it.each(["react", "react-dom/client", "react/jsx-runtime", "@tanstack/react-query", "echarts-for-react"])(
    "keeps %s out of the domain core and the schemas",
    async (specifier) => {
      expect(await importing("src/domain/fixture.ts", specifier)).toContain("no-restricted-imports");
      expect(await importing("src/schema/fixture.ts", specifier)).toContain("no-restricted-imports");
    },
  );

  it.each([
    ["a dynamic import", 'export const load = () => import("../compare/CompareView");\n'],
    ["a re-export", 'export { CompareView } from "../compare/CompareView";\n'],
    [
      "a type import",
      'import type { ShareMenu } from "../share/ShareMenu";\nexport type Menu = typeof ShareMenu;\n',
    ],
  ])("rejects another feature reached through %s", async (_how, code) => {
    const [result] = await layerLint.lintText(code, { filePath: "src/features/overview/fixture.ts" });
    expect(result?.messages.map((message) => message.ruleId)).toContain("import-x/no-restricted-paths");
  });

  it("lets the data layer's hooks use React", async () => {
    expect(await importing("src/data/fixture.ts", "@tanstack/react-query")).toEqual([]);
  });
});
