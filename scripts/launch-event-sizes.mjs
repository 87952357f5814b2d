#!/usr/bin/env node
// `node scripts/launch-event-sizes.mjs [--files]`: what launchevent.js is made of. Builds only the
// launch-event entry (production, with a source map) into a temporary folder and gives each
// source its bytes of the minified file and the gzip size of those bytes alone (their sum is
// larger than the file's, which gzip packs as a whole: read them as shares).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { SourceMapConsumer } from "source-map-js";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = mkdtempSync(path.join(tmpdir(), "sg-launch-sizes-"));
process.env.ADDIN_BASE_URL ??= "https://addin.example.org/sender-guard";
process.env.SENDER_GUARD_DIST = out;
process.chdir(root);
const { default: makeConfig } = await import(path.join(root, "webpack.config.js"));
const config = await makeConfig({}, { mode: "production" });
config.entry = { launchevent: config.entry.launchevent };
config.devtool = "source-map";
config.plugins = config.plugins.filter(
  (/** @type {any} */ p) =>
    !(p instanceof webpack.ProgressPlugin) &&
    !(p.constructor.name === "HtmlWebpackPlugin" && p.userOptions.filename !== "launchevent.html"),
);
const compiler = webpack(config);
const stats = await new Promise((done, fail) => compiler.run((error, result) => (error ? fail(error) : done(result))));
await new Promise((done) => compiler.close(done));
for (const error of stats.compilation.errors) console.error(error.message);

const code = readFileSync(path.join(out, "launchevent.js"), "utf8");
const map = new SourceMapConsumer(JSON.parse(readFileSync(path.join(out, "launchevent.js.map"), "utf8")));
rmSync(out, { recursive: true, force: true });
/** @typedef {{ source: string, group: string, bytes: number, gzip: number }} SizeRow */
/** @type {number[]} */
const lineStarts = [];
let offset = 0;
for (const line of code.split("\n")) {
  lineStarts.push(offset);
  offset += line.length + 1;
}
/** @type {{ at: number, source: string }[]} */
const marks = [];
map.eachMapping((m) =>
  marks.push({
    at: (lineStarts[m.generatedLine - 1] ?? 0) + m.generatedColumn,
    source: (m.source ?? "(none)").replace(/^webpack:\/\/[^/]*\//u, ""),
  }),
);
marks.sort((a, b) => a.at - b.at);
/** @type {Map<string, string>} */
const bySource = new Map();
for (const [i, mark] of marks.entries())
  bySource.set(mark.source, (bySource.get(mark.source) ?? "") + code.slice(mark.at, marks[i + 1]?.at ?? code.length));
/** @param {string} source */
const group = (source) =>
  source.includes("node_modules/")
    ? `node_modules/${(source.split("node_modules/")[1] ?? "").split("/")[0]}`
    : source
        .split("/")
        .slice(0, source.startsWith("src/core/") ? 3 : 2)
        .join("/");
const rows = [...bySource].map(([source, text]) => ({
  source,
  group: group(source),
  bytes: text.length,
  gzip: gzipSync(text, { level: 9 }).length,
}));
/** @param {SizeRow[]} list @param {"bytes" | "gzip"} key */
const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
const gzipTotal = sum(rows, "gzip");
/** @param {number} part @param {number} whole */
const pct = (part, whole) => `${((100 * part) / whole).toFixed(1).padStart(5)} %`;
console.log(`launchevent.js: ${code.length} bytes, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
console.log("  bytes  share   gzip alone  share  source");
/** @type {Map<string, SizeRow[]>} */
const groups = new Map();
for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
/** @param {string} name @param {SizeRow[]} list */
const show = (name, list) =>
  console.log(
    `${String(sum(list, "bytes")).padStart(7)} ${pct(sum(list, "bytes"), code.length)} ${String(sum(list, "gzip")).padStart(8)} ${pct(sum(list, "gzip"), gzipTotal)}  ${name}`,
  );
for (const [name, list] of [...groups].sort((a, b) => sum(b[1], "bytes") - sum(a[1], "bytes"))) show(name, list);
if (process.argv.includes("--files")) {
  console.log("");
  for (const row of rows.sort((a, b) => b.bytes - a.bytes)) show(row.source, [row]);
}
