// Prints the gzip size of every entry's initial JavaScript and fails the build when an entry is over
// its budget. Also enforces that the launch-event entry is one self-contained file, because classic
// Outlook on Windows runs it in a JavaScript-only runtime that cannot load further chunks.
import { gzipSync } from "node:zlib";

const PLUGIN = "BundleBudgetPlugin";

/** Gzip budgets for the JavaScript each page loads before it can show anything (also read by the bench). */
export const BUDGETS = { taskpane: 100 * 1024, launchevent: 60 * 1024, training: 120 * 1024 };

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export class BundleBudgetPlugin {
  /**
   * @param {{ budgets: Record<string, number>, singleFile?: string[], log?: (line: string) => void }} options
   *   budgets: entry name → maximum gzip bytes of its initial JS; singleFile: entries that must be one file.
   */
  constructor({ budgets, singleFile = [], log = (line) => process.stderr.write(`${line}\n`) }) {
    this.budgets = budgets;
    this.singleFile = singleFile;
    this.log = log;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        /** @param {string} file */
        const gzipOf = (file) => {
          const asset = compilation.getAsset(file);
          return asset ? gzipSync(asset.source.buffer(), { level: 9 }).length : 0;
        };
        const lines = ["Bundle sizes (gzip, level 9):"];
        for (const [name, entrypoint] of compilation.entrypoints) {
          const initial = entrypoint.getFiles().filter((f) => f.endsWith(".js"));
          const initialGzip = initial.reduce((sum, f) => sum + gzipOf(f), 0);
          const asyncFiles = new Set();
          for (const chunk of entrypoint.chunks) {
            for (const asyncChunk of chunk.getAllAsyncChunks())
              for (const f of asyncChunk.files) if (f.endsWith(".js")) asyncFiles.add(f);
          }
          const budget = this.budgets[name];
          const verdict =
            budget === undefined
              ? "(no budget)"
              : initialGzip <= budget
                ? `within ${kb(budget)}`
                : `OVER ${kb(budget)}`;
          lines.push(`  ${name}: initial ${kb(initialGzip)} [${initial.join(", ")}] ${verdict}`);
          for (const f of [...asyncFiles].sort()) lines.push(`    async ${f}: ${kb(gzipOf(f))}`);

          if (budget !== undefined && initialGzip > budget) {
            const advice = this.singleFile.includes(name)
              ? "It must stay one file: remove dependencies or data from it."
              : "Move code behind a dynamic import() or remove dependencies.";
            compilation.errors.push(
              new WebpackError(
                `${PLUGIN}: entry "${name}" loads ${kb(initialGzip)} gzip of JavaScript at start, over its budget of ${kb(budget)}. ${advice}`,
              ),
            );
          }
          if (this.singleFile.includes(name) && (initial.length !== 1 || asyncFiles.size > 0)) {
            compilation.errors.push(
              new WebpackError(
                `${PLUGIN}: entry "${name}" must be one self-contained file (the JavaScript-only runtime cannot load chunks), but it uses ${[...initial, ...asyncFiles].join(", ")}. Remove dynamic import() from its code.`,
              ),
            );
          }
        }
        this.log(lines.join("\n"));
      });
    });
  }
}
