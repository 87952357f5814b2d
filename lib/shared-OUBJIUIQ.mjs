// Generated from src/cli by `npm run build:cli`; do not edit. A test checks it is up to date.
import {
  formatPolicyIssues,
  parsePolicy,
  validatePolicy
} from "./shared-KTENOUDW.mjs";
import "./shared-EKA33KFR.mjs";
import "./shared-EXHIW62P.mjs";
import "./shared-B6C7M5UA.mjs";
import {
  UsageError,
  policyHelp,
  policyInitHelp
} from "./shared-DY4PLTBP.mjs";
import {
  errorText
} from "./shared-A7SG4TO2.mjs";

// src/cli/policy-check.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/cli/policy-init.ts
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/cli/staff-csv.ts
function csvRows(text) {
  const rows = [];
  let cells = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
    rowLine = line;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === "") {
      cell = "";
      quoted = true;
    } else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i += 1;
      line += 1;
      endRow();
    } else cell += char;
  }
  if (cell !== "" || cells.length > 0) endRow();
  return rows;
}
var headerNames = /* @__PURE__ */ new Set(["name", "names", "氏名", "名前", "職員名"]);
function parseStaffCsv(text) {
  const staff = [];
  const errors = [];
  const seen = /* @__PURE__ */ new Set();
  const rows = csvRows(text.replace(/^\uFEFF/, ""));
  rows.forEach(({ line, cells }, index) => {
    const trimmed = cells.map((c) => c.trim());
    if (trimmed.every((c) => c === "")) return;
    const [name = "", ...rest] = trimmed;
    if (index === 0 && headerNames.has(name.toLowerCase())) return;
    if (name === "") {
      errors.push(`line ${line}: the name (first column) is empty`);
      return;
    }
    if (seen.has(name)) {
      errors.push(`line ${line}: ${name} is listed twice`);
      return;
    }
    seen.add(name);
    const aliases = [
      ...new Set(
        rest.flatMap((c) => c.split(/[;|、]/)).map((a) => a.trim()).filter((a) => a !== "" && a !== name)
      )
    ];
    staff.push({ name, aliases });
  });
  if (errors.length > 0) return { ok: false, errors };
  if (staff.length === 0)
    return {
      ok: false,
      errors: ["no staff rows found (expected lines such as: 川越 花子,Hanako Kawagoe;かわごえ はなこ)"]
    };
  return { ok: true, staff };
}

