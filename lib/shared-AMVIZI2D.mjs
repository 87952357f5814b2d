// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  errorText
} from "./shared-A7SG4TO2.mjs";

// src/cli/collect.ts
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
function message(error) {
  return errorText(error);
}
async function walk(dir, out) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push({ file: dir, ok: false, error: `cannot read folder: ${message(error)}` });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (/\.(?:eml|msg)$/i.test(entry.name) && (entry.isFile() || entry.isSymbolicLink()))
      out.push({ file: path, ok: true });
  }
}
async function collectTargets(paths) {
  const out = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, out);
      else out.push({ file: path, ok: true });
    } catch (error) {
      out.push({ file: path, ok: false, error: `cannot read: ${message(error)}` });
    }
  }
  const seen = /* @__PURE__ */ new Map();
  for (const target of out) if (!seen.has(target.file)) seen.set(target.file, target);
  return [...seen.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

export {
  collectTargets
};
