import { execSync } from "node:child_process";

/** Production builds of the app and of the floor page, from the current sources. */
export function buildAll(): void {
  execSync("npx vite build --outDir dist-bench --logLevel warn", { stdio: "inherit" });
  execSync("npx vite build -c bench/floor/vite.config.ts --logLevel warn", { stdio: "inherit" });
}
