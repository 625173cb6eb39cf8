// Browser tests drive Debian's Chromium (no browser download is possible here) and measure text drawn in
// the fonts below, so a machine without them lays pages out differently. On a fresh machine, install what
// is missing when we are root and apt-get exists; otherwise say exactly what to do.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const executable = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Debian package → a font family it provides, as fc-list names it.
const FONT_PACKAGES = {
  "fonts-noto-core": "Noto Sans Arabic",
  "fonts-wqy-microhei": "WenQuanYi Micro Hei",
};

function installedFamilies() {
  try {
    return execSync("fc-list : family", { encoding: "utf8" });
  } catch {
    return "";
  }
}

const families = installedFamilies();
const missing = [
  ...(existsSync(executable) ? [] : ["chromium"]),
  ...Object.entries(FONT_PACKAGES)
    .filter(([, family]) => !families.includes(family))
    .map(([name]) => name),
];

if (missing.length > 0) {
  const command = `apt-get update -qq && apt-get install -y -qq ${missing.join(" ")}`;
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    console.error(
      `The browser tests need ${missing.join(", ")}. Install them (Debian/Ubuntu: sudo ${command.replaceAll("&& apt-get", "&& sudo apt-get")}) or set CHROMIUM_PATH to another Chromium.`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(", ")} from Debian's packages for the browser tests...`);
  execSync(command, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}
