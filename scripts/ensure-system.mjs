#!/usr/bin/env node
// Installs the system tools the tests need (Debian's chromium, xmllint) when they are missing.
// Only Debian's registry is used: no browser downloads from anywhere else.
import { execSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const wanted = process.argv.slice(2);
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

function has(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}

const missing = tools.filter((t) => !t.check());
if (missing.length === 0) process.exit(0);
const pkgs = missing.map((t) => t.pkg).join(" ");
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || !has("apt-get")) {
  console.error(`Missing ${missing.map((t) => t.name).join(", ")}. Install them with: sudo apt-get install -y ${pkgs}`);
  process.exit(1);
}
console.log(`Installing ${pkgs} from Debian's packages …`);
try {
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${pkgs}`, { stdio: "inherit" });
} catch {
  console.error(`Could not install ${pkgs}.`);
  process.exit(1);
}
