import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { formatPolicyIssues, validatePolicy } from "../core";
import { errorText } from "../core/text/error-text";
import type { CliIo } from "./io";
import { parseStaffCsv, type StaffRow } from "./staff-csv";
import { UsageError, policyInitHelp } from "./usage";

type Answers = { names: string[]; domains: string[]; reportMailbox: string | undefined };

function splitList(text: string): string[] {
  return text
    .split(/[,、]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Asks for what the flags left out; only when a person is at the terminal (io.ask is set). */
async function askMissing(answers: Answers, io: CliIo): Promise<Answers> {
  const ask = io.ask;
  if (ask === undefined) {
    const missing = [answers.names.length === 0 ? "--name" : "", answers.domains.length === 0 ? "--domain" : ""].filter(
      (m) => m !== "",
    );
    if (missing.length > 0)
      throw new UsageError(
        `policy init needs ${missing.join(" and ")} (or run it in a terminal to be asked)`,
        policyInitHelp,
      );
    return answers;
  }
  const names =
    answers.names.length > 0
      ? answers.names
      : splitList(
          await ask("組織名 / Organisation name(s), comma-separated (e.g. 川越市民会館, Kawagoe Civic Hall): "),
        );
  const domains =
    answers.domains.length > 0
      ? answers.domains
      : splitList(await ask("メールのドメイン / Mail domain(s), comma-separated (e.g. example.jp): "));
  let reportMailbox = answers.reportMailbox;
  if (reportMailbox === undefined) {
    const suggested = domains[0] !== undefined ? `security@${domains[0]}` : "";
    const typed = (await ask(`報告先アドレス / Report mailbox${suggested !== "" ? ` [${suggested}]` : ""}: `)).trim();
    reportMailbox = typed !== "" ? typed : suggested !== "" ? suggested : undefined;
  }
  return { names, domains, reportMailbox };
}

export function starterPolicy(answers: Answers, staff: readonly StaffRow[]): Record<string, unknown> {
  return {
    $schema: "./policy.schema.json",
    version: 1,
    organization: { names: answers.names, domains: answers.domains },
    ...(staff.length > 0
      ? { staff: staff.map((s) => (s.aliases.length > 0 ? { name: s.name, aliases: s.aliases } : { name: s.name })) }
      : {}),
    ...(answers.reportMailbox !== undefined ? { reportMailbox: answers.reportMailbox } : {}),
  };
}

/** `policy init`: a starter policy from flags or questions, staff from a CSV; checked before it is written. */
export async function policyInitCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        name: { type: "string", multiple: true },
        domain: { type: "string", multiple: true },
        "report-mailbox": { type: "string" },
        "staff-csv": { type: "string" },
        out: { type: "string", default: "policy.json" },
        force: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(errorText(error), policyInitHelp);
  }
  const { values } = parsed;
  if (values.help === true) {
    io.out(policyInitHelp);
    return 0;
  }
  const out = values.out;
  if (existsSync(out) && values.force !== true) {
    io.err(`sender-guard: ${out} already exists; choose another --out FILE or add --force to replace it\n`);
    return 2;
  }
  let staff: readonly StaffRow[] = [];
  const csvPath = values["staff-csv"];
  if (csvPath !== undefined) {
    let text: string;
    try {
      text = await readFile(csvPath, "utf8");
    } catch (error) {
      io.err(`sender-guard: cannot read ${csvPath}: ${errorText(error)}\n`);
      return 3;
    }
    const result = parseStaffCsv(text);
    if (!result.ok) {
      io.err(`sender-guard: ${csvPath} (name,aliases):\n${result.errors.join("\n")}\n`);
      return 2;
    }
    staff = result.staff;
  }
  const answers = await askMissing(
    {
      names: (values.name ?? []).flatMap(splitList),
      domains: (values.domain ?? []).flatMap(splitList),
      reportMailbox: values["report-mailbox"],
    },
    io,
  );
  const policy = starterPolicy(answers, staff);
  const checked = validatePolicy(policy);
  if (!checked.ok) {
    io.err(`sender-guard: the policy would be invalid:\n${formatPolicyIssues(checked.issues)}\n`);
    return 2;
  }
  try {
    await writeFile(out, `${JSON.stringify(policy, null, 2)}\n`, "utf8");
  } catch (error) {
    io.err(`sender-guard: cannot write ${out}: ${errorText(error)}\n`);
    return 3;
  }
  io.out(
    [
      `Wrote ${out}: ${answers.names.join(", ")} (${answers.domains.join(", ")}), ${staff.length} staff, report mailbox ${answers.reportMailbox ?? "none (the pane offers no report)"}.`,
      "Steps to take are the built-in ones until you add your own (docs/policy.md).",
      `Next: npx sender-guard policy check ${out}`,
      `      npm run build -- --policy ${out}`,
      "",
    ].join("\n"),
  );
  return 0;
}
