#!/usr/bin/env node
// Checks for the system tools the tests need (Debian's chromium, xmllint, Japanese fonts).
// `node scripts/ensure-system.mjs [tool …]` only checks and names the setup command when one is
// missing; `npm run setup` (this script with --install, as root) installs them from Debian's
// packages. No browser is downloaded from anywhere else, and npm test never installs anything.
import { execSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const install = process.argv.includes("--install");
const wanted = process.argv.slice(2).filter((arg) => arg !== "--install");
const tools = [
  { name: "xmllint", check: () => has("xmllint"), pkg: "libxml2-utils" },
  { name: "chromium", check: () => existsSync("/usr/bin/chromium"), pkg: "chromium" },
  // Japanese glyphs for the browser tests' screenshots (without them the pane shows empty boxes).
  { name: "cjk-fonts", check: () => hasJapaneseFont(), pkg: "fonts-ipafont-gothic" },
].filter((t) => wanted.length === 0 || wanted.includes(t.name));

function hasJapaneseFont() {
  const result = spawnSync("fc-list", [":lang=ja", "family"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.trim() !== "";
}

/** @param {string} cmd */
function has(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

const missing = tools.filter((t) => !t.check());
if (missing.length === 0) process.exit(0);
const names = missing.map((t) => t.name).join(", ");
const pkgs = missing.map((t) => t.pkg).join(" ");
if (!install) {
  console.error(
    `Missing system tools: ${names}. Install them once with: npm run setup (as root; it runs apt-get install -y ${pkgs}).`,
  );
  process.exit(1);
}
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || !has("apt-get")) {
  console.error(`Missing ${names}. Install them with: sudo apt-get install -y ${pkgs}`);
  process.exit(1);
}
console.log(`Installing ${pkgs} from Debian's packages …`);
try {
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${pkgs}`,
    { stdio: "inherit" },
  );
} catch {
  console.error(`Could not install ${pkgs}.`);
  process.exit(1);
}
