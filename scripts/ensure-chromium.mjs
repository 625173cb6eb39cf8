// Browser tests drive Debian's Chromium (no browser download is possible here). On a fresh machine,
// install it when we are root and apt-get exists; otherwise say exactly what to do.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const executable = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(executable)) {
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    console.error(
      `Chromium not found at ${executable}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
  console.log("Installing Chromium from Debian's packages for the browser tests...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execSync("apt-get update -qq && apt-get install -y -qq chromium fonts-noto-core fonts-wqy-microhei", {
    stdio: "inherit",
    env,
  });
}
