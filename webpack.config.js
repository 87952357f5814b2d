// Builds the add-in into dist/: the task pane, the launch-event handler, the icons, both manifests
// (rewritten to ADDIN_BASE_URL) and the policy file. See docs/deploy.md for how an admin runs it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";
import { resolveBaseUrl } from "./scripts/build/base-url.mjs";
import { manifestVersion, policyTransportHeader, rewriteManifest } from "./scripts/build/rewrite-manifest.mjs";
import { BUDGETS, BundleBudgetPlugin } from "./scripts/build/bundle-budget.mjs";
import { NoLocalUrlsPlugin } from "./scripts/build/no-local-urls.mjs";
import { Es2016Plugin } from "./scripts/build/es2016.mjs";
import { selectPolicy } from "./scripts/build/policy-source.mjs";
import { launchEventPolicy } from "./scripts/build/built-in-policy-loader.mjs";

const root = path.dirname(fileURLToPath(import.meta.url));
const fromRoot = (/** @type {string[]} */ ...parts) => path.join(root, ...parts);

/** @param {string} file */
function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/**
 * Extra pages beside the add-in itself: the playground.
 * @param {"production" | "development"} mode
 */
function optionalEntries(mode) {
  const entries = {};
  const pages = [];
  // The playground page (npm start), from dev/playground/.
  // Not in an admin's production dist/: the playground needs the local server's Office stand-in.
  // The test run builds it into production bundles too (SENDER_GUARD_PLAYGROUND=1) to test it there.
  const wanted = mode === "development" || process.env.SENDER_GUARD_PLAYGROUND === "1";
  if (wanted) {
    entries.playground = "./dev/playground/index.tsx";
    pages.push(
      new HtmlWebpackPlugin({
        filename: "playground.html",
        template: "./dev/playground/playground.html",
        chunks: ["playground"],
        scriptLoading: "defer",
      }),
    );
  }
  return { entries, pages };
}

/**
 * @param {unknown} _env
 * @param {{ mode?: string }} argv
 * @returns {Promise<import("webpack").Configuration>}
 */
