#!/usr/bin/env node
// `npm start`: shows the detection library's verdicts on the sample messages, builds the add-in,
// serves dist/ on this machine and opens the way to the playground (the real task pane on sample
// mail). On Windows and macOS, where Outlook desktop runs, it also sideloads the add-in.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { startServer } from "./serve.mjs";
import { serveErrorPage } from "./start-error-page.mjs";
import { buildStandinScript } from "../dev/standin-office/build.mjs";

const port = Number(process.env.PORT ?? 3000);
const desktop = process.platform === "win32" || process.platform === "darwin";
// Outlook loads add-ins over HTTPS only; the manifest names this address. Passed explicitly
// because the build refuses to guess it.
const baseUrl = process.env.ADDIN_BASE_URL ?? `https://localhost:${port}`;
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
// Node refuses to spawn .cmd files without a shell on Windows.
const shell = process.platform === "win32";
const line = "─".repeat(72);

function say(text = "") {
  process.stdout.write(`${text}\n`);
}

function summary() {
  say(line);
  say("Sender Guard — the sample messages (synthetic, dev/samples) as the library judges them:");
  say("");
  const result = spawnSync(process.execPath, ["bin/sender-guard.mjs", "scan", "--format", "table", "dev/samples"], {
    encoding: "utf8",
  });
  say((result.stdout || result.stderr || "").trimEnd());
  say("");
  say("Scan your own mail the same way: npx sender-guard scan --format table path/to/mail.eml");
  say(line);
}

/** Development build: source maps, local addresses allowed in the manifests, sizes reported only. */
function build() {
  say(`Building the add-in for ${baseUrl} (development build) …`);
  return new Promise((resolve) => {
    const child = spawn(npx, ["webpack", "--mode", "development"], {
      env: { ...process.env, ADDIN_BASE_URL: baseUrl },
      stdio: ["ignore", "pipe", "pipe"],
      shell,
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      if (code === 0) return resolve({ ok: true, output });
      process.stderr.write(output);
      resolve({ ok: false, output });
    });
  });
}

/** A certificate the user brings (TLS_CERT/TLS_KEY, e.g. made with mkcert), else Office's dev certificate on desktop. */
function certificate() {
  const { TLS_CERT, TLS_KEY } = process.env;
  if (TLS_CERT && TLS_KEY) return { cert: readFileSync(TLS_CERT), key: readFileSync(TLS_KEY) };
  return desktop ? devCertificate() : undefined;
}

function devCertificate() {
  const dir = join(homedir(), ".office-addin-dev-certs");
  const files = { cert: join(dir, "localhost.crt"), key: join(dir, "localhost.key") };
  if (!existsSync(files.cert) || !existsSync(files.key)) {
    say("Installing a trusted development certificate for https://localhost (office-addin-dev-certs) …");
    spawnSync(npx, ["--yes", "office-addin-dev-certs", "install"], { stdio: "inherit", shell });
  }
  if (!existsSync(files.cert) || !existsSync(files.key)) return undefined;
  return { cert: readFileSync(files.cert), key: readFileSync(files.key) };
}

async function serve() {
  const standinScript = await buildStandinScript();
  const tls = certificate();
  try {
    return await startServer({
      root: "dist",
      port,
      host: tls ? "localhost" : "127.0.0.1",
      standinScript,
      ...(tls ? { tls } : {}),
    });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException | undefined} */ (error)?.code === "EADDRINUSE") {
      process.stderr.write(`\nPort ${port} is in use. Start on another one, e.g.: PORT=3001 npm start\n`);
      process.exit(1);
    }
    throw error;
  }
}

function sideload() {
  say("Sideloading into Outlook desktop (office-addin-debugging; Outlook asks you to confirm) …");
  const result = spawnSync(
    npx,
    [
      "--yes",
      "office-addin-debugging",
      "start",
      "dist/manifest.xml",
      "desktop",
      "--app",
      "outlook",
      "--dev-server-port",
      String(port),
      "--no-debug",
    ],
    { stdio: "inherit", shell },
  );
  if (result.status !== 0) say("Sideloading did not finish; add dist/manifest.xml by hand as described below.");
}

/** @param {import("./serve.mjs").Served} served */
function nextSteps(served) {
  const url = served.url;
  say("");
  say(line);
  say(`Playground (the real task pane on sample mail):  ${url}playground.html`);
  say(`                                       English:   ${url}playground.html?lang=en`);
  say("");
  say("What to do next:");
  say("  1. Open the playground, pick a sample, drop in your own .eml, or load your organisation's policy JSON.");
  if (desktop) {
    say(
      "  2. In Outlook, open a mail and choose 送信元を確認 / Check sender on the ribbon; pin the pane to check every mail.",
    );
  } else {
    say(`  2. To try it in Outlook on the web: Outlook loads add-ins only over HTTPS, from ${baseUrl} here.`);
    if (!served.url.startsWith("https:")) {
      say("     Make a trusted certificate for localhost (e.g. mkcert localhost), then start with:");
      say("       TLS_CERT=localhost.pem TLS_KEY=localhost-key.pem npm start");
    }
    say("     Then in outlook.office.com open a mail → Apps → Add apps → My add-ins → Add a custom add-in");
    say("     → Add from file → dist/manifest.xml, and choose 送信元を確認 / Check sender on an open mail.");
  }
  say(
    "  3. To deploy for everyone: ADDIN_BASE_URL=https://your.host/sender-guard npm run build, then see docs/deploy.md.",
  );
  say("");
  say("Press Ctrl+C to stop.");
  say(line);
}

summary();
const built = await build();
if (!built.ok) {
  // The page says it too, so whoever opens the playground sees why it is not there.
  const page = await serveErrorPage({ port, output: built.output });
  process.stderr.write(
    `\nThe build failed; see the messages above, also at ${page.url}playground.html. Fix them and run npm start again (Ctrl+C to stop).\n`,
  );
  process.exitCode = 1;
  const close = async () => {
    await page.close();
    process.exit(1);
  };
  process.on("SIGINT", () => void close());
  process.on("SIGTERM", () => void close());
} else {
  const served = await serve();
  if (desktop) sideload();
  nextSteps(served);

  const stop = async () => {
    if (desktop)
      spawnSync(npx, ["--yes", "office-addin-debugging", "stop", "dist/manifest.xml"], { stdio: "inherit", shell });
    await served.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}