// src/cli/policy-init.ts
function splitList(text) {
  return text.split(/[,、]/).map((s) => s.trim()).filter((s) => s !== "");
}
async function askMissing(answers, io) {
  const ask = io.ask;
  if (ask === void 0) {
    const missing = [answers.names.length === 0 ? "--name" : "", answers.domains.length === 0 ? "--domain" : ""].filter(
      (m) => m !== ""
    );
    if (missing.length > 0)
      throw new UsageError(
        `policy init needs ${missing.join(" and ")} (or run it in a terminal to be asked)`,
        policyInitHelp
      );
    return answers;
  }
  const names = answers.names.length > 0 ? answers.names : splitList(
    await ask("組織名 / Organisation name(s), comma-separated (e.g. 川越市民会館, Kawagoe Civic Hall): ")
  );
  const domains = answers.domains.length > 0 ? answers.domains : splitList(await ask("メールのドメイン / Mail domain(s), comma-separated (e.g. example.jp): "));
  let reportMailbox = answers.reportMailbox;
  if (reportMailbox === void 0) {
    const suggested = domains[0] !== void 0 ? `security@${domains[0]}` : "";
    const typed = (await ask(`報告先アドレス / Report mailbox${suggested !== "" ? ` [${suggested}]` : ""}: `)).trim();
    reportMailbox = typed !== "" ? typed : suggested !== "" ? suggested : void 0;
  }
  return { names, domains, reportMailbox };
}
function starterPolicy(answers, staff) {
  return {
    $schema: "./policy.schema.json",
    version: 1,
    organization: { names: answers.names, domains: answers.domains },
    ...staff.length > 0 ? { staff: staff.map((s) => s.aliases.length > 0 ? { name: s.name, aliases: s.aliases } : { name: s.name }) } : {},
    ...answers.reportMailbox !== void 0 ? { reportMailbox: answers.reportMailbox } : {}
  };
}
async function policyInitCommand(argv, io) {
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
        help: { type: "boolean", short: "h" }
      }
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
    io.err(`sender-guard: ${out} already exists; choose another --out FILE or add --force to replace it
`);
    return 2;
  }
  let staff = [];
  const csvPath = values["staff-csv"];
  if (csvPath !== void 0) {
    let text;
    try {
      text = await readFile(csvPath, "utf8");
    } catch (error) {
      io.err(`sender-guard: cannot read ${csvPath}: ${errorText(error)}
`);
      return 3;
    }
    const result = parseStaffCsv(text);
    if (!result.ok) {
      io.err(`sender-guard: ${csvPath} (name,aliases):
${result.errors.join("\n")}
`);
      return 2;
    }
    staff = result.staff;
  }
  const answers = await askMissing(
    {
      names: (values.name ?? []).flatMap(splitList),
      domains: (values.domain ?? []).flatMap(splitList),
      reportMailbox: values["report-mailbox"]
    },
    io
  );
  const policy = starterPolicy(answers, staff);
  const checked = validatePolicy(policy);
  if (!checked.ok) {
    io.err(`sender-guard: the policy would be invalid:
${formatPolicyIssues(checked.issues)}
`);
    return 2;
  }
  try {
    await writeFile(out, `${JSON.stringify(policy, null, 2)}
`, "utf8");
  } catch (error) {
    io.err(`sender-guard: cannot write ${out}: ${errorText(error)}
`);
    return 3;
  }
  io.out(
    [
      `Wrote ${out}: ${answers.names.join(", ")} (${answers.domains.join(", ")}), ${staff.length} staff, report mailbox ${answers.reportMailbox ?? "none (the pane offers no report)"}.`,
      "Steps to take are the built-in ones until you add your own (docs/policy.md).",
      `Next: npx sender-guard policy check ${out}`,
      `      npm run build -- --policy ${out}`,
      ""
    ].join("\n")
  );
  return 0;
}

// src/core/policy/steps.ts
var builtInSteps = {
  danger: [
    {
      ja: "添付ファイルは開かず、本文中のURLにもアクセスしないでください。",
      en: "Do not open the attachments or any link in the mail."
    },
    {
      ja: "メールごと削除してください。本文を読んだだけでは感染しません。",
      en: "Delete the whole mail. Reading the body alone does not infect your computer."
    },
    {
      ja: "判断に迷う場合は、「管理者に報告」で管理者に知らせてください。",
      en: "If you are unsure, tell the administrator with “Report to the admin”."
    }
  ],
  caution: [
    {
      ja: "添付ファイルやURLを開く前に、送信者に電話など別の手段で、本当に送ったかを確認してください。",
      en: "Before opening an attachment or a link, ask the sender by phone or another channel whether they really sent it."
    },
    {
      ja: "確認には、このメールに書かれた電話番号やアドレスではなく、以前から知っている連絡先を使ってください。",
      en: "Use contact details you already know, not the phone number or address in this mail."
    },
    {
      ja: "確認が取れない場合は開かずに、「管理者に報告」で管理者に知らせてください。",
      en: "If you cannot confirm it, do not open anything; tell the administrator with “Report to the admin”."
    }
  ],
  unknown: [
    {
      ja: "心当たりのないメールであれば、添付ファイルやURLは開かないでください。",
      en: "If you are not expecting this mail, do not open its attachments or links."
    },
    {
      ja: "相手に確かめるときは、このメールへの返信ではなく、電話など別の手段を使ってください。",
      en: "To check with the sender, use the phone or another channel, not a reply to this mail."
    },
    {
      ja: "判断に迷う場合は、「管理者に報告」で管理者に知らせてください。",
      en: "If you are unsure, tell the administrator with “Report to the admin”."
    }
  ],
  // The incident checklist keeps the order of an incident notice (cut the network, scan, tell the
  // administrator), and the administrator is told by phone or in person: a computer cut off the
  // network cannot send mail.
  opened: [
    {
      ja: "WiFiを切る、LANケーブルを抜くなどして、パソコンをネットワークから遮断してください。",
      en: "Cut the computer off the network: turn Wi-Fi off and unplug the LAN cable."
    },
    {
      ja: "ウイルス対策ソフトでウイルススキャンを実行してください。",
      en: "Run a full scan with your antivirus software."
    },
    {
      ja: "すぐに管理者へ電話か直接会って知らせてください（開いたこと、日時、メールの件名）。",
      en: "Tell the administrator at once, by phone or in person (that you opened it, when, and the subject)."
    }
  ]
};
function stepsFor(policy, level) {
  const steps = policy.steps;
  if (level === "danger") return steps.danger ?? steps.received ?? builtInSteps.danger;
  return steps[level] ?? builtInSteps[level];
}

