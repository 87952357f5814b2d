import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The shared corpus of real mail (live malicious messages among them), read as bytes only and
 * kept in memory: nothing from it is ever written into the repository.
 */
export const corpusDir = fileURLToPath(new URL("../../../../shared/corpus", import.meta.url));

export const corpusPresent = existsSync(join(corpusDir, "phish")) && existsSync(join(corpusDir, "ham"));

export type CorpusMail = {
  /** Path relative to the corpus, e.g. "phish/sample-1020.eml". */
  readonly label: string;
  readonly bytes: Uint8Array;
};

/** Mail file names in one corpus folder, sorted so seeded samples are stable. */
export function corpusFiles(folder: "phish" | "ham"): string[] {
  const dir = join(corpusDir, folder);
  return readdirSync(dir)
    .filter((name) => !name.endsWith(".tsv") && !name.endsWith(".txt") && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => `${folder}/${name}`);
}

export function readCorpusMail(label: string): CorpusMail {
  return { label, bytes: new Uint8Array(readFileSync(join(corpusDir, label))) };
}

export function warnCorpusAbsent(what: string): void {
  if (!corpusPresent)
    console.warn(
      `[skipped] ${what}: ../shared/corpus is not present next to the repository, so these tests did not run.`,
    );
}
