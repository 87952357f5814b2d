import { execSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runTimed } from "./process-run";
import { row, unavailable, type Row } from "./table";

/**
 * The same mails through Debian's SpamAssassin, as a mail server runs it: spamd with two children
 * on loopback, two spamc clients, one spamc process per mail. Local rules only (-L: no DNS or
 * network tests; no sa-update). Installed from Debian's packages when missing and possible.
 */

const children = 2;
const minRatio = 60;
const packages = "spamassassin spamc spamd";

function has(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Why SpamAssassin cannot run here, or undefined once spamd and spamc are present. */
function ensureInstalled(): string | undefined {
  if (has("spamd") && has("spamc")) return undefined;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !has("apt-get"))
    return `spamd/spamc not installed and cannot be installed here (needs root and apt-get): apt-get install ${packages}`;
  process.stderr.write(`bench: installing ${packages} from Debian's packages …\n`);
  try {
    execSync(
      `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages} || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages})`,
      { stdio: ["ignore", "ignore", "inherit"] },
    );
  } catch {
    return `apt-get install ${packages} failed`;
  }
  return has("spamd") && has("spamc") ? undefined : `spamd/spamc still missing after apt-get install ${packages}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === "object") resolve(address.port);
        else reject(new Error("no port"));
      });
    });
  });
}

function version(): string {
  const out = spawnSync("spamd", ["--version"], { encoding: "utf8" }).stdout;
  return /version\s+([\d.]+)/i.exec(out)?.[1] ?? "?";
}

type Spamd = { readonly child: ChildProcess; readonly port: number; log: string };

async function startSpamd(home: string): Promise<Spamd> {
  const port = await freePort();
  const args = [
    "-L",
    "-x",
    "--listen",
    `127.0.0.1:${port}`,
    "--allowed-ips",
    "127.0.0.1",
    `--min-children=${children}`,
    `--max-children=${children}`,
    "--syslog=stderr",
    "--pidfile",
    join(home, "spamd.pid"),
    "--helper-home-dir",
    home,
  ];
  // spamd refuses to keep root; it drops to nobody for the mail it checks.
  if (typeof process.getuid === "function" && process.getuid() === 0) args.push("--username", "nobody");
  const child = spawn("spamd", args, { stdio: ["ignore", "ignore", "pipe"] });
  const spamd: Spamd = { child, port, log: "" };
  child.stderr.on("data", (chunk: Buffer) => {
    spamd.log = (spamd.log + chunk.toString("utf8")).slice(-4000);
  });
  // spamd parses and compiles its rules before it answers; on a busy machine that takes a while.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`spamd exited ${child.exitCode}: ${lastLine(spamd.log)}`);
    const ping = await runTimed("spamc", ["-K", "-d", "127.0.0.1", "-p", String(port)]);
    if (ping.code === 0) return spamd;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill("SIGTERM");
  throw new Error(`spamd did not answer within 180 s: ${lastLine(spamd.log)}`);
}

function lastLine(text: string): string {
  return text.trim().split("\n").pop() ?? "";
}

async function stopSpamd(spamd: Spamd): Promise<void> {
  if (spamd.child.exitCode !== null) return;
  const exited = new Promise((resolve) => spamd.child.once("exit", resolve));
  // SIGTERM to the parent: spamd stops its children itself.
  spamd.child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

/** Checks every file once with `spamc -c`, `clients` at a time; returns seconds and failures. */
async function checkAll(
  files: readonly string[],
  port: number,
  clients: number,
): Promise<{ seconds: number; failed: number; spam: number }> {
  let next = 0;
  let failed = 0;
  let spam = 0;
  const client = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i];
      if (file === undefined) continue;
      // -x: a connection error is an error, not a silent "not spam".
      const result = await runTimed("spamc", ["-x", "-c", "-d", "127.0.0.1", "-p", String(port)], { stdinFile: file });
      if (result.code === 1) spam += 1;
      else if (result.code !== 0) failed += 1;
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: clients }, () => client()));
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, failed, spam };
}

export async function spamAssassinRows(
  files: readonly string[] | undefined,
  cliRate: number | undefined,
): Promise<Row[]> {
  const name = `SpamAssassin (spamd ${children} children, spamc ${children} clients, local rules)`;
  if (files === undefined) return [unavailable(name, "skipped: ../shared/corpus not present")];
  const missing = ensureInstalled();
  if (missing !== undefined) return [unavailable(name, `skipped: ${missing}`)];
  const home = mkdtempSync(join(tmpdir(), "sender-guard-spamd-"));
  let spamd: Spamd | undefined;
  try {
    spamd = await startSpamd(home);
    // A few mails first, not counted: spamd's children load their rules lazily.
    await checkAll(files.slice(0, 4), spamd.port, children);
    const run = await checkAll(files, spamd.port, children);
    const rate = (files.length - run.failed) / run.seconds;
    const rows = [
      row(
        `${name.replace("SpamAssassin", `SpamAssassin ${version()}`)}, same ${files.length} mails`,
        `${rate.toFixed(1)} mail/s (${run.seconds.toFixed(1)} s; ${run.spam} marked spam${run.failed > 0 ? `, ${run.failed} failed` : ""})`,
      ),
    ];
    if (cliRate === undefined)
      rows.push(unavailable("sender-guard ÷ SpamAssassin, mail/s", "no sender-guard rate in this run"));
    else {
      const ratio = cliRate / rate;
      rows.push(
        row(
          "sender-guard ÷ SpamAssassin, mail/s (same mails, same run)",
          `×${ratio.toFixed(1)}`,
          `≥ ${minRatio}×`,
          ratio >= minRatio ? "ok" : "OVER",
        ),
      );
    }
    return rows;
  } catch (error) {
    return [unavailable(name, `skipped: ${error instanceof Error ? error.message : String(error)}`)];
  } finally {
    if (spamd) await stopSpamd(spamd);
    rmSync(home, { recursive: true, force: true });
  }
}
