import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { levels } from "./support/arbitraries";
import { corpusFiles, corpusPresent, readCorpusMail } from "./support/corpus";
import { buildMail } from "./support/mail-builder";
import { beyondParserLimits, mutations, sample, seededRng, tenMegabyteBodyLine } from "./support/mutations";
import { lyingZips } from "./support/lying-zips";

/**
 * The command line over a folder of damaged mails: exactly one JSON line per file, every line a
 * verdict with one of the four levels, exit code 3 (the empty file is unreadable). The files live in a temporary folder outside
 * the repository and are deleted afterwards (corpus bytes are never written into the project).
 */
const root = fileURLToPath(new URL("../..", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "sender-guard-cli-fuzz-"));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

const seed = 0xc11;
const rng = seededRng(seed);
const files: string[] = [];
function write(name: string, bytes: Uint8Array): void {
  const file = `${String(files.length).padStart(3, "0")}-${name.replace(/[^A-Za-z0-9.-]+/g, "_")}.eml`;
  writeFileSync(join(folder, file), bytes);
  files.push(file);
}

const synthetic = buildMail({
  headers: [
    "From: =?UTF-8?B?44Km44Kn44K544K/5bed6LaK?= <info@evil.example>",
    "To: staff@westa-kawagoe.jp",
    "Subject: Re: ご確認ください",
    "Message-ID: <cli@evil.example>",
  ],
  text: "請求書を添付します。パスワード: 1234",
  attachments: [
    { name: "請求書.zip", contentType: "application/zip", bytes: lyingZips()[1]?.bytes ?? new Uint8Array() },
  ],
});
const sources = [
  { label: "synthetic", bytes: synthetic },
  ...(corpusPresent ? sample([...corpusFiles("phish"), ...corpusFiles("ham")], 12, rng).map(readCorpusMail) : []),
];
if (!corpusPresent)
  console.warn("[partly skipped] CLI fuzz: ../shared/corpus is not present, so only synthetic mails are scanned.");

for (const source of sources) for (const m of mutations) write(`${source.label}-${m.name}`, m.apply(source.bytes, rng));
for (const zip of lyingZips())
  write(
    `zip-${zip.label}`,
    buildMail({
      headers: ["From: Partner <p@partner.example>", "Subject: 資料"],
      text: "資料です。",
      attachments: [{ name: "資料.zip", contentType: "application/zip", bytes: zip.bytes }],
    }),
  );
for (const m of [...beyondParserLimits, tenMegabyteBodyLine]) write(`synthetic-${m.name}`, m.apply(synthetic, rng));
write("empty", new Uint8Array());
write(
  "binary-noise",
  Uint8Array.from({ length: 4096 }, () => rng.int(256)),
);

type Line = { readonly file: string; readonly level: string; readonly error?: string };

describe(`sender-guard scan --format jsonl over ${files.length} damaged files (seed ${seed})`, () => {
  it("prints exactly one JSON line per file, each with one of the four levels, and exits 3 because some could not be read", () => {
    const run = spawnSync(process.execPath, ["bin/sender-guard.mjs", "scan", folder, "--format", "jsonl"], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });
    expect(run.error).toBeUndefined();
    expect(run.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // no stack trace
    const lines = run.stdout.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(files.length);
    const parsed = lines.map((l) => JSON.parse(l) as Line);
    expect(parsed.map((p) => p.file.split(/[\\/]/).pop()).sort()).toEqual([...files].sort());
    for (const p of parsed) expect(levels, `${p.file}: ${p.error ?? ""}`).toContain(p.level);
    // A file that could not be judged is never passed off as safe.
    expect(parsed.filter((p) => p.error !== undefined && p.level === "safe")).toEqual([]);
    // The empty file is among them, so the exit code says the run was not clean.
    expect(parsed.find((p) => p.file.endsWith("-empty.eml"))?.error).toBe("the file is empty");
    expect(run.status).toBe(3);
    console.log(
      `CLI fuzz: ${files.length} files, ${parsed.filter((p) => p.error !== undefined).length} reported as unreadable`,
    );
  }, 120_000);
});
