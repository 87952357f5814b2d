import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { errorText } from "../core/text/error-text";

export type Target = { readonly file: string } & (
  { readonly ok: true } | { readonly ok: false; readonly error: string }
);

function message(error: unknown): string {
  return errorText(error);
}

async function walk(dir: string, out: Target[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push({ file: dir, ok: false, error: `cannot read folder: ${message(error)}` });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    // Symbolic links to folders are not followed, so a link loop cannot make the scan endless.
    if (entry.isDirectory()) await walk(path, out);
    else if (/\.(?:eml|msg)$/i.test(entry.name) && (entry.isFile() || entry.isSymbolicLink()))
      out.push({ file: path, ok: true });
  }
}

/**
 * Expands the command line's paths: a file is taken as it is (whatever its extension), a folder
 * gives every *.eml and *.msg below it. The result is sorted and without duplicates, so two runs print the
 * same lines in the same order. A path that does not exist becomes an error entry, not a crash.
 */
export async function collectTargets(paths: readonly string[]): Promise<Target[]> {
  const out: Target[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, out);
      else out.push({ file: path, ok: true });
    } catch (error) {
      out.push({ file: path, ok: false, error: `cannot read: ${message(error)}` });
    }
  }
  const seen = new Map<string, Target>();
  for (const target of out) if (!seen.has(target.file)) seen.set(target.file, target);
  return [...seen.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
