import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const PREFIX = "virtual:english/";
const ENGLISH_CATALOG = fileURLToPath(new URL("../../src/i18n/locales/en.json", import.meta.url));

/**
 * `import part from "virtual:english/deckNotice,urlReason"`: those namespaces of the English catalog, as a
 * module of their own. A JSON file is one module, and the bundler puts a module in one chunk, with every
 * part that any chunk names: the compare page's text rode on every page. A module per part lets each part
 * travel with the code that shows it (src/i18n/english/).
 */
export function englishPartsPlugin(): Plugin {
  return {
    name: "wsis-english-parts",
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      this.addWatchFile(ENGLISH_CATALOG);
      const catalog = JSON.parse(readFileSync(ENGLISH_CATALOG, "utf8")) as Record<string, unknown>;
      const part: Record<string, unknown> = {};
      for (const namespace of id.slice(PREFIX.length + 1).split(",")) {
        if (!(namespace in catalog))
          this.error(`${ENGLISH_CATALOG} has no namespace "${namespace}" (${id.slice(1)})`);
        part[namespace] = catalog[namespace];
      }
      return `export default ${JSON.stringify(part)};`;
    },
  };
}
