import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { makeDrillMails, type DrillRecipient } from "../core/drill/make";
import { errorText } from "../core/text/error-text";
import type { CliIo } from "./io";
import { loadPolicyFile } from "./policy-file";
import { drillHelp } from "./drill-usage";
import { UsageError } from "./usage";
import { csvLine, parseCsv } from "./drill-csv";

function wholeNumber(text: string | undefined, flag: string, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^\d{1,9}$/.test(text)) throw new UsageError(`${flag} must be a whole number (got "${text}")`, drillHelp);
  return Number(text);
}

/** address[,name] per line; a first line without "@" is a header. */
export function parseRecipients(text: string): DrillRecipient[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ""));
  const out: DrillRecipient[] = [];
  rows.forEach((row, i) => {
    const address = (row[0] ?? "").trim();
    if (address === "" || (i === 0 && !address.includes("@"))) return;
    if (!/^[^\s@<>",]+@[^\s@<>",]+\.[^\s@<>",]+$/.test(address))
      throw new Error(`recipients line ${i + 1}: "${address}" is not an e-mail address`);
    const name = (row[1] ?? "").trim();
    out.push(name === "" ? { address } : { address, name });
  });
  return out;
}

function trainingUrlOf(flag: string | undefined, fromPolicy: string | undefined): string {
  const base = process.env.ADDIN_BASE_URL?.trim();
  const url = flag ?? fromPolicy ?? (base ? `${base.replace(/\/+$/, "")}/training.html` : undefined);
  if (url === undefined)
    throw new Error(
      "no training page address: set drill.trainingUrl in the policy, pass --training-url, or set ADDIN_BASE_URL",
    );
  if (!/^https:\/\/[^\s#]+$/.test(url))
    throw new Error(`the training page address must start with https:// (got "${url}")`);
  return url;
}

export async function drillMakeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        policy: { type: "string" },
        out: { type: "string" },
        count: { type: "string" },
        to: { type: "string" },
        seed: { type: "string" },
        "training-url": { type: "string" },
        date: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new UsageError(errorText(error), drillHelp);
  }
  if (values.help === true) {
    io.out(drillHelp);
    return 0;
  }
  if (values.policy === undefined)
    throw new UsageError("--policy FILE is needed: the drill's sender and header come from it", drillHelp);
  if (values.out === undefined) throw new UsageError("--out DIR is needed", drillHelp);
  const seed = wholeNumber(values.seed, "--seed", 1);
  const date = values.date === undefined ? new Date() : new Date(values.date);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`--date must be a date such as 2026-12-01T09:30:00+09:00 (got "${values.date}")`, drillHelp);
  const loaded = await loadPolicyFile(values.policy);
  if (!loaded.ok) {
    io.err(`${loaded.message}\n`);
    return 1;
  }
  try {
    const recipients = values.to === undefined ? [] : parseRecipients(await readFile(values.to, "utf8"));
    if (values.to !== undefined && recipients.length === 0) throw new Error(`${values.to} lists no recipients`);
    const count = wholeNumber(values.count, "--count", recipients.length > 0 ? recipients.length : 1);
    const trainingUrl = trainingUrlOf(values["training-url"], loaded.policy.drill?.trainingUrl);
    const mails = makeDrillMails(loaded.policy, { count, seed, recipients, trainingUrl, date });
    await mkdir(values.out, { recursive: true });
    for (const mail of mails) await writeFile(join(values.out, mail.fileName), mail.eml, "utf8");
    const csv = [
      csvLine(["id", "to", "subject", "file"]),
      ...mails.map((m) => csvLine([m.id, m.to, m.subject, m.fileName])),
    ].join("\r\n");
    await writeFile(join(values.out, "drills.csv"), `\uFEFF${csv}\r\n`, "utf8");
    io.out(`${mails.length} drill mail(s) written to ${values.out} (list: ${join(values.out, "drills.csv")})\n`);
    io.err("Send them as described in docs/drills.md; the transport rule must not tag them.\n");
    return 0;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    io.err(`sender-guard drill make: ${errorText(error)}\n`);
    return 1;
  }
}