export default async (_env, argv) => {
  const mode = argv.mode === "development" ? "development" : "production";
  let baseUrl;
  let version;
  let policySource;
  try {
    baseUrl = resolveBaseUrl({ mode, value: process.env.ADDIN_BASE_URL });
    version = manifestVersion(readJson(fromRoot("package.json")).version);
    // The policy the add-in embeds and ships as policy.json: checked before anything is bundled.
    policySource = await selectPolicy({ root });
  } catch (error) {
    // A configuration mistake, not a crash: print the explanation without a stack trace.
    console.error(`\nBuild stopped: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const transportHeader = policyTransportHeader(policySource.file);
  const builtInPolicy = policySource.policy;
  const optional = optionalEntries(mode);

  /** @param {string} name */
  const manifestPattern = (name) => ({
    from: name,
    to: name,
    transform: (/** @type {Buffer} */ content) =>
      rewriteManifest(content.toString("utf8"), {
        baseUrl,
        version,
        transportHeader,
        sourceName: name,
        allowLocalhost: mode === "development",
      }),
  });

  // stderr, so `webpack --json` output stays machine-readable.
  process.stderr.write(`Sender Guard ${version} (${mode}) for ${baseUrl}\n`);

  return {
    mode,
    context: root,
    target: ["web", "es2017"],
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: mode === "development" ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // The launch-event handler must stay ONE file: no imports of chunks, no runtime chunk (see BundleBudgetPlugin).
      // Its own layer, so the texts only the pane shows can be left out of it (scripts/build/launch-event-texts.mjs).
      launchevent: { import: "./src/launchevent/launchevent.ts", layer: "launchevent" },
      // The 「本物？なりすまし？」 training page (docs/drills.md): linked from the pane and from drill mails.
      training: "./src/training/index.tsx",
      ...optional.entries,
    },
    output: {
      // SENDER_GUARD_DIST lets a test build elsewhere without replacing the dist/ other tests serve.
      path: process.env.SENDER_GUARD_DIST ? path.resolve(process.env.SENDER_GUARD_DIST) : fromRoot("dist"),
      filename: "[name].js",
      // Async chunks (the detection core the pane imports dynamically) carry a content hash: cache them for long.
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    experiments: { layers: true },
    module: {
      rules: [
        {
          // The built-in policy, validated above, goes in as a literal (the launch event's without steps and links).
          test: fromRoot("src", "core", "policy", "built-in.ts"),
          oneOf: [
            {
              issuerLayer: "launchevent",
              enforce: "pre",
              use: {
                loader: "./scripts/build/built-in-policy-loader.mjs",
                options: { policy: launchEventPolicy(builtInPolicy) },
              },
            },
            {
              enforce: "pre",
              use: { loader: "./scripts/build/built-in-policy-loader.mjs", options: { policy: builtInPolicy } },
            },
          ],
        },
        // Loaders run last to first: property-escape regexps become ES2016 (launch-event-regexps.mjs), then pane-only texts are blanked.
        {
          test: /\.ts$/,
          issuerLayer: "launchevent",
          enforce: "pre",
          use: ["./scripts/build/launch-event-texts.mjs", "./scripts/build/launch-event-regexps.mjs"],
        },
        {
          // The pane's makeStyles are compiled to CSS at build time (after ts-loader), so its first bundle
          // carries no style compiler; Fluent's own components ship precompiled the same way.
          test: /\.tsx?$/,
          include: fromRoot("src", "taskpane"),
          enforce: "post",
          use: { loader: "@griffel/webpack-loader" },
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run typecheck`; the build only transpiles. ES2017 output keeps
            // the launch-event file loadable by the JavaScript-only runtime of classic Outlook.
            options: {
              transpileOnly: true,
              compilerOptions: { target: "ES2017", module: "ESNext", sourceMap: mode === "development" },
            },
          },
        },
      ],
    },
    optimization: {
      runtimeChunk: false,
      // Only async chunks are split: the pane's dynamic import("../core") becomes its own file,
      // while each entry's initial code stays in one file (launchevent.js must be self-contained).
      splitChunks: { chunks: "async" },
    },
    // The BundleBudgetPlugin below replaces webpack's generic size hints with real gzip budgets.
    performance: { hints: false },
    plugins: [
      // Classic Outlook runs launchevent.js without a page address, so it needs the absolute base to fetch policy.json.
      new webpack.DefinePlugin({ __SENDER_GUARD_BASE_URL__: JSON.stringify(baseUrl) }),
      // The core imports policy/default-policy.json as its embedded policy; the admin's replaces it.
      new webpack.NormalModuleReplacementPlugin(/[\\/]policy[\\/]default-policy\.json$/, policySource.file),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "training.html",
        template: "./src/training/training.html",
        chunks: ["training"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "launchevent.html",
        template: "./src/launchevent/launchevent.html",
        chunks: ["launchevent"],
        scriptLoading: "defer",
      }),
      ...optional.pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/support/support.html", to: "support.html" },
          manifestPattern("manifest.xml"),
          manifestPattern("manifest-pilot.xml"),
          { from: policySource.file, to: "policy.json" },
          // Shipped beside policy.json, which links to it with $schema.
          { from: "policy/policy.schema.json", to: "policy.schema.json" },
        ],
      }),
      // Classic Outlook's JavaScript-only runtime takes ECMAScript 2016 at most: lowered, then checked.
      new Es2016Plugin({ files: ["launchevent.js"] }),
      // Budgets are for the minified bundles users download; a development build only reports sizes.
      new BundleBudgetPlugin({ budgets: mode === "production" ? BUDGETS : {}, singleFile: ["launchevent"] }),
      ...(mode === "production" ? [new NoLocalUrlsPlugin()] : []),
    ],
    stats: "errors-warnings",
  };
};
