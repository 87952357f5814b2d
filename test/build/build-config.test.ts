import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import webpack from "webpack";
import { afterEach, describe, expect, it } from "vitest";
import { resolveBaseUrl } from "../../scripts/build/base-url.mjs";
import { BundleBudgetPlugin } from "../../scripts/build/bundle-budget.mjs";
import { NoLocalUrlsPlugin } from "../../scripts/build/no-local-urls.mjs";
import { manifestVersion, rewriteManifest } from "../../scripts/build/rewrite-manifest.mjs";

const repo = resolve(import.meta.dirname, "..", "..");

describe("resolveBaseUrl", () => {
  it("requires ADDIN_BASE_URL in production and says how to set it", () => {
    expect(() => resolveBaseUrl({ mode: "production", value: undefined })).toThrow(
      /ADDIN_BASE_URL is not set[\s\S]*ADDIN_BASE_URL=https:\/\/addin\.example\.org\/sender-guard npm run build/,
    );
    expect(() => resolveBaseUrl({ mode: "production", value: "  " })).toThrow(/not set/);
  });

  it("rejects non-HTTPS, malformed and local addresses in production", () => {
    expect(() => resolveBaseUrl({ mode: "production", value: "http://addin.example.org" })).toThrow(
      /must start with https:\/\//,
    );
    expect(() => resolveBaseUrl({ mode: "production", value: "addin.example.org" })).toThrow(/not a valid URL/);
    expect(() => resolveBaseUrl({ mode: "production", value: "https://localhost:3000" })).toThrow(
      /points at this machine/,
    );
    expect(() => resolveBaseUrl({ mode: "production", value: "https://addin.example.org/x?y=1" })).toThrow(
      /without query/,
    );
  });

  it("normalises the trailing slash and defaults to the local address only in development", () => {
    expect(resolveBaseUrl({ mode: "production", value: "https://addin.example.org/sender-guard/" })).toBe(
      "https://addin.example.org/sender-guard",
    );
    expect(resolveBaseUrl({ mode: "development", value: undefined })).toBe("https://localhost:3000");
  });
});

describe("manifestVersion", () => {
  it("appends the fourth part and refuses pre-release versions", () => {
    expect(manifestVersion("1.4.2")).toBe("1.4.2.0");
    expect(() => manifestVersion("1.4.2-beta.1")).toThrow(/numbers only/);
    expect(() => manifestVersion("1.4")).toThrow(/MAJOR\.MINOR\.PATCH/);
  });
});

describe("rewriteManifest", () => {
  const options = {
    baseUrl: "https://addin.example.org/sg",
    version: "2.3.4.0",
    transportHeader: "X-Westa-Suspect",
    sourceName: "manifest-pilot.xml",
  };

  it("moves every URL to the base, sets the version and the policy's header, leaves no localhost", () => {
    const source = readFileSync(join(repo, "manifest-pilot.xml"), "utf8");
    const out = rewriteManifest(source, options);
    expect(out).not.toMatch(/localhost/i);
    expect(out).toContain(
      '<bt:Url id="LaunchEvent.Script" DefaultValue="https://addin.example.org/sg/launchevent.js"/>',
    );
    expect(out).toContain("<Version>2.3.4.0</Version>");
    expect(out).toMatch(/Type="OnMessageReadWithCustomHeader"[^>]*HeaderName="X-Westa-Suspect"/);
    expect(out.match(/https:\/\/addin\.example\.org\/sg\//g)?.length).toBe(
      source.match(/https:\/\/localhost:3000\//g)?.length,
    );
  });

  it("fails when a localhost URL does not use the placeholder base", () => {
    const source = readFileSync(join(repo, "manifest.xml"), "utf8").replace(
      "https://localhost:3000/support.html",
      "https://localhost:8080/support.html",
    );
    expect(() => rewriteManifest(source, options)).toThrow(/"localhost" is still present/);
  });
});

describe("build plugins", () => {
  const temps: string[] = [];
  afterEach(() => {
    for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
  });

  async function build(
    files: Record<string, string>,
    budgets: Record<string, number>,
    extra: webpack.WebpackPluginInstance[] = [],
  ): Promise<{ errors: string[]; log: string }> {
    const dir = mkdtempSync(join(tmpdir(), "sg-budget-"));
    temps.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const lines: string[] = [];
    const compiler = webpack({
      mode: "production",
      context: dir,
      entry: { taskpane: "./pane.js", launchevent: "./event.js" },
      output: { path: join(dir, "dist"), filename: "[name].js", chunkFilename: "[name].[contenthash:8].js" },
      optimization: { runtimeChunk: false, splitChunks: { chunks: "async" } },
      performance: { hints: false },
      plugins: [new BundleBudgetPlugin({ budgets, singleFile: ["launchevent"], log: (l) => lines.push(l) }), ...extra],
    });
    const stats = await new Promise<webpack.Stats | undefined>((done, fail) => {
      compiler.run((err, result) => {
        compiler.close(() => undefined);
        if (err) fail(err);
        else done(result);
      });
    });
    return { errors: (stats?.compilation.errors ?? []).map((e) => e.message), log: lines.join("\n") };
  }

  // Incompressible-ish filler so the gzip size is predictable enough to cross a budget.
  const filler = (n: number) =>
    `export const data = ${JSON.stringify(Array.from({ length: n }, (_, i) => ((i * 2654435761) % 4294967296).toString(36)))};`;

  it("prints every entry's gzip size and passes within budget", async () => {
    const result = await build(
      {
        "pane.js": 'import("./lazy.js").then((m) => console.log(m.data.length));',
        "lazy.js": filler(200),
        "event.js": "console.log(1);",
      },
      { taskpane: 60_000, launchevent: 60_000 },
    );
    expect(result.errors).toEqual([]);
    expect(result.log).toMatch(/taskpane: initial \d+\.\d KB \[taskpane\.js\] within 58\.6 KB/);
    expect(result.log).toMatch(/async \S+\.[0-9a-f]{8}\.js: \d+\.\d KB/);
    expect(result.log).toMatch(/launchevent: initial/);
  });

  it("fails an entry over its budget", async () => {
    const result = await build(
      { "pane.js": `${filler(3000)}\nconsole.log(data.join(","));`, "event.js": "console.log(1);" },
      { taskpane: 1024, launchevent: 60_000 },
    );
    expect(result.errors.join("\n")).toMatch(/entry "taskpane" loads \d+\.\d KB gzip .* over its budget of 1\.0 KB/);
  });

  it("fails a launch-event entry that would need a second file", async () => {
    const result = await build(
      {
        "pane.js": "console.log(1);",
        "event.js": 'import("./lazy.js").then((m) => console.log(m.data));',
        "lazy.js": filler(10),
      },
      { taskpane: 60_000, launchevent: 60_000 },
    );
    expect(result.errors.join("\n")).toMatch(/entry "launchevent" must be one self-contained file/);
  });

  it("fails a production bundle that names a local URL, but not the bare special-use name", async () => {
    const leak = await build(
      {
        "pane.js": 'console.log(new WebSocket("ws://localhost:3000/ws"));',
        "event.js": 'console.log(["test","localhost","invalid"].join());',
      },
      {},
      [new NoLocalUrlsPlugin()],
    );
    expect(leak.errors.join("\n")).toMatch(/taskpane\.js contains a local address/);
    expect(leak.errors.join("\n")).not.toMatch(/launchevent\.js/);
  });
});
