// Parts of the English catalog, made by scripts/build/vite-plugin-english-parts.ts.
declare module "virtual:english/*" {
  import type { Catalog } from "../i18n";

  const part: Catalog;
  export default part;
}
