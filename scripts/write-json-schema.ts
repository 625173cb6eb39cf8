import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildJsonSchemas } from "./data/json-schemas";

const outDir = join(process.cwd(), "data", "schema");
mkdirSync(outDir, { recursive: true });
for (const [name, text] of Object.entries(buildJsonSchemas())) {
  writeFileSync(join(outDir, name), text);
  console.log(`wrote data/schema/${name}`);
}
