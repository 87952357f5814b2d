import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

/** The entries of the README's Layout block: the first word of each line. */
function layoutEntries(): string[] {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Layout\n"));
  const block = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => line.split(/\s+/)[0] ?? "")
    .filter((entry) => entry !== "");
}

function tracked(): string[] {
  return execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
    .split("\n")
    .filter((f) => f !== "");
}

/** Folders the Layout must name: every top-level one, and those one level down in src/core, src, dev, scripts. */
function foldersToName(files: readonly string[]): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    const parts = file.split("/");
    if (parts.length < 2) continue;
    folders.add(`${parts[0]}/`);
    if (["src", "dev", "scripts"].includes(parts[0] ?? "") && parts.length > 2) folders.add(`${parts[0]}/${parts[1]}/`);
    if (parts[0] === "src" && parts[1] === "core" && parts.length > 3) folders.add(`src/core/${parts[2]}/`);
  }
  return folders;
}

describe("the README's Layout section", () => {
  const files = (() => {
    try {
      return tracked();
    } catch {
      return [];
    }
  })();
  const entries = layoutEntries();

  it("is found, and the repository is a git checkout", () => {
    expect(entries.length).toBeGreaterThan(10);
    expect(files.length).toBeGreaterThan(100);
  });

  it("names every folder of the tree", () => {
    // A folder is named by its own line or by lines for the folders inside it (src/ by src/core/ …).
    const missing = [...foldersToName(files)]
      .filter((folder) => !entries.some((entry) => entry.startsWith(folder)))
      .sort();
    expect(missing).toEqual([]);
  });

  it("names nothing that is not in the tree", () => {
    const absent = entries.filter((entry) =>
      entry.endsWith("/") ? !files.some((f) => f.startsWith(entry)) : !files.includes(entry),
    );
    expect(absent).toEqual([]);
  });
});
