// Browser tests drive Debian's Chromium (no browser download is possible here) and measure text drawn in
// the fonts below, so a machine without them lays pages out differently. On a fresh machine, install what
// is missing when we are root and apt-get exists; otherwise say exactly what to do.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const executable = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Debian package → font families it provides, as fc-list names them (Latin text is drawn in Noto Sans).
const FONT_PACKAGES = {
  "fonts-noto-core": ["Noto Sans", "Noto Sans Arabic"],
  "fonts-wqy-microhei": ["WenQuanYi Micro Hei"],
};

/** Every family name fontconfig knows, exactly: "Noto Sans Arabic UI" must not pass for "Noto Sans Arabic". */
function installedFamilies() {
  try {
    const lines = execSync("fc-list : family", { encoding: "utf8" }).split("\n");
    return new Set(lines.flatMap((line) => line.split(",").map((name) => name.trim())));
  } catch {
    return new Set();
  }
}

// Fonts are checked whether or not Chromium is there: a machine with Chromium but not these fonts lays
// pages out differently.
const families = installedFamilies();
const missing = [
  ...(existsSync(executable) ? [] : ["chromium"]),
  ...Object.entries(FONT_PACKAGES)
    .filter(([, needed]) => needed.some((family) => !families.has(family)))
    .map(([name]) => name),
];

if (missing.length > 0) {
  const command = `apt-get update -qq && apt-get install -y -qq ${missing.join(" ")}`;
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    console.error(
      `The browser tests need ${missing.join(", ")}. Install them (Debian/Ubuntu: sudo ${command.replaceAll("&& apt-get", "&& sudo apt-get")})${missing.includes("chromium") ? " or set CHROMIUM_PATH to another Chromium" : ""}.`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(", ")} from Debian's packages for the browser tests...`);
  execSync(command, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}
