/**
 * How much of JPCERT/CC's phishing URL list the built-in brand catalogue covers.
 *
 *   npm run brand-coverage -- DIR [--from 2024 --to 2025]
 *
 * DIR holds the list's monthly CSVs (date,URL,description), e.g. the 2024/ and 2025/ folders of
 * github.com/JPCERTCC/phishurl-list copied out of a checkout; they are read, never stored here.
 * Counts the entries of the chosen years by brand (the description column) and says which brands
 * the catalogue (src/core/data/brand-catalogue.ts) names: a description is covered when the brand
 * matcher finds a brand in it, alone or as the department form phishing writes ("au" → "au事務局").
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { defaultPolicy } from "../src/core";
import { findBrands } from "../src/core/text/brand-match";

function csvFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...csvFiles(path));
    else if (entry.toLowerCase().endsWith(".csv")) out.push(path);
  }
  return out.sort();
}

/** The list quotes no fields in practice, but a quoted description with commas is read whole. */
function fields(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i] ?? "";
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(field);
      field = "";
    } else field += ch;
  }
  out.push(field);
  return out;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { from: { type: "string", default: "2024" }, to: { type: "string", default: "2025" } },
  });
  const dir = positionals[0];
  if (dir === undefined) {
    console.error(
      "Usage: npm run brand-coverage -- DIR [--from YEAR --to YEAR]  (DIR: the CSVs of JPCERTCC/phishurl-list)",
    );
    process.exit(2);
  }
  const from = Number(values.from);
  const to = Number(values.to);
  const counts = new Map<string, number>();
  let total = 0;
  for (const file of csvFiles(dir)) {
    for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
      const [date, , ...rest] = fields(line);
      const year = Number((date ?? "").slice(0, 4));
      if (!(year >= from && year <= to)) continue;
      const brand = rest.join(",").trim();
      total += 1;
      counts.set(brand, (counts.get(brand) ?? 0) + 1);
    }
  }
  if (total === 0) {
    console.error(`No entries dated ${from}–${to} in the CSVs under ${dir}.`);
    process.exit(1);
  }
  const rows = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  let covered = 0;
  let running = 0;
  const missing: [string, number][] = [];
  console.log("entries  cumulative  covered  brand (catalogue name)");
  for (const [brand, count] of rows) {
    running += count;
    const found = findBrands(brand, defaultPolicy)[0] ?? findBrands(`${brand}事務局`, defaultPolicy)[0];
    if (found) covered += count;
    else missing.push([brand, count]);
    if (count >= 20)
      console.log(
        `${String(count).padStart(7)}  ${((100 * running) / total).toFixed(1).padStart(9)} %  ${found ? "yes    " : "NO     "}  ${brand}${found ? ` (${found.brand.name})` : ""}`,
      );
  }
  console.log(
    `\n${total} entries dated ${from}–${to}, ${rows.length} brands; the catalogue covers ${covered} entries (${((100 * covered) / total).toFixed(2)} %).`,
  );
  console.log(
    `Largest brands not covered: ${missing
      .slice(0, 15)
      .map(([b, n]) => `${b} (${n})`)
      .join(", ")}`,
  );
}

main();
