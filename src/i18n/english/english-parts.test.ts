import { describe, expect, it } from "vitest";
import { i18n } from "../i18n";
import en from "../locales/en.json";

// The parts of en.json (core.ts and one module per other part), as source text.
const partSources = import.meta.glob<string>(["./*.ts", "!./*.test.ts", "!./*.d.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});
// Every module of the app that could show text, as source text.
const appSources = import.meta.glob<string>(["../../**/*.{ts,tsx}", "!../../**/*.test.{ts,tsx}"], {
  query: "?raw",
  import: "default",
  eager: true,
});

// Each part imports "virtual:english/<namespaces>".
const VIRTUAL_IMPORT = /from "virtual:english\/([^"]*)"/;

/** The namespaces of en.json each part names, by part name ("core", "compare", ...). */
function namespacesByPart(): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const [file, source] of Object.entries(partSources)) {
    const list = VIRTUAL_IMPORT.exec(source)?.[1];
    const names = list?.split(",").map((name) => name.trim());
    parts.set(file.replace(/^\.\/(.*)\.ts$/, "$1"), names?.filter(Boolean) ?? []);
  }
  return parts;
}

function leafKeys(catalog: object, prefix = ""): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("the parts of the English catalog", () => {
  it("name every namespace of en.json exactly once", () => {
    const named = [...namespacesByPart().values()].flat().sort();
    expect(named).toEqual(Object.keys(en).sort());
  });

  it("together give every English text once all parts are loaded", async () => {
    await Promise.all(Object.keys(partSources).map((file) => import(/* @vite-ignore */ file)));
    const t = i18n.getFixedT("en") as unknown as (key: string) => string;
    const missing = leafKeys(en).filter((key) => t(key) === key);
    expect(missing).toEqual([]);
  });

  it("are imported by every module that shows their text, so the text travels with the module's chunk", () => {
    const missing: string[] = [];
    for (const [part, namespaces] of namespacesByPart()) {
      if (part === "core") continue;
      const usesPart = new RegExp(`["'\`](${namespaces.join("|")})\\.[a-zA-Z]`);
      const importsPart = new RegExp(`^import "[./]*(i18n/)?english/${part}";$`, "m");
      for (const [file, source] of Object.entries(appSources)) {
        if (file.includes("/i18n/english/")) continue;
        if (usesPart.test(source) && !importsPart.test(source)) missing.push(`${file} shows ${part}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