// src/cli/policy-check.ts
function stepCounts(policy) {
  const own = (level) => (level === "danger" ? policy.steps.danger ?? policy.steps.received : policy.steps[level]) !== void 0;
  const levels = ["danger", "caution", "unknown"].map(
    (level) => `${stepsFor(policy, level).length} ${level}${own(level) ? "" : " (built-in)"}`
  );
  return `${levels.join(", ")}, ${stepsFor(policy, "opened").length} after opening`;
}
function describe(file, policy) {
  const partners = policy.partners.map((p) => `${p.name} (${p.domains.join(", ")})`);
  const trusted = policy.trustedSenders.map((t) => t.domain ?? t.address ?? "");
  return [
    `OK: ${file} (version ${policy.version})`,
    `  organisation names: ${policy.organization.names.join(", ")}`,
    `  domains:            ${policy.organization.domains.join(", ")}`,
    `  staff:              ${policy.staff.length} (${policy.staff.reduce((n, s) => n + s.aliases.length, 0)} aliases)`,
    `  partners:           ${partners.length === 0 ? "none" : partners.join("; ")}`,
    `  trusted senders:    ${trusted.length === 0 ? "none" : trusted.join(", ")}`,
    `  report mailbox:     ${policy.reportMailbox ?? "none (the pane offers no report)"}`,
    `  drill header:       ${policy.drill ? `${policy.drill.header}: ${policy.drill.value}` : "none"}`,
    `  transport header:   ${policy.transportHeader}`,
    `  steps:              ${stepCounts(policy)}`,
    `  links:              ${policy.links.length}`,
    ""
  ].join("\n");
}
async function policyCommand(argv, io) {
  const [sub, ...rest] = argv;
  if (sub === void 0 || sub === "--help" || sub === "-h" || sub === "help") {
    if (sub === void 0) throw new UsageError("missing subcommand: policy check FILE or policy init", policyHelp);
    io.out(policyHelp);
    return 0;
  }
  if (sub === "init") return policyInitCommand(rest, io);
  if (sub !== "check") throw new UsageError(`unknown policy subcommand "${sub}"`, policyHelp);
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(policyHelp);
    return 0;
  }
  const unknownOption = rest.find((a) => a.startsWith("-"));
  if (unknownOption !== void 0) throw new UsageError(`unknown option ${unknownOption}`, policyHelp);
  if (rest.length !== 1 || rest[0] === void 0)
    throw new UsageError("policy check takes exactly one FILE", policyHelp);
  const file = rest[0];
  let text;
  try {
    text = await readFile2(file, "utf8");
  } catch (error) {
    io.err(`sender-guard: cannot read ${file}: ${errorText(error)}
`);
    return 3;
  }
  const result = parsePolicy(text.replace(/^\uFEFF/, ""));
  if (!result.ok) {
    io.err(`INVALID: ${file}
${formatPolicyIssues(result.issues)}
`);
    return 2;
  }
  io.out(describe(file, result.policy));
  return 0;
}
export {
  policyCommand
};
