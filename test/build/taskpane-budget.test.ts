import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import webpack from "webpack";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BUDGETS, BundleBudgetPlugin } from "../../scripts/build/bundle-budget.mjs";

const repo = resolve(import.meta.dirname, "..", "..");

/** webpack.config.js's production configuration, as `npm run build` gets it (nothing is bundled). */
async function productionConfig(): Promise<webpack.Configuration> {
  vi.stubEnv("ADDIN_BASE_URL", "https://addin.example.org/sender-guard");
  const { default: configFor } = (await import(pathToFileURL(join(repo, "webpack.config.js")).href)) as {
    default: (env: unknown, argv: { mode: string }) => Promise<webpack.Configuration>;
  };
  return configFor({}, { mode: "production" });
}

describe("the task pane's start-up budget", () => {
  const temps: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
  });

  it("is 100 KB gzip, and the production build enforces the shared BUDGETS", async () => {
    expect(BUDGETS.taskpane).toBe(100 * 1024);
    const config = await productionConfig();
    const plugins = (config.plugins ?? []).filter((p) => p instanceof BundleBudgetPlugin);
    expect(plugins).toHaveLength(1);
    expect(plugins[0]?.budgets).toBe(BUDGETS);
  });

  it("fails a build whose task pane loads more than the budget at start, and passes one within it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sg-pane-budget-"));
    temps.push(dir);
    // Random bytes do not compress: 160 KB of them as base64 is well over 100 KB gzip, 20 KB well under.
    const randomText = (bytes: number) => JSON.stringify(randomBytes(bytes).toString("base64"));
    writeFileSync(join(dir, "big.js"), `console.log(${randomText(160 * 1024)});`);
    writeFileSync(join(dir, "small.js"), `console.log(${randomText(20 * 1024)});`);
    const run = (entry: string) =>
      new Promise<string[]>((done, fail) => {
        const compiler = webpack({
          mode: "production",
          context: dir,
          entry: { taskpane: entry },
          output: { path: join(dir, "dist", entry), filename: "[name].js" },
          performance: { hints: false },
          plugins: [new BundleBudgetPlugin({ budgets: BUDGETS, log: () => undefined })],
        });
        compiler.run((err, stats) => {
          compiler.close(() => undefined);
          if (err) fail(err);
          else done((stats?.compilation.errors ?? []).map((e) => e.message));
        });
      });
    expect((await run("./big.js")).join("\n")).toMatch(
      /entry "taskpane" loads \d+\.\d KB gzip .* over its budget of 100\.0 KB/,
    );
    expect(await run("./small.js")).toEqual([]);
  });
});
